import { describe, expect, test } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { findFigureHits } from '../../src/extract/figures/index.js';
import { resolveMonthDay } from '../../src/extract/figures/relative-dates.js';
import { createContext } from '../../src/model/context.js';
import { articleFrom } from '../helpers/article.js';

const PUBLISHED = '2025-02-09';
const hits = (text: string, published: string | null = PUBLISHED) =>
  findFigureHits(text, published).map((h) => ({ ...h, text: text.slice(h.start, h.end) }));
const only = (text: string, published?: string | null) => {
  const found = hits(text, published);
  expect(found, JSON.stringify(found.map((h) => h.text))).toHaveLength(1);
  return found[0] as ReturnType<typeof hits>[number];
};

/** The text holds one figure: `figure`, of `value` in `unit`. */
const expectOne = (text: string, figure: string, value: number, unit: string): void => {
  const hit = only(text);
  expect([hit.text, hit.value, hit.unit]).toEqual([figure, value, unit]);
};

describe('units and rates', () => {
  test.each([
    ['the strike lasted for 20 days', '20 days', 'duration', 20, 'days'],
    ['after nearly 190 years of rule', '190 years', 'duration', 190, 'years'],
    ['within two weeks of the vote', 'two weeks', 'duration', 2, 'weeks'],
    ['a 30-minute speech', '30-minute', 'duration', 30, 'minutes'],
    ['a six-month review', 'six-month', 'duration', 6, 'months'],
    ['a pipeline of 1,200 miles', '1,200 miles', 'measure', 1200, 'miles'],
    ['3 million barrels were shipped', '3 million barrels', 'measure', 3e6, 'barrels'],
    ['the grid stored 12 gigawatt-hours', '12 gigawatt-hours', 'measure', 12, 'gigawatt-hours'],
    ['the clock ran at 2.4 GHz', '2.4 GHz', 'measure', 2.4, 'GHz'],
    ['a pulse of 80 μs', '80 μs', 'measure', 80, 'μs'],
    ['held at 15 mK overnight', '15 mK', 'measure', 15, 'mK'],
    ['a 5 nm process', '5 nm', 'measure', 5, 'nm'],
    ['the lowest in half a century', 'half a century', 'duration', 50, 'years'],
    ['for a quarter of a century', 'a quarter of a century', 'duration', 25, 'years'],
  ])('%j → %j', (text, figure, kind, value, unit) => {
    expect(only(text)).toMatchObject({ text: figure, kind, value, unit });
  });

  test.each([
    ['oil at $1 per barrel more', '$1 per barrel', 'money', 'barrel'],
    ['we spend $40 billion a year on it', '$40 billion a year', 'money', 'year'],
    ['prices rose 3 percent each month', '3 percent each month', 'percent', 'month'],
    ['10 kilometres per hour', '10 kilometres per hour', 'measure', 'hour'],
    ['paid $85 per work hour', '$85 per work hour', 'money', 'work hour'],
    ['wells pumped 9,000 barrels of crude a day', '9,000 barrels of crude a day', 'measure', 'day'],
    ['output of 70,000 tonnes of steel per month', '70,000 tonnes of steel per month', 'measure', 'month'],
    ['the economy lost 650,000 jobs a month', '650,000 jobs a month', 'count', 'month'],
  ])('%j is a rate: %j', (text, figure, kind, per) => {
    expect(only(text)).toMatchObject({ text: figure, kind, per });
  });

  test('containers in twenty-foot equivalent units', () => {
    expect(only('the port handled 14.6 million TEUs')).toMatchObject({ kind: 'measure', value: 14.6e6, unit: 'TEU' });
    expect(only('ships of 18,000 TEU')).toMatchObject({ value: 18000, unit: 'TEU' });
  });

  test('"per cent" is a percentage, not a rate', () => {
    expect(only('a rise of 4 per cent')).toMatchObject({ kind: 'percent', value: 4 });
    expect(only('a rise of 4 per cent').per).toBeUndefined();
  });

  test('"one day" is left below the default confidence: more often "some day" than a span', () => {
    expect(only('one day we will be free').confidence).toBeLessThan(0.5);
    expect(only('it took two days').confidence).toBeGreaterThanOrEqual(0.5);
    expect(only('One month later it fell').confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe('ratios, mixed numbers', () => {
  test.each([
    ['Six out of 10 voters agreed', 'Six out of 10', 0.6],
    ['one in five children', 'one in five', 0.2],
  ])('%j → a ratio %j', (text, figure, value) => {
    expect(only(text)).toMatchObject({ text: figure, kind: 'ratio', value });
  });

  test('two to one, and two or three to one', () => {
    expect(only('voters chose it two to one')).toMatchObject({ kind: 'ratio', value: 2 });
    expect(only('a margin of two or three to one')).toMatchObject({ kind: 'range', low: 2, high: 3 });
    expect(hits('it fell from three to one')).toEqual([]);
  });

  test('"3 in 2015" is not a ratio', () => {
    expect(hits('it rose by 3 in 2015').map((h) => h.kind)).toEqual(['count', 'year']);
  });

  test('"15 3/4 percent" is one percentage', () => {
    expect(only('a rate of 15 3/4 percent')).toMatchObject({ kind: 'percent', value: 15.75, unit: '%' });
  });
});

describe('month-days resolved by tense', () => {
  test.each([
    ['the talks will resume on March 3', '2025-03-03'],
    ['the talks resumed on March 3', '2024-03-03'],
    ['the ceasefire held since December 20', '2024-12-20'],
    ['we meet again on February 20', '2025-02-20'], // no tense, 11 days on: the nearest
    ['on June 14 they march', 'XXXX-06-14'], // no tense, four months away: the year is not guessed
  ])('%j → %s', (text, date) => {
    expect(only(text).date).toBe(date);
  });

  test('a day the month does not have is no date, nor a count', () => {
    const [feb31, ...rest] = hits('on February 31 we met');
    expect(rest).toEqual([]);
    expect(feb31).toMatchObject({ text: 'February 31', kind: 'date' });
    expect(feb31?.date).toBeUndefined();
    expect(feb31?.confidence).toBeLessThan(0.5);
    expect(resolveMonthDay('2025-02-09', 2, 29, 2025)).toBeNull();
    expect(resolveMonthDay('2025-02-09', 2, 29, 2024)).toBe('2024-02-29');
  });

  test('without a publication date the year is left unspecified', () => {
    expect(only('it began on May 4', null).date).toBe('XXXX-05-04');
  });
});

describe('confidence', () => {
  test('every figure carries a confidence and the rule that read it', () => {
    for (const h of hits('In 2015 about 40% of the 1,200 staff left, costing $3 million.')) {
      expect(h.confidence).toBeGreaterThan(0);
      expect(h.confidence).toBeLessThanOrEqual(1);
      expect(h.evidence?.[0]).toMatch(/^rule:/);
    }
  });

  test('a list number opening a paragraph is left out by default, kept at --min-confidence 0', async () => {
    const article = articleFrom({ paragraphs: ['2. The budget grew by 40 percent.'], published: PUBLISHED });
    const byDefault = await extract(article, createContext());
    expect(byDefault.figures.map((f) => f.text)).toEqual(['40 percent']);
    const all = await extract(article, createContext({ extract: true, minConfidence: 0 }));
    expect(all.figures.map((f) => f.text)).toEqual(['2', '40 percent']);
  });

  test('claims below the threshold are left out; a lower threshold keeps more', async () => {
    const text = 'It was a fine evening. In 2015, China spent $40 billion on chips, according to Reuters.';
    const article = articleFrom({ paragraphs: [text], published: PUBLISHED });
    const strict = await extract(article, createContext());
    const all = await extract(article, createContext({ minConfidence: 0 }));
    expect(strict.claims.length).toBeLessThan(all.claims.length);
    for (const c of strict.claims) expect(c.confidence).toBeGreaterThanOrEqual(0.5);
    expect(strict.claims[0]?.text).toContain('$40 billion');
  });
});

describe('identifiers and markers', () => {
  test.each([
    ['Airworthiness Directive (AD) 2018–23–51 applies', []],
    ['ISBN 978–88–8450–716–7 is cited', []],
    ['as in [SPB+14] and [KMN+02], the method', []],
    ['three ways: (1) It renormalizes and (2) it couples', []],
    ['in the years 2010–2015 it grew', ['2010–2015']],
    ['pages 10-12 of the report, 40 in all', ['40']],
  ])('%j', (text, figures) => {
    expect(hits(text).map((h) => h.text)).toEqual(figures);
  });
});

test('the year that names an act is no figure', () => {
  expect(hits('He signed the Civil Rights Act of 1964 in July, and the Treaty of 1648 ended it in 1991.').map((h) => h.text)).toEqual([
    'July',
    '1991',
  ]);
});

test('a power of ten written with superscript digits is no count', () => {
  expect(hits('a density of 3 10²³ per cubic metre').map((h) => h.text)).toEqual(['3']);
});

test('a year with a raised note marker is still a year', () => {
  expect(hits('the plan of 2015² failed').map((h) => h.text)).toEqual(['2015']);
});

test('"by a third" is a fraction', () => {
  expect(only('the agency cut its staff by a third')).toMatchObject({ text: 'a third', kind: 'fraction' });
});

describe('author-year citations are no figures', () => {
  test.each([['as argued before (Waltz 1979; Keohane and Nye, 1977: 23).'], ['this view (Smith et al. 2020a) is common']])('%j', (text) => {
    expect(hits(text)).toEqual([]);
  });

  test('a bracketed month and year stays a date', () => {
    expect(only('prices (March 2020) rose')).toMatchObject({ text: 'March 2020', date: '2020-03' });
  });

  test('after a person named in the text, a bracketed year is a citation; after a treaty it is a year', () => {
    const text = 'Ann Lowe (2014) and the Treaty of Paris (1951) agree.';
    const people = [[0, 8] as const];
    expect(findFigureHits(text, PUBLISHED, [], people).map((h) => text.slice(h.start, h.end))).toEqual(['1951']);
  });
});

test('a year at one end only is no range: "from 941 in 2022 to 42,200 in 2023"', () => {
  expect(hits('cases rose from 941 in 2022 to 42,200 in 2023').map((h) => h.text)).toEqual(['941', '2022', '42,200', '2023']);
  expect(only('between 2010 and 2015 it doubled')).toMatchObject({ kind: 'range', low: 2010, high: 2015 });
});

test('a change from one figure to another is two figures, a spread or a span one range', () => {
  expect(hits('Jakarta raised the levy from 7.5% to 10%').map((h) => h.text)).toEqual(['7.5%', '10%']);
  expect(hits('the maximum grant rose from €30,000 to €40,000').map((h) => h.text)).toEqual(['€30,000', '€40,000']);
  expect(only('tuition ranges from $15,000 to $22,000')).toMatchObject({ kind: 'range', low: 15000, high: 22000 });
  expect(only('he sat in Congress from 2017 to 2021')).toMatchObject({ kind: 'range', low: 2017, high: 2021 });
  expect(hits('rice fetched $575, up from $555 to $565').map((h) => h.text)).toEqual(['$575', '$555 to $565']);
});

test.each([
  ['taxes of 346 billion shillings', 346e9, 'shillings'],
  ['a fine of 20 million rand', 20e6, 'ZAR'],
])('%j is money in its currency', (text, value, unit) => {
  expect(only(text)).toMatchObject({ kind: 'money', value, unit });
});

test("a year that opens a law's name is no figure; a year after it is one", () => {
  const text = 'the 1965 Voting Rights Act passed in 1965';
  const law = text.indexOf('Voting');
  const found = findFigureHits(text, PUBLISHED, [[law, law + 'Voting Rights Act'.length]]).map((h) => text.slice(h.start, h.end));
  expect(found).toEqual(['1965']);
  expect(found.length).toBe(1);
  expect(findFigureHits(text, PUBLISHED, [[law, law + 'Voting Rights Act'.length]])[0]?.start).toBe(text.lastIndexOf('1965'));
});

test.each([
  ['in deriving Eq. (7), we dropped a term'],
  ['as plotted in figure 1(b) above'],
  ['see Table 3 and section 4.2'],
  ['quoted on p. 12 of the report'],
])('%j: a pointer into the document is no figure', (text) => {
  expect(hits(text)).toEqual([]);
});

test.each([
  ['the race lasted 2 hours 41 minutes', '2 hours 41 minutes', 161, 'minutes'],
  ['he finished in 1 hour, 29 minutes', '1 hour, 29 minutes', 89, 'minutes'],
  ['it took two hours and ten minutes', 'two hours and ten minutes', 130, 'minutes'],
  ['she ran 3 minutes and 12 seconds slower', '3 minutes and 12 seconds', 192, 'seconds'],
])('%j is one span of time in its smaller unit', (text, figure, value, unit) => {
  expect(only(text)).toMatchObject({ text: figure, kind: 'duration', value, unit });
});

test('a part of a span after a comma is no smaller unit of it', () => {
  expect(hits('She worked 40 hours, 10 minutes of it outside.').map((h) => h.text)).toEqual(['40 hours', '10 minutes']);
});

test.each([
  ['a delay of three and a half months', 'three and a half months', 3.5, 'months'],
  ['it took a year and a half', 'a year and a half', 1.5, 'years'],
])('%j is one duration', (text, figure, value, unit) => {
  expect(only(text)).toMatchObject({ text: figure, kind: 'duration', value, unit });
});

describe('currencies by sign and code, nautical and square units, ranges of percentages', () => {
  test.each([
    ['fines of 68 billion won were set', '68 billion won', 68e9, 'KRW'],
    ['a ₩2.9 trillion plant', '₩2.9 trillion', 2.9e12, 'KRW'],
    ['Kenyans borrowed KSh 60 billion', 'KSh 60 billion', 60e9, 'KES'],
    ['a R$ 40 billion programme', 'R$ 40 billion', 40e9, 'BRL'],
    ['it raised HK$5m', 'HK$5m', 5e6, 'HKD'],
    ['₹1,200 a month', '₹1,200 a month', 1200, 'INR'],
    ['it lies 105 nautical miles west of Palawan', '105 nautical miles', 105, 'nautical miles'],
    ['a 2.5 square kilometre zone', '2.5 square kilometre', 2.5, 'square kilometres'],
    // metric units spelled out are named as written (their symbols go with the figures: below)
    ['the road runs 285 kilometres inland', '285 kilometres', 285, 'kilometres'],
    ['a reservoir of 70 cubic kilometres', '70 cubic kilometres', 70, 'cubic kilometres'],
    ['the tower is 335 metres tall', '335 metres', 335, 'metres'],
    ['a plant of 120 megawatts opened', '120 megawatts', 120, 'megawatts'],
    ['it used 4.2 terawatt-hours in all', '4.2 terawatt-hours', 4.2, 'terawatt-hours'],
    ['the stone measures 68 centimetres across', '68 centimetres', 68, 'centimetres'],
    ['a 240-megawatt plant', '240-megawatt', 240, 'megawatts'],
    ['a 14-metre sculpture', '14-metre', 14, 'metres'],
    ['a 400-kilowatt line', '400-kilowatt', 400, 'kilowatts'],
    // an ISO 4217 code before the amount
    ['the bank earned CHF 41.6 million', 'CHF 41.6 million', 41.6e6, 'CHF'],
    ['NOK 20 billion went to the fund', 'NOK 20 billion', 20e9, 'NOK'],
    // an amount hyphenated before its noun
    ['a 12-million-baht state loan', '12-million-baht', 12e6, 'THB'],
    ['a two-billion-euro fund', 'two-billion-euro', 2e9, 'EUR'],
    // a currency's letters before the amount, as its own country's press writes them
    ['spending will reach R2.59 trillion', 'R2.59 trillion', 2.59e12, 'ZAR'],
    ['the levy raised R12.5bn', 'R12.5bn', 12.5e9, 'ZAR'],
    ['petrol costs R21.45 a litre', 'R21.45 a litre', 21.45, 'ZAR'],
    ['prices fell by Rp 80 a kilo', 'Rp 80 a kilo', 80, 'IDR'],
    ['a RM1.2 billion highway', 'RM1.2 billion', 1.2e9, 'MYR'],
    ['a wage of Tk 12,500', 'Tk 12,500', 12500, 'BDT'],
    ['a budget of N31.2 billion', 'N31.2 billion', 31.2e9, 'NGN'],
    ['EUR 5bn was spent', 'EUR 5bn', 5e9, 'EUR'],
    // decades and centuries are counted as written
    ['the dispute has lasted three decades', 'three decades', 3, 'decades'],
    ['the bridge stood for two centuries', 'two centuries', 2, 'centuries'],
  ])('%j: %j = %d %s', expectOne);

  test('one letter before a bare number is a road, a mask or a code, no currency', () => {
    expect(hits('the R61 road, N95 masks and a R350 grant').filter((h) => h.kind === 'money')).toEqual([]);
    expect(hits('Composition: C66.11%, H6.02%, N1.64%.').filter((h) => h.kind === 'money')).toEqual([]);
  });

  test('"won" after a count is the verb, no currency', () => {
    expect(hits('The party won 12 seats.').map((h) => [h.text, h.unit])).toEqual([['12', undefined]]);
  });

  test.each([
    ['yields fell by between 8% and 15% a year', '8% and 15%', 8, 15],
    ['a risk 14% to 26% lower', '14% to 26%', 14, 26],
    ['from 3%-5% of output', '3%-5%', 3, 5],
  ])('%j is one range of percentages', (text, figure, low, high) => {
    const hit = hits(text).find((h) => h.kind === 'range');
    expect([hit?.text, hit?.low, hit?.high, hit?.unit]).toEqual([figure, low, high, '%']);
  });
});

describe("a metric unit's symbol", () => {
  test.each([
    ['The road runs 285 kilometres inland.', '285 kilometres', 'kilometres', 'km'],
    ['A 240-megawatt plant opened.', '240-megawatt', 'megawatts', 'MW'],
    ['The zone covers 2.5 square kilometres.', '2.5 square kilometres', 'square kilometres', 'km2'],
    ['The storm moved 40 km inland.', '40 km', 'km', 'km'],
    ['It lies 105 nautical miles west of Palawan.', '105 nautical miles', 'nautical miles', 'nmi'],
  ])('%j: %j in %s, symbol %s', async (text, figure, unit, symbol) => {
    const { figures } = await extract(articleFrom({ paragraphs: [text] }), createContext({ minConfidence: 0 }));
    expect(figures.find((f) => f.text === figure)).toMatchObject({ unit, symbol });
  });

  test('a unit that is not metric has no symbol', async () => {
    const { figures } = await extract(articleFrom({ paragraphs: ['The pipeline runs 1,200 miles.'] }), createContext({ minConfidence: 0 }));
    expect(figures.find((f) => f.text === '1,200 miles')).toMatchObject({ unit: 'miles' });
    expect(figures.find((f) => f.text === '1,200 miles')?.symbol).toBeUndefined();
  });
});

describe('compounds, multiples and the Indian scale', () => {
  test('"half-buried" and "quarter-point" hold no fraction', () => {
    expect(hits('sandbags half-buried in the shore and three quarter-point cuts').filter((h) => h.kind === 'fraction')).toEqual([]);
  });

  test('"one and a half times" is one multiple', () => {
    expect(hits('nearly one and a half times the global average').map((h) => [h.text, h.value])).toEqual([['one and a half times', 1.5]]);
  });

  test.each([
    ['roughly 2.3 crore women', '2.3 crore', 23_000_000],
    ['some 5 lakh households', '5 lakh', 500_000],
  ])('%j: %j = %d', (text, figure, value) => {
    const hit = only(text);
    expect([hit.text, hit.value]).toEqual([figure, value]);
  });
});

describe('rates per a number of people', () => {
  test.each([
    ['an incidence of 1,291 cases per 100,000 inhabitants', '1,291 cases per 100,000 inhabitants', 1291, '100,000 inhabitants'],
    ['the threshold of 300 per 100,000 that the ministry uses', '300 per 100,000', 300, '100,000'],
    ['about 3.6 cases per 1,000 person-years', '3.6 cases per 1,000 person-years', 3.6, '1,000 person-years'],
  ])('%j', (text, figure, value, per) => {
    const hit = only(text);
    expect([hit.text, hit.value, hit.per]).toEqual([figure, value, per]);
  });
});

describe('points, gas volumes, degrees Celsius and international telephone numbers', () => {
  test.each([
    ['a cut of 50 basis points', '50 basis points', 50, 'basis points'],
    ['support rose 2.1 percentage points', '2.1 percentage points', 2.1, 'percentage points'],
    ['imports fell to 15 bcm', '15 bcm', 15, 'bcm'],
    ['warming of 1.5 degrees Celsius', '1.5 degrees Celsius', 1.5, 'degrees celsius'],
  ])('%j: %j', expectOne);

  test('an international telephone number is no figure', () => {
    expect(hits('Contact: Laura Chen, +1 617 555 0142, or +44 20 7946 0958.')).toEqual([]);
  });
});

describe('a currency several countries name is the document country’s', () => {
  const unitsOf = async (...paragraphs: string[]): Promise<Record<string, string | undefined>> => {
    const e = await extract(articleFrom({ paragraphs, published: '2025-04-16' }), createContext({ minConfidence: 0 }));
    return Object.fromEntries(e.figures.map((f) => [f.text, f.unit]));
  };

  test('pesos in a story about Chile, shillings in one about Kenya', async () => {
    const units = await unitsOf(
      'Miners in Chile earn 850,000 pesos a month, and Chile exported copper.',
      'In Kenya a borehole costs 4 million shillings, the Kenyan treasury said in Kenya.',
    );
    expect(units['850,000 pesos a month']).toBe('CLP');
    expect(units['4 million shillings']).toBe('KES');
  });

  test('cents are hundredths of the currency of the country named most, or of the dollar', async () => {
    const za = await unitsOf('For every rand South Africa collects, almost 22 cents goes to interest, South Africa said.');
    expect(za['22 cents']).toBe('ZAR');
    expect((await unitsOf('A stamp costs 78 cents in Ohio.'))['78 cents']).toBe('USD');
    expect(only('a stamp costs 78 cents')).toMatchObject({ kind: 'money', value: 0.78 });
    expect(only('fuel rose 12.5 cents')).toMatchObject({ kind: 'money', value: 0.125 });
  });

  test('a bare dollar sign is the local dollar only where no US dollar is in sight', async () => {
    expect((await unitsOf('New Zealand will spend $7.4 billion on roads, the New Zealand government said.'))['$7.4 billion']).toBe('NZD');
    expect((await unitsOf('Canada and the United States agreed on $5 billion.'))['$5 billion']).toBe('USD');
    const marked = await unitsOf('Canada’s miner paid C$4.2 billion ($2.9 billion) for a rival in Canada.');
    expect(marked).toMatchObject({ 'C$4.2 billion': 'CAD', '$2.9 billion': 'USD' });
  });

  test('a province or a town in a country names it for its dollar, a town in the US does not', async () => {
    const queensland = await unitsOf('Queensland opened a $146 million cancer centre in Townsville, Queensland Health said.');
    expect(queensland['$146 million']).toBe('AUD');
    const zambia = await unitsOf('Zambia’s copper mines in Zambia, run by a miner listed in Toronto, paid $21,000 a tonne, Zambia said.');
    expect(zambia['$21,000 a tonne']).toBe('USD');
    const columbia = await unitsOf(
      'British Columbia will spend $185 million on wildfire crews from Kamloops to Prince George, officials in Victoria said after a trip to Seattle.',
    );
    expect(columbia['$185 million']).toBe('CAD');
  });

  test('currencies named by their ISO 4217 head noun, the nationality telling which', async () => {
    const units = await unitsOf(
      'Shares in the Oslo shipowner rose to 214.60 Norwegian crowns, and DNB set a target of 240 crowns.',
      'Togo cut fees to 95,000 CFA francs a box; porters are paid GH¢185 a shift, and Jakarta spent 3.2 trillion rupiah.',
      'Prague will spend 5 billion Czech crowns; Lima trades at 3.72 soles per dollar, Hanoi spent 12 trillion dong.',
    );
    expect(units).toMatchObject({
      '214.60 Norwegian crowns': 'NOK',
      '95,000 CFA francs': 'XOF', // Togo's, of the two CFA francs
      'GH¢185': 'GHS',
      '3.2 trillion rupiah': 'IDR',
      '5 billion Czech crowns': 'CZK',
      '3.72 soles per dollar': 'PEN',
      '12 trillion dong': 'VND',
    });
    // a name several currencies share takes the document country's: Norway's crowns here
    expect(units['240 crowns']).toBe('crowns');
    const norway = await unitsOf('In Norway the shipowner traded at 240 crowns, Norway’s exchange said in Norway.');
    expect(norway['240 crowns']).toBe('NOK');
    expect((await unitsOf('A box costs 95,000 CFA francs at the port.'))['95,000 CFA francs']).toBe('CFA francs');
  });

  test('a currency name that is also a word, or after a word that names no nationality, is no money', async () => {
    const units = await unitsOf('The real fell 5 real points, and he sold 300 Tidewell crowns.');
    expect(Object.values(units).filter((u) => u !== undefined && /^[A-Z]{3}$/.test(u))).toEqual([]);
  });

  test('rupees in a story about Pakistan', async () => {
    expect((await unitsOf('Pakistan set aside 30 billion rupees for dams, Pakistan’s cabinet said.'))['30 billion rupees']).toBe('PKR');
  });
});

describe('ages', () => {
  test.each([
    ['Mulaudzi, who is 58, has been jailed.', '58'],
    ['Tanei Maro, 47, runs a shop.', '47'],
    ['Yet Wang Li, now 49, still answers.', '49'],
    ['She left school at the age of 35.', '35'],
  ])('%j: %j is an age in years', async (text, figure) => {
    const e = await extract(articleFrom({ paragraphs: [text], published: '2025-04-16' }), createContext({ minConfidence: 0 }));
    expect(e.figures.find((f) => f.text === figure)).toMatchObject({ value: Number(figure), unit: 'years' });
  });

  test('a range of ages, and counts that are no ages', async () => {
    const e = await extract(
      articleFrom({
        paragraphs: ['It enrolled people aged 65 to 79. The party won 12 seats, and 47 counties voted.'],
        published: '2025-04-16',
      }),
      createContext({ minConfidence: 0 }),
    );
    expect(e.figures.find((f) => f.text === '65 to 79')).toMatchObject({ low: 65, high: 79, unit: 'years' });
    for (const count of ['12 seats', '12', '47']) expect(e.figures.find((f) => f.text === count)?.unit).not.toBe('years');
  });

  test('a capitalised English word is no currency code', () => {
    expect(hits('The TOP 10 list and ALL 3 members.').map((h) => h.unit)).not.toContain('TOP');
  });
});

describe('numbers to ring', () => {
  test("a number after a verb of ringing or before a line's noun counts nothing; the same number counting works does", async () => {
    const { figures } = await extract(
      articleFrom({
        paragraphs: ['Residents were urged to call 112 only for emergencies and got 112 emergency alerts. The 112 works hang in the hall.'],
      }),
      createContext(),
    );
    expect(figures.filter((f) => f.text === '112').map((f) => f.sentence)).toEqual(['The 112 works hang in the hall.']);
  });
});

test('an ordinal before a unit of time counts that unit ("the 14th minute"); one before another noun has none', () => {
  const found = hits('Brandt scored in the 14th minute on the 3rd day of the season, at the 2nd largest club.');
  expect(found.map((h) => [h.text, h.kind, h.value, h.unit])).toEqual([
    ['14th', 'ordinal', 14, 'minutes'],
    ['3rd', 'ordinal', 3, 'days'],
    ['2nd', 'ordinal', 2, undefined],
  ]);
});

describe('temperatures, watts, bytes and litres with prefixes', () => {
  test.each([
    ['temperatures passed 46°C on the plain', '46°C', 46, 'degrees Celsius'],
    ['it fell to minus 4 °C at night', 'minus 4 °C', -4, 'degrees Celsius'],
    ['a low of −40°F was logged', '−40°F', -40, 'degrees Fahrenheit'],
    ['the chip draws 45 watts at most', '45 watts', 45, 'watts'],
    ['a card with 96 gigabytes of memory', '96 gigabytes', 96, 'gigabytes'],
    ['the plan recovers 3,200 gigalitres of water', '3,200 gigalitres', 3200, 'gigalitres'],
    ['a 50-kilogram sack of millet', '50-kilogram', 50, 'kilograms'],
    ['a 20-litre jerrycan', '20-litre', 20, 'litres'],
    // speeds, rates of data, energy in food, pictures, masses and concentrations
    ['gusts of 96 mph hit the coast', '96 mph', 96, 'mph'],
    ['trains run at 120 km/h there', '120 km/h', 120, 'km/h'],
    ['the ship made 14 knots', '14 knots', 14, 'knots'],
    ['links carry 500 Mbps at peak', '500 Mbps', 500, 'Mbps'],
    ['rations of 2,100 kilocalories for each person', '2,100 kilocalories', 2100, 'kilocalories'],
    ['a sensor of 48 megapixels in all', '48 megapixels', 48, 'megapixels'],
    ['with 3 grams of salt', '3 grams', 3, 'grams'],
    ['some 423 parts per million of carbon dioxide', '423 parts per million', 423, 'parts per million'],
  ])('%j: %j = %d %s', expectOne);

  test('their symbols go with them', async () => {
    const { figures } = await extract(
      articleFrom({ paragraphs: ['The chip draws 45 watts with 96 gigabytes of memory, and the basin holds 3,200 gigalitres.'] }),
      createContext({ minConfidence: 0 }),
    );
    expect(figures.map((f) => [f.text, f.symbol])).toEqual([
      ['45 watts', 'W'],
      ['96 gigabytes', 'GB'],
      ['3,200 gigalitres', 'GL'],
    ]);
  });
});

test.each([
  ['a sentence of 12 years and three months', '12 years and three months', 12.25],
  ['he served four years, six months of it abroad', 'four years, six months', 4.5],
])('%j is one span of time in years', (text, figure, value) => {
  expect(only(text)).toMatchObject({ text: figure, kind: 'duration', value, unit: 'years' });
});

test.each([
  ['output fell to 450,000 bpd', '450,000 bpd', 450000, 'barrels'],
  ['steel of 40 megapascals', '40 megapascals', 40, 'megapascals'],
  ['particles under 10 micrometres', '10 micrometres', 10, 'micrometres'],
  ['a line of 765 kilovolts', '765 kilovolts', 765, 'kilovolts'],
  ['exports of 2,000 metric tons', '2,000 metric tons', 2000, 'tons'],
  ['a grid at 60 hertz', '60 hertz', 60, 'hertz'],
])('%j keeps its unit', (text, figure, value, unit) => {
  expect(only(text)).toMatchObject({ text: figure, value, unit });
});

test('barrels a day written "bpd" are counted per day', () => {
  expect(only('the field pumps 12,000 bpd')).toMatchObject({ unit: 'barrels', per: 'day' });
});

test.each([
  ['a magnitude 6.4 earthquake', '6.4', 6.4],
  ['the 7.1-magnitude quake', '7.1-magnitude', 7.1],
])('%j is a magnitude', (text, figure, value) => {
  expect(only(text)).toMatchObject({ text: figure, value, unit: 'magnitude' });
});

test('cents with the country before them stay US cents in a story from elsewhere', async () => {
  const e = await extract(
    articleFrom({
      paragraphs: ['Growers in Fiji and Fiji again were paid 21.5 US cents a pound, up from 18 cents.'],
      published: PUBLISHED,
    }),
    createContext(),
  );
  expect(e.figures.find((f) => f.text.startsWith('21.5'))).toMatchObject({ text: '21.5 US cents', value: 0.215, unit: 'USD' });
});

describe('a month takes the year the words around it give', () => {
  test.each([
    ['In January last year, the talks began.', 'January', '2024-01'],
    ['They will meet in June next year.', 'June', '2026-06'],
    ['In July of this year the law takes effect.', 'July', '2025-07'],
    ['Today we recall that the plan was drafted in 2021, and on 10 May of that year it was tabled.', '10 May', '2021-05-10'],
  ])('%j', (text, figure, date) => {
    expect(hits(text).find((h) => h.text === figure)?.date).toBe(date);
  });
});

test.each([
  ['one out of every three barrels we use', 'one out of every three', 1, 3],
  ['one in every four homes flooded', 'one in every four', 1, 4],
])('%j is a proportion', (text, figure, low, high) => {
  expect(only(text)).toMatchObject({ text: figure, kind: 'ratio', low, high });
});
