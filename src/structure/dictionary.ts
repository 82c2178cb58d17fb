import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let words: ReadonlySet<string> | undefined;

/** An English word list (~275,000 words with inflections), loaded on first use (~30 ms):
 *  only documents with an undecided line-end hyphen pay for it. */
export function englishWords(): ReadonlySet<string> {
  if (!words) {
    const file = createRequire(import.meta.url).resolve('an-array-of-english-words');
    words = new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]);
  }
  return words;
}
