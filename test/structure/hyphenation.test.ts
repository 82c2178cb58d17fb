import { describe, expect, test } from 'vitest';
import { type LineJoin, decideJoin, documentWords } from '../../src/structure/hyphenation.js';

const none = documentWords([]);

describe('decideJoin', () => {
  test.each<[string, string, LineJoin]>([
    ['agricultural develop-', 'ment at home.', 'join'], // a word split by hyphenation
    ['an ambitious industri-', 'al strategy', 'join'],
    ['Riyadh pursued self-', 'sufficiency in grain', 'keep'], // a compound broken at its hyphen
    ['import between 70-', '80% of the food', 'keep'], // a range
    ['the COVID-', '19 pandemic', 'keep'],
    ['a wave of anti-', 'American feeling', 'keep'], // capital after the hyphen
    ['a state-of-the-', 'art plant', 'keep'], // a chain of hyphens
    ['the agricultural devel\u00AD', 'opment plan', 'join'], // soft hyphen
    ['on the impossibil\u00AD', 'ity of it', 'join'],
    ['the works of pseudo\u00AD', 'Avicenna were', 'keep'], // a real hyphen written as U+00AD
    ['a drive for self\u00AD', 'sufficiency', 'keep'],
    ['the teachings of Is-', 'lam in the', 'join'], // a capitalised name split mid-sentence
    ['the treaty of War-', 'saw was', 'join'],
    ['under the Pa-', 'triot Act', 'join'],
    ['in the Bush-', 'era tax cuts', 'keep'], // a name and a word: a compound
    ['a China-', 'based firm', 'keep'],
    ['new rules. Low-', 'cost carriers', 'keep'], // capitalised at the start of a sentence
    ['Mos-', 'cow and', 'keep'], // nothing before it tells a name from a sentence start
    ['THE PA-', 'TRIOT ACT', 'join'], // capitals: joined when the two make a word
    ['SELF-', 'DRIVING CARS', 'keep'],
    ['ANTI-', 'AMERICAN', 'keep'],
    ['a cata -', 'strophic loss', 'join'], // a hyphen set apart: joined when only both make a word
    ['it was over -', 'and then', 'space'], // a dash between words
    ['there was some -', 'thing else', 'space'],
    ['the end of the line', 'and the next', 'space'],
    ['a dash – ', 'and more', 'space'],
    ['ends with a hyphen -', 'alone', 'space'],
  ])('%j + %j → %s', (left, right, expected) => {
    expect(decideJoin(left, right, none)).toBe(expected);
  });

  test('the document’s own usage settles a split the dictionary cannot', () => {
    const words = documentWords(['The Mekong-Lancang cooperation and the Mekong-Lancang talks', 'were held in']);
    expect(decideJoin('the Mekong-', 'lancang framework', words)).toBe('keep');
    const joined = documentWords(['the geoeconomic turn of the decade is clear', 'to all']);
    expect(decideJoin('a geo-', 'economic turn', joined)).toBe('join');
  });

  test('a line-end fragment is not taken as a word of the document', () => {
    expect(documentWords(['agricultural develop-']).words.has('develop')).toBe(false);
  });
});
