import { afterAll, describe, expect, test } from 'vitest';
import { countryCode } from '../../src/extract/entities/country.js';
import { entityId, scoreEntity, slug } from '../../src/extract/entities/score.js';
import type { Typing } from '../../src/extract/entities/type.js';
import { extract } from '../../src/extract/index.js';
import { stopNlp } from '../../src/extract/nlp/load.js';
import { createContext } from '../../src/model/context.js';
import type { Enriched } from '../../src/model/enriched.js';
import { articleFrom } from '../helpers/article.js';

afterAll(() => stopNlp());

// every entity found, whatever its confidence: these tests are about the scores themselves
const run = (...paragraphs: string[]): Promise<Enriched> =>
  extract(articleFrom({ paragraphs, published: '2025-02-09', author: 'Farhad Gojayev' }), createContext({ minConfidence: 0 }));
/** The entity of that name, or of that other form (a country's known name is among the aliases). */
const find = (e: Enriched, name: string) => e.entities.find((x) => x.name === name) ?? e.entities.find((x) => x.aliases.includes(name));
const typing = (type: Typing['type'], rule: string, isDefault = false): Typing => ({ type, rule, isDefault });

describe('entity ids', () => {
  test.each([
    ['Côte d’Ivoire', 'cote-d-ivoire'],
    ['U.S. Department of Transportation', 'us-department-of-transportation'],
    ['The Kroger Co.', 'kroger-co'],
    ['Made in China 2025', 'made-in-china-2025'],
    ['  Tromsø  ', 'tromsø'],
    ["People's Bank of China", 'people-s-bank-of-china'],
  ])('%j slugs to %j', (name, expected) => {
    expect(slug(name)).toBe(expected);
  });

  test('an id is the type and the slug; a country has one id whichever form names it', () => {
    expect(entityId('organization', 'European Union')).toBe('organization:european-union');
    expect(entityId('place', 'Russian Federation', 'RU')).toBe('place:russia');
    expect(entityId('place', 'Russia', 'RU')).toBe('place:russia');
    expect(entityId('place', 'Britain', 'GB')).toBe('place:united-kingdom');
  });

  test('the same entity has the same id in two documents', async () => {
    const a = await run('The U.S. and the European Union responded, said Donald Trump.');
    const b = await run('Donald Trump met leaders of the European Union in the United States.');
    for (const name of ['Donald Trump', 'European Union', 'United States']) {
      expect(find(a, name)?.id).toBeDefined();
      expect(find(a, name)?.id).toBe(find(b, name)?.id);
    }
    expect(find(a, 'United States')?.id).toBe('place:united-states');
    expect(find(b, 'Donald Trump')?.id).toBe('person:donald-trump');
  });
});

describe('country codes', () => {
  test.each([
    ['United States', 'US'],
    ['U.S.', 'US'],
    ['USA', 'US'],
    ['America', 'US'],
    ['Britain', 'GB'],
    ['UK', 'GB'],
    ['Great Britain', 'GB'],
    ['Russia', 'RU'],
    ['Russian Federation', 'RU'],
    ['South Korea', 'KR'],
    ['Iran', 'IR'],
    ['Syria', 'SY'],
    ["Côte d'Ivoire", 'CI'],
    ['Turkey', 'TR'],
    ['the Netherlands', 'NL'],
  ])('%j is %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  test.each(['American', 'Americans', 'Congo', 'Europe', 'Texas', 'Soviet'])('%j names no one country', (name) => {
    expect(countryCode(name)).toBeUndefined();
  });

  test('places that are countries carry the code; demonyms, parts of names and modifiers alone do not', async () => {
    const e = await run(
      'Talks between America, Britain and Russia went on in Geneva. American officials attended.',
      'The South Korean delegation met the U.S. Department of Transportation and officials from South Korea and Iran.',
    );
    // named as written, with the country's known name among the aliases
    expect(find(e, 'America')).toMatchObject({ type: 'place', country: 'US', aliases: expect.arrayContaining(['United States']) });
    expect(find(e, 'Britain')).toMatchObject({ type: 'place', country: 'GB', aliases: expect.arrayContaining(['United Kingdom']) });
    expect(find(e, 'Russia')).toMatchObject({ country: 'RU' });
    expect(find(e, 'South Korea')).toMatchObject({ country: 'KR' });
    expect(find(e, 'Iran')).toMatchObject({ country: 'IR' });
    expect(find(e, 'Geneva')?.country).toBeUndefined();
    expect(find(e, 'U.S. Department of Transportation')?.country).toBeUndefined();
    expect(e.entities.some((x) => x.name === 'American')).toBe(false);
    const modifier = await run('Some fake USA accounts were removed, the report said.');
    expect(find(modifier, 'United States')?.country).toBeUndefined();
  });
});

describe('confidence and evidence', () => {
  test('a type from the fallback alone scores below the threshold, a list or cue well above it', () => {
    const fallback = scoreEntity({
      name: 'Velmora Dynamics',
      type: 'organization',
      mentions: [{ name: 'Velmora Dynamics', typing: typing('organization', 'default', true) }],
      acronymExpanded: false,
    });
    const suffix = scoreEntity({
      name: 'Velmora Agency',
      type: 'organization',
      mentions: [{ name: 'Velmora Agency', typing: typing('organization', 'suffix:organization') }],
      acronymExpanded: false,
    });
    const country = scoreEntity({
      name: 'Iran',
      type: 'place',
      country: 'IR',
      mentions: [{ name: 'Iran', typing: typing('place', 'lexicon:place') }],
      acronymExpanded: false,
    });
    expect(fallback.confidence).toBeLessThan(0.5);
    expect(fallback.evidence).toContain('rule:default');
    expect(suffix.confidence).toBeGreaterThanOrEqual(0.8);
    expect(suffix.evidence).toContain('rule:suffix-organization');
    expect(country.confidence).toBeGreaterThanOrEqual(0.9);
    expect(country.evidence).toContain('lexicon:country');
  });

  test('mid-sentence mentions leave a fallback type below the threshold; an acronym the text expands lifts it past', () => {
    const mention = { name: 'Velmora', typing: typing('organization', 'default', true), midSentence: true };
    const once = scoreEntity({ name: 'Velmora', type: 'organization', mentions: [mention], acronymExpanded: false });
    const thrice = scoreEntity({ name: 'Velmora', type: 'organization', mentions: [mention, mention, mention], acronymExpanded: false });
    const expanded = scoreEntity({ name: 'Velmora', type: 'organization', mentions: [mention], acronymExpanded: true });
    expect(once.confidence).toBeLessThan(0.5);
    expect(thrice.confidence).toBeGreaterThan(once.confidence);
    expect(thrice.confidence).toBeLessThan(0.5);
    expect(thrice.evidence).toEqual(expect.arrayContaining(['mentions:3', 'mid-sentence:3', 'type-undecided']));
    expect(expanded.confidence).toBeGreaterThanOrEqual(0.5);
    expect(expanded.evidence).toContain('acronym-expansion');
  });

  test('common words and pronouns score low without a list or cue behind them', () => {
    const of = (name: string, rule: string, type: Typing['type'] = 'place') =>
      scoreEntity({ name, type, mentions: [{ name, typing: typing(type, rule), midSentence: true }], acronymExpanded: false });
    expect(of('Operating Procedures', 'locative').confidence).toBeLessThan(of('Tromsø', 'locative').confidence);
    expect(of('It', 'tag:person', 'person').confidence).toBeLessThan(0.5);
  });

  test('in a document, a fallback-typed name scores below one typed by a title or a suffix', async () => {
    const e = await run('Officials praised Velmora Dynamics for the plan.', 'Mrs. Velma Ostrander spoke for the Quarvel Agency.');
    const fallback = find(e, 'Velmora Dynamics');
    const titled = find(e, 'Velma Ostrander');
    const suffixed = find(e, 'Quarvel Agency');
    expect(fallback?.confidence).toBeLessThan(0.5);
    expect(titled?.confidence).toBeGreaterThan(0.8);
    expect(titled?.evidence).toEqual(expect.arrayContaining(['rule:title', 'full-name']));
    expect(suffixed).toMatchObject({ type: 'organization' });
    expect(suffixed?.confidence).toBeGreaterThan(0.8);
    for (const entity of e.entities) {
      expect(entity.confidence).toBeGreaterThanOrEqual(0);
      expect(entity.confidence).toBeLessThanOrEqual(1);
      expect(entity.evidence.length).toBeGreaterThan(0);
    }
  });

  test('the author is a person for sure, from the byline, named in the body or not', async () => {
    const absent = await run('China grew.');
    expect(find(absent, 'Farhad Gojayev')).toMatchObject({
      id: 'person:farhad-gojayev',
      type: 'person',
      confidence: 1,
      evidence: ['byline'],
      count: 0,
    });
    const named = await run('As Farhad Gojayev wrote last year, China grew.');
    const author = find(named, 'Farhad Gojayev');
    expect(author).toMatchObject({ id: 'person:farhad-gojayev', type: 'person', confidence: 1, count: 1 });
    expect(author?.evidence[0]).toBe('byline');
  });
});

describe('capitalised common nouns', () => {
  test('a name that is only the suffix word that typed it scores low; an institution does not', () => {
    const of = (name: string) =>
      scoreEntity({
        name,
        type: 'organization',
        mentions: [{ name, typing: typing('organization', 'suffix:organization'), midSentence: true }],
        acronymExpanded: false,
      });
    expect(of('The Company').confidence).toBeLessThan(0.5);
    expect(of('The Company').evidence).toContain('head-noun-only');
    expect(of('Congress').confidence).toBeGreaterThan(0.8);
    expect(of('Chip 4 Alliance').confidence).toBeGreaterThan(0.8);
  });

  test('by default the JSON keeps only entities at or above 0.5', async () => {
    const paragraphs = ['Officials praised Velmora Dynamics for the plan.', 'Mrs. Velma Ostrander spoke for the Quarvel Agency.'];
    const e = await extract(articleFrom({ paragraphs, published: '2025-02-09' }), createContext());
    expect(e.entities.map((x) => x.name)).toEqual(expect.arrayContaining(['Velma Ostrander', 'Quarvel Agency']));
    expect(e.entities.map((x) => x.name)).not.toContain('Velmora Dynamics');
  });
});

describe('labels and references are no names', () => {
  test('a heading in capitals and an initial run into a title score below 0.5', async () => {
    const e = await run(
      'Comments go to the office listed under FOR FURTHER INFORMATION CONTACT below.',
      'See the work of D. Quantum on traps, and the notes of ADDRESSES here.',
    );
    const of = (name: string) => e.entities.find((x) => x.name === name);
    for (const name of ['FOR FURTHER INFORMATION CONTACT', 'D. Quantum', 'ADDRESSES']) {
      const found = of(name);
      if (found) expect(found.confidence, name).toBeLessThan(0.5);
    }
    expect(e.entities.some((x) => ['FOR FURTHER INFORMATION CONTACT', 'D. Quantum', 'ADDRESSES'].includes(x.name))).toBe(true);
  });

  test('a reference list after a References heading is not read for entities, figures or claims', async () => {
    const article = articleFrom({ paragraphs: ['Officials in Portugal approved the plan in 2021.'], published: '2025-02-09' });
    const withRefs = {
      ...article,
      blocks: [
        ...article.blocks,
        { ...article.blocks[0], id: 'h1', kind: 'heading' as const, level: 2, text: 'References' },
        { ...article.blocks[0], id: 'p9', text: 'Smith, J. Quantum traps in Norway. Nature 12, 44 (2019).' },
      ],
    };
    const e = await extract(withRefs as typeof article, createContext({ minConfidence: 0 }));
    expect(e.entities.map((x) => x.name)).toContain('Portugal');
    expect(e.entities.map((x) => x.name)).not.toContain('Norway');
    expect(e.figures.map((f) => f.text)).not.toContain('2019');
  });
});

test('an acronym read as a word, once capitalised mid-sentence, clears the threshold; letters read one by one do not', () => {
  const once = (name: string) =>
    scoreEntity({
      name,
      type: 'organization',
      mentions: [{ name, typing: { type: 'organization', rule: 'acronym', isDefault: true }, midSentence: true }],
      acronymExpanded: false,
    }).confidence;
  expect(once('NAFTA')).toBeGreaterThanOrEqual(0.5);
  expect(once('ASEAN')).toBeGreaterThanOrEqual(0.5);
  for (const letters of ['GPS', 'HIV', 'NPRM', 'MCAS', 'TITLE']) expect(once(letters)).toBeLessThan(0.5);
});

describe('names as written', () => {
  test('a country keeps the form the document uses; its known form is an alias and its id', async () => {
    const e = await run('Britain and the US signed the deal.');
    expect(e.entities.find((x) => x.name === 'Britain')).toMatchObject({ id: 'place:united-kingdom', aliases: ['United Kingdom'] });
    expect(e.entities.find((x) => x.name === 'US')).toMatchObject({ id: 'place:united-states', country: 'US' });
  });

  test('the known form wins where the document uses it too', async () => {
    const e = await run('The United States and the US Navy agreed, and the US said so.');
    expect(e.entities.find((x) => x.id === 'place:united-states')?.name).toBe('United States');
  });
});

test("a law's head word and its year alone are the tail of a longer name, below the threshold", () => {
  const of = (name: string) =>
    scoreEntity({
      name,
      type: 'other',
      mentions: [{ name, typing: typing('other', 'numbered-name'), midSentence: true }],
      acronymExpanded: false,
    });
  expect(of('Act 2021').confidence).toBeLessThan(0.5);
  expect(of('Bill 2024').evidence).toContain('head-noun-only');
  expect(of('Finance Act 2021').confidence).toBeGreaterThanOrEqual(0.5);
  expect(of('Law 12,367').confidence).toBeGreaterThanOrEqual(0.5);
});
