import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A read-only word set. */
export interface WordList {
  has(word: string): boolean;
}

let list: WordList | undefined;

/** An English word list (~275,000 lower-case words with inflections), shared by the stages that
 *  judge words (hyphenation, name refinement) and read on first use. The package's JSON array is
 *  sorted, so it is binary-searched in place: no parse, no index (a Set costs ~250 ms to build,
 *  an index of word starts ~45 ms; a lookup here is ~20 probes). */
export function englishWords(): WordList {
  list ??= sortedWordList(readFileSync(createRequire(import.meta.url).resolve('an-array-of-english-words'), 'utf8'));
  return list;
}

/** A word list over the text of a sorted JSON array of strings without escapes. */
export function sortedWordList(json: string): WordList {
  // the first word whose opening quote is at or after `at`: [start, end) of its letters, or none
  const wordFrom = (at: number): [number, number] | undefined => {
    let quote = json.indexOf('"', at);
    while (quote > 0 && json[quote - 1] !== ',' && json[quote - 1] !== '[') quote = json.indexOf('"', quote + 1);
    if (quote < 0) return undefined;
    return [quote + 1, json.indexOf('"', quote + 1)];
  };
  return {
    has(word: string): boolean {
      let lo = 0;
      let hi = json.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const found = wordFrom(mid);
        if (!found) {
          hi = mid - 1;
          continue;
        }
        const [begin, end] = found;
        const candidate = json.slice(begin, end);
        if (candidate === word) return true;
        if (candidate < word) lo = end + 1;
        else hi = mid - 1;
      }
      return false;
    },
  };
}
