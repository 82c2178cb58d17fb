import { afterAll, describe, expect, test } from 'vitest';
import { claimLookup, readSentence, reportPositions, tagSentence } from '../../src/extract/claims/index.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { articleFrom, paragraphBlock } from '../helpers/article.js';
import { extract } from '../../src/extract/index.js';
import { stopNlp } from '../../src/extract/nlp/load.js';
import { createContext } from '../../src/model/context.js';

/** The claim rules' scores, without the claim model's `central` cue (claim-model.test.ts). */
const RULES_ONLY = { claimModel: null } as const;

const text =
  'The law will probably cut emissions by a third because it taxes coal. We should act now. ' +
  'Why should we wait any longer? (An aside of sorts here.) The ministry spent $4 billion last year.';
const block = paragraphBlock('p1', text);
const sentences = splitSentences(text);
const lookup = claimLookup([], []);
afterAll(() => stopNlp());

test('a claim tagged from a reading made beforehand takes its kinds, hedges and form from that reading', () => {
  const [forecast, proposal, question, aside] = sentences.map((s) => tagSentence(block, s, lookup, readSentence(s.text)));
  expect(forecast?.kinds).toEqual(expect.arrayContaining(['predictive', 'causal']));
  expect(forecast?.hedges).toEqual(['probably']);
  expect(proposal?.kinds).toContain('normative');
  expect(question?.kinds).toEqual(['rhetorical']);
  expect(aside).toBeNull();
});

test('the reading holds the cues of the words alone', () => {
  const [forecast, proposal, question, aside] = sentences.map((s) => readSentence(s.text));
  expect(forecast?.kindCues.map(([kind]) => kind)).toEqual(expect.arrayContaining(['predictive', 'causal']));
  expect(forecast?.hedges).toContain('probably');
  expect(proposal?.normative.length).toBeGreaterThan(0);
  expect(question?.form).toBe('question');
  expect(aside?.aside).toBe(true);
});

test('a reading of another sentence is refused', () => {
  const [first, second] = sentences;
  expect(() => tagSentence(block, first as never, lookup, readSentence(second?.text ?? ''))).toThrow(/another sentence/);
});

describe("a news report's lead", () => {
  const lead =
    'Dockworkers at the port of Santos walked off the job on Tuesday, halting the loading of 40 ships and stranding cargo worth millions, the port authority said.';
  const later =
    'The port handled 173 million tonnes of cargo last year, and exports of soybeans through it rose by 12% according to the ministry of ports.';
  const opinion =
    'We should not pretend that the port of Santos is a model of anything, and the strike shows why our ports need reform before the harvest comes in.';

  test('a report dated by its day ranks its body by place, the lead first', () => {
    const blocks = [paragraphBlock('p1', lead), paragraphBlock('p2', later), paragraphBlock('p3', later)];
    const positions = reportPositions(blocks);
    expect(blocks.map((b) => positions.get(b))).toEqual([0, 1, 2]);
  });

  test('a lead in the first person, or one that dates nothing by its day, makes no report', () => {
    expect(reportPositions([paragraphBlock('p1', opinion), paragraphBlock('p2', later)]).size).toBe(0);
    expect(reportPositions([paragraphBlock('p1', later), paragraphBlock('p2', lead)]).size).toBe(0);
  });

  test("the checkable claims of a report's lead and second paragraph are scored up; an op-ed's are not", async () => {
    const report = await extract(articleFrom({ paragraphs: [lead, later], published: '2025-03-05' }), createContext({ minConfidence: 0 }));
    const leadCues = report.claims.flatMap((c) => c.cues.filter((cue) => cue.startsWith('lead')).map((cue) => [c.text.slice(0, 10), cue]));
    expect(leadCues).toEqual([
      [lead.slice(0, 10), 'lead (+2)'],
      [later.slice(0, 10), 'lead (+1)'],
    ]);
    const comment = await extract(
      articleFrom({ paragraphs: [opinion, lead], published: '2025-03-05' }),
      createContext({ minConfidence: 0 }),
    );
    expect(comment.claims.flatMap((c) => c.cues).filter((cue) => cue.startsWith('lead'))).toEqual([]);
  });
});

test('an approximate figure lowers no score as a modal hedge does', async () => {
  const exact = 'Rents took 47% of the median household income in Toronto last year.';
  const approximate = 'Rents took about 47% of the median household income in Toronto last year.';
  const doubtful = 'Rents may have taken 47% of the median household income in Toronto last year.';
  const scoreOf = async (sentence: string) =>
    (await extract(articleFrom({ paragraphs: [sentence] }), createContext({ minConfidence: 0 }), RULES_ONLY)).claims[0];
  const [a, b, c] = await Promise.all([exact, approximate, doubtful].map(scoreOf));
  expect(b?.hedges).toContain('about');
  expect(b?.score).toBe(a?.score);
  expect(c?.score ?? 0).toBeLessThan(a?.score ?? 0);
});

test("a claim ranks up the nearer it stands to the text's start, and past its opening not at all", async () => {
  const filler = (k: number) =>
    `Paragraph ${k} of the essay goes on about the matter at some length, as essays do, without naming a figure or a date at all.`;
  const claim = 'The ministry spent $4 billion on the Mekong dams in 2023.';
  const scoreAt = async (at: number, count: number) => {
    const paragraphs = Array.from({ length: count }, (_, k) => (k === at ? `${claim} ${filler(k)}` : filler(k)));
    const { claims } = await extract(articleFrom({ paragraphs }), createContext({ minConfidence: 0 }), RULES_ONLY);
    return claims.find((c) => c.text === claim)?.score ?? Number.NaN;
  };
  const [first, third, last] = await Promise.all([scoreAt(0, 10), scoreAt(3, 10), scoreAt(9, 10)]);
  expect(first).toBeGreaterThan(third);
  expect(third).toBeGreaterThan(last);
  // in a long text the opening is its first few paragraphs, not a share of a hundred
  const [tenthOfHundred, lastOfHundred] = await Promise.all([scoreAt(10, 100), scoreAt(99, 100)]);
  expect(tenthOfHundred).toBe(lastOfHundred);
});
