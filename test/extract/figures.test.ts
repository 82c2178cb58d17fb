import { describe, expect, test } from 'vitest';
import { findFigureHits, scanFigures } from '../../src/extract/figures/index.js';

const PUBLISHED = '2025-02-09';
const one = (text: string) => {
  const hits = findFigureHits(text, PUBLISHED);
  return hits.map((h) => ({ text: text.slice(h.start, h.end), kind: h.kind, value: h.value, low: h.low, high: h.high, date: h.date }));
};

describe('figures', () => {
  test.each([
    ['It runs in Firefox[4] and Chrome.[5][6]', []],
    ['as argued in [12–14] and [5, 6]', []],
    ['Wikipedia[n 1] says', []],
    ['growth of 2.6%(1) in total', ['2.6%']],
    ['ID Sales* (Table 4)(1) 1.0%', ['1.0%']],
    ['the report said.¹² Then 40 people came', ['40']],
  ])('citation and note markers in %j are no figures', (text, figures) => {
    expect(one(text).map((f) => f.text)).toEqual(figures);
  });

  test.each([
    // compromise's .money() drops the scale word; ours keeps it
    ['a cost of $40 billion in all', '$40 billion', 'money', 40e9],
    ['over €5bn was spent', '€5bn', 'money', 5e9],
    ['just over half a billion dollars.', 'half a billion dollars', 'money', 5e8],
    ['12 percent of voters', '12 percent', 'percent', 12],
    ['three tenths of 1 percent', 'three tenths of 1 percent', 'percent', 0.3],
    ['about one-third that amount', 'one-third', 'fraction', 1 / 3],
    ['1 million small businesses', '1 million', 'count', 1e6],
    ['put a thousand people to work', 'a thousand', 'count', 1000],
    ['Twenty million Americans', 'Twenty million', 'count', 2e7],
    ['created 1,200 jobs', '1,200', 'count', 1200],
    ["in the 1960's, growth", "1960's", 'year', 1960],
    ['a 10-year plan', '10-year', 'duration', 10],
    ['in 2015, China', '2015', 'year', 2015],
  ])('%j → %j', (text, figure, kind, value) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: figure, kind, value }));
  });

  test.each([
    ['hitting around 70-80% of its targets', '70-80%', 70, 80], // compromise misses this one
    ['between 2 and 3 million people', '2 and 3 million', 2e6, 3e6],
    ['from 1790 to 1950', '1790 to 1950', 1790, 1950],
    ['3 to 5 million barrels', '3 to 5 million barrels', 3e6, 5e6], // the unit after the range belongs to it
  ])('range %j', (text, figure, low, high) => {
    expect(one(text)).toEqual([expect.objectContaining({ text: figure, kind: 'range', value: null, low, high })]);
  });

  test.each([
    ['the “Made in China 2025” (MIC25) plan'],
    ['the German Industry 4.0 model'],
    ['the expansion of 5G infrastructure'],
    ['alliances such as the “Chip 4 Alliance” to'],
    ['vaccinated against COVID-19.'],
    ['the Naval Petroleum Reserve No. 4 in Alaska'],
    ['the Goals 2000 program'],
  ])('no figure inside the name in %j', (text) => {
    expect(one(text)).toEqual([]);
  });

  test.each([
    // relative dates resolve against the publication date, never the clock
    ['Ten years ago, in 2015', 'Ten years ago', '2015'],
    ['Last year, our friends', 'Last year', '2024'],
    ['in the months preceding last February 1, we', 'February 1', '2025-02-01'], // the latest February 1 before publication
    ['we met on March 3 in Rome', 'March 3', '2024-03-03'], // after the publication day: the year before
    ['since January 20th the', 'January 20th', '2025-01-20'],
    // the verbs near the date decide, not another clause's
    ['A claim filed in the High Court is set down for hearing on June 14.', 'June 14', '2025-06-14'],
    ['Two members have since called for a cut at the meeting on March 29.', 'March 29', '2025-03-29'],
    ['The film, which premiered in January, opens across Canada on May 18.', 'May 18', '2025-05-18'],
    ['Lawmakers, who met in January, said the rule takes effect on June 1.', 'June 1', '2025-06-01'],
    ['The court ruled on January 12 that the claim failed.', 'January 12', '2025-01-12'],
    // a date put off to, an end not yet reached, a limit to meet lie ahead
    ['Sentencing was postponed to 22 January, and all three remain free.', '22 January', '2026-01-22'],
    ['The exhibition runs until October 12 and has drawn 26,000 visitors.', 'October 12', '2025-10-12'],
    ['He served until May 3 and then retired.', 'May 3', '2024-05-03'],
    ['The buyback is to be completed by December 31.', 'December 31', '2025-12-31'],
    ['Parties must agree a budget before September 30, the deadline the law sets.', 'September 30', '2025-09-30'],
    // a history: a month-day with no year is of the year its paragraph is set in
    ['In 1954 the CIA helped remove the president. He resigned on June 27 and left.', 'June 27', '1954-06-27'],
    ['Forces sailed north in January 1869. They landed in April.', 'April', '1869-04'],
    // not where the paragraph speaks of recent years too
    ['Output peaked in 2019 and fell in 2024; it rose again on January 12.', 'January 12', '2025-01-12'],
  ])('%j dates %j to %s', (text, figure, date) => {
    expect(one(text)).toContainEqual(expect.objectContaining({ text: figure, date }));
  });

  test('a paragraph that speaks of the present sets no story year', () => {
    const august = one('Prices rose 25% in December 2023; this year they fell 0.2% in August.').find((f) => f.text === 'August');
    expect(august?.date).not.toBe('2023-08');
  });

  test('spelled small counts are not figures', () => {
    expect(one('two wars and five allies')).toEqual([]);
  });
});

describe('numbers that identify or locate are not figures', () => {
  test.each([
    ['Call (888) 555-0142 or 1-800-555-0199 for help.', []],
    ['Lines are open 9:30 a.m. to 5:00 p.m. on weekdays.', []],
    ['Write to 41 Harbour Street, Leeds, or Acme Inc., 1200 Lakeview Blvd., Austin, TX 78701-4411.', []],
    ['Send forms to PO Box 1187 or to Suite 300.', []],
    ['Sales rose 4% to $12 million in 2023.', ['4%', '$12 million', '2023']],
    ['A few footnotes (notes 14 and 212 in particular) cite 40 letters.', ['40']],
    ['Models trained with more than 10^26 operations face 3 rules.', ['3']],
  ])('%j', (text, figures) => {
    expect(one(text).map((f) => f.text)).toEqual(figures);
  });

  test.each([
    // labels: a class, a step or a place in a series
    ['Patients with type 2 diabetes joined 40 phase 3 trials before a category 4 storm.', ['40']],
    ['She led after stage 4, and voters in ward 7 turned out at 61%.', ['61%']],
    ['At this stage 30 firms had signed, and the level rose 3 times.', ['30', '3']],
    ['Ships berth at terminals 5 and 6, Unit 1 runs, and phases 3 to 5 rose by 12 units.', ['12']],
    // pointers into a text or a law, and numbers things are filed under
    ['It relied on Article 21 and Articles 14 and 19 of the Constitution, and on Article XI:1.', []],
    ['It appears in volume 10, pages 712–723, and in vol. 2 of the set, which sold 900 copies.', ['900']],
    ['Shares of Kanto Robotics (TSE: 6268) and stock code 9984 rose 3%, as boats fished area 27.4.a.', ['3%']],
    ['Case No. E123 of 2024 was filed under Act 57 of 2002, Law 21.202 and Bill 166 in March 2024.', ['March 2024']],
    // a year a law's title ends with, formats named by sums, models named by numbers
    ['The Competition Act, 2002 and the Labour Act, 2003 apply, as they did in 2019.', ['2019']],
    ['New Delhi held 2+2 dialogues, and the 50+1 rule deters 12 investors.', ['12']],
    ['The ATR 72-600 and Boeing 737-800 fleets grew by 14 aircraft.', ['14']],
    // number words and ordinals that belong to names
    ["The Thirty Years' War came long before the Six-Day War, off Eight Mile Road.", []],
    ['Under the 10th Basic Plan, output grew 4%; she finished 3rd in the race.', ['4%', '3rd']],
  ])('%j: labels, pointers and names hold no figure', (text, figures) => {
    expect(one(text).map((f) => f.text)).toEqual(figures);
  });
});

describe('fractions, ranges with units, and times that are no rates', () => {
  test.each([
    ['a grid about 1/3 mile square', [{ text: '1/3 mile', kind: 'fraction', value: 1 / 3 }]],
    ['frames shot 1/25th of a second apart', [{ text: '1/25th', kind: 'fraction', value: 1 / 25 }]],
    ['open 24/7 since 9/11', []],
    ['it took 2 1/2 hours', [{ text: '2 1/2 hours', kind: 'fraction', value: 2.5 }]],
  ])('%j', (text, figures) => {
    expect(one(text).map(({ text, kind, value }) => ({ text, kind, value }))).toEqual(figures);
  });

  test('a range keeps the unit written after it', () => {
    expect(findFigureHits('closing within 12 – 18 months of the deal', PUBLISHED)[0]).toMatchObject({
      kind: 'range',
      low: 12,
      high: 18,
      unit: 'months',
    });
    expect(findFigureHits('prices rose from 3 to 5 miles away', PUBLISHED)[0]).toMatchObject({
      kind: 'range',
      low: 3,
      high: 5,
      unit: 'miles',
    });
  });

  test('"a year ago" after an amount is a time, not its rate', () => {
    const hits = findFigureHits('The ratio is 1.2, against 1.45 a year ago.', PUBLISHED);
    expect(hits.find((h) => h.value === 1.45)?.per).toBeUndefined();
    expect(findFigureHits('He earns $40,000 a year.', PUBLISHED)[0]?.per).toBe('year');
  });
});

describe('ages set off after a name', () => {
  const spanOf = (text: string, name: string) => [text.indexOf(name), text.indexOf(name) + name.length] as const;
  const ageOf = (text: string, name: string) =>
    findFigureHits(text, PUBLISHED, [spanOf(text, name)]).map((h) => [text.slice(h.start, h.end), h.unit ?? null]);

  test.each([
    // a name nothing typed a person's, the clause going on in lower case
    ['Benning, 58, a former county commissioner, spoke.', 'Benning', [['58', 'years']]],
    // no age: a place, or a list going on
    ['Sales in Ohio, 58, rose.', 'Ohio', [['58', null]]],
    ['Medals went to Delmora, 5, and Ethiopia.', 'Delmora', [['5', null]]],
  ])('%j', (text, name, expected) => {
    expect(ageOf(text, name)).toEqual(expected);
  });
});

describe('a scan made before the names are known', () => {
  const text = 'Under the 1965 Voting Rights Act, turnout rose 12% [3] to 4.2 million voters, Smith (2019) wrote.';
  const law = text.indexOf('Voting Rights Act');
  const names = [[law, law + 'Voting Rights Act'.length]] as const;
  const people = [[text.indexOf('Smith'), text.indexOf('Smith') + 5]] as const;

  test("still lets the names decide: the law's year, the cited year and the marker are no figures", () => {
    const scan = scanFigures(text);
    const spans = (hits: readonly { start: number; end: number }[]) => hits.map((h) => text.slice(h.start, h.end));
    expect(spans(findFigureHits(text, PUBLISHED, names, people, scan))).toEqual(['12%', '4.2 million']);
    // without the names, the same scan finds the law's year
    expect(spans(findFigureHits(text, PUBLISHED, [], people, scan))).toContain('1965');
  });

  test('is refused for another text', () => {
    expect(() => findFigureHits(`${text} More.`, PUBLISHED, [], [], scanFigures(text))).toThrow(/another text/);
  });
});
