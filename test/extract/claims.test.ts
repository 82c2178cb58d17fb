import { afterAll, expect, test } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { stopNlp } from '../../src/extract/nlp/load.js';
import { createContext } from '../../src/model/context.js';
import { articleFrom } from '../helpers/article.js';

afterAll(() => stopNlp());

// every asserting sentence, whatever its confidence: these tests are about how each is tagged
const claimOf = async (text: string) => {
  const e = await extract(articleFrom({ paragraphs: [text], published: '2025-02-09' }), createContext({ minConfidence: 0 }));
  return e.claims.find((c) => c.text === text);
};

test.each([
  [
    'Many recipient nations have expressed concerns about technological dependence, which could compromise their sovereignty.',
    { hedged: true, predictive: true },
  ],
  [
    'The answer leans towards success, with China hitting around 70-80% of its targets.',
    { hedged: true, quantitative: true, checkable: true },
  ],
  [
    'Sanctions imposed by the United States have affected China and led to new alliances.',
    { hedged: false, causal: true, checkable: true },
  ],
  ['The European Union, on the other hand, has adopted a more balanced strategy.', { comparative: true, checkable: false }],
  ['Global competition will continue to intensify.', { predictive: true, checkable: false }],
  // checkability through the whole pipeline: entities found by the tagger, cues by the claim rules
  ['Within Germany, the reform of Siemens has not been uniform.', { evaluative: true, checkable: false }],
  ['The growth of Tesla has accelerated the transformation of the car market.', { causal: true, checkable: false }],
  ['Tariffs imposed by the United States have weakened farmers in Iowa.', { causal: true, checkable: true }],
  ['We are all very grateful to the people of Norway.', { checkable: false }],
  ['In 2024, I urge the Senate to pass the bill.', { checkable: false }],
  ['Tomorrow I will visit Nairobi, Kenya, to open the new port.', { predictive: true, checkable: true }],
  ['I might also recognize Angela Merkel, who came with the Chancellor.', { hedged: false, predictive: false, checkable: true }],
  // an approximate figure doubts nothing: the dated fact stays checkable
  ['The animal, named Chiltonvenator bramblei, lived about 126 million years ago.', { hedged: true, factual: true, checkable: true }],
])('%j', async (text, expected) => {
  const c = await claimOf(text);
  expect(c).toBeDefined();
  for (const [tag, value] of Object.entries(expected)) {
    const got = tag === 'hedged' || tag === 'checkable' ? c?.[tag] : c?.kinds.includes(tag as never);
    expect(got, tag).toBe(value);
  }
  expect(c?.cues.length).toBeGreaterThan(0);
});

test.each([
  ['How long should America put its future on hold?', 'question'],
  ["Let me make clear what I mean by the region's stability.", 'exhortation'],
  ['Imagine a port that never closes, even in winter.', 'exhortation'],
])('%j is a rhetorical claim (%s): never checkable, ranked and kept below the statements', async (text, form) => {
  const c = await claimOf(text);
  expect(c).toMatchObject({ kinds: ['rhetorical'], checkable: false });
  expect(c?.evidence).toContain(`rhetorical:${form}`);
  expect(c?.confidence).toBeLessThan(0.5);
  const e = await extract(articleFrom({ paragraphs: [`${text} Exports fell 4% in 2023.`], published: '2025-02-09' }), createContext());
  expect(e.claims.map((x) => x.text)).toEqual(['Exports fell 4% in 2023.']);
});

test('stage directions and short signposts are no claims at all', async () => {
  expect(await claimOf('(Applause.)')).toBeUndefined();
  expect(await claimOf('Thank you.')).toBeUndefined();
});

test('claims are ranked by score, each score explained by its cues', async () => {
  const text = 'It was a good year. In 2015, China spent $40 billion on chips, according to Reuters.';
  const e = await extract(articleFrom({ paragraphs: [text], published: '2025-02-09' }), createContext());
  expect(e.claims[0]?.text).toContain('$40 billion');
  const scores = e.claims.map((c) => c.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  for (const c of e.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
});

test.each([
  ['It was the will of the people to rebuild the bridge in 1990.', 'predictive', false],
  ['Their cause was won at the ballot box in 1990.', 'causal', false],
  ['The causes of the 1929 crash were debated in Congress.', 'causal', false],
  ['The new levy causes prices to rise in Ohio.', 'causal', true],
  ['The Senate passed the bill just before the recess in 1990.', 'evaluative', false],
  ['A just peace was signed in Paris in 1990.', 'evaluative', true],
  ['We call on the Congress to double the grant to $2 billion.', 'normative', true],
  ["I'm also proposing a tax credit for 1 million small firms.", 'normative', true],
  ['The House passed the farm bill in March 1990.', 'factual', true],
  ['The House will pass the farm bill next year.', 'factual', false],
])('%j: %s is %s', async (text, kind, expected) => {
  const c = await claimOf(text);
  expect(c?.kinds.includes(kind as never), `${kind} in ${JSON.stringify(c?.kinds)}`).toBe(expected);
});

test('a proposal or a forecast ranks below a reported fact of the same weight', async () => {
  const fact = await claimOf('Ohio spent $2 billion on roads in 1990.');
  const plan = await claimOf('We propose that Ohio spend $2 billion on roads.');
  expect(fact?.score).toBeGreaterThan(plan?.score ?? Number.POSITIVE_INFINITY);
});
