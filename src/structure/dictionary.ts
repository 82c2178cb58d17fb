import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A read-only word set. */
export interface WordList {
  has(word: string): boolean;
}

let list: WordList | undefined;

/** An English word list (~275,000 lower-case words with inflections), loaded on first use.
 *  The package's JSON array is sorted, so it is searched in place: one pass indexes where each
 *  word starts (~10 ms) instead of parsing it into a Set (~250 ms). */
export function englishWords(): WordList {
  list ??= sortedWordList(readFileSync(createRequire(import.meta.url).resolve('an-array-of-english-words'), 'utf8'));
  return list;
}

const QUOTE = 0x22;

/** A word list over the text of a sorted JSON array of strings without escapes. */
export function sortedWordList(json: string): WordList {
  const starts: number[] = [];
  let inside = false;
  for (let i = 0; i < json.length; i++) {
    if (json.charCodeAt(i) !== QUOTE) continue;
    if (!inside) starts.push(i + 1);
    inside = !inside;
  }
  const index = Uint32Array.from(starts);
  const wordAt = (k: number): string => {
    const start = index[k] as number;
    return json.slice(start, json.indexOf('"', start));
  };
  return {
    has(word: string): boolean {
      let lo = 0;
      let hi = index.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const candidate = wordAt(mid);
        if (candidate === word) return true;
        if (candidate < word) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    },
  };
}
