import { describe, expect, test } from 'vitest';
import { englishWords, sortedWordList } from '../../src/model/english-words.js';

describe('sortedWordList', () => {
  const list = sortedWordList(JSON.stringify(['able', 'bake', 'baker', 'cat', 'dog', 'zoo']));
  test.each([
    ['able', true], // first
    ['zoo', true], // last
    ['baker', true], // a word that extends the one before it
    ['bak', false], // a prefix of two words
    ['aardvark', false], // before the first
    ['zzz', false], // after the last
    ['cow', false], // between two words
    ['', false],
  ])('%j → %s', (word, expected) => {
    expect(list.has(word)).toBe(expected);
  });
});

describe('englishWords', () => {
  test.each([
    ['development', true],
    ['sufficiency', true],
    ['industries', true],
    ['selfsufficiency', false],
    ['industri', false],
  ])('%j → %s', (word, expected) => {
    expect(englishWords().has(word)).toBe(expected);
  });
});
