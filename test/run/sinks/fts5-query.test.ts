import { describe, expect, test } from 'vitest';
import { toFts5Query } from '../../../src/run/sinks/fts5-query.js';

describe('toFts5Query', () => {
  test.each([
    ['china', '"china"'],
    ['china tariffs', '"china" AND "tariffs"'],
    ['"made in china" 2025', '"made in china" AND "2025"'],
    ['Moscow OR Beijing', '("Moscow" OR "Beijing")'],
    ['Moscow or Beijing tariffs', '("Moscow" OR "Beijing") AND "tariffs"'],
    ['china -huawei', '("china") NOT "huawei"'],
    ['china -"trade war"', '("china") NOT "trade war"'],
    ['U.S. trade', '"U.S." AND "trade"'], // FTS5 reads the quoted string as the phrase "u s"
    ['NEAR(a b) col:x', '"NEAR(a" AND "b)" AND "col:x"'], // FTS5's own syntax stays text
    ['say "hi', '"say" AND "hi"'], // an unclosed quote runs to the end
    ['a"b', '"a""b"'],
    ['china – tariffs', '"china" AND "tariffs"'], // a dash alone holds no token
  ])('%j → %s', (words, query) => {
    expect(toFts5Query(words)).toBe(query);
  });

  test.each(['', '   ', '-huawei', 'OR', '– …'])('%j leaves nothing to look for', (words) => {
    expect(toFts5Query(words)).toBeUndefined();
  });
});
