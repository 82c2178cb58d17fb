import { expect, test } from 'vitest';
import { claimLookup, readSentence, tagSentence } from '../../src/extract/claims/index.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { paragraphBlock } from '../helpers/article.js';

const text =
  'The law will probably cut emissions by a third because it taxes coal. We should act now. ' +
  'Why should we wait any longer? (An aside of sorts here.) The ministry spent $4 billion last year.';
const block = paragraphBlock('p1', text);
const sentences = splitSentences(text);
const lookup = claimLookup([], []);

test("a sentence's reading made beforehand tags it as one made on the spot does", () => {
  for (const s of sentences) expect(tagSentence(block, s, lookup, readSentence(s.text))).toEqual(tagSentence(block, s, lookup));
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
