import { createRequire } from 'node:module';

/** CommonJS, required as such (see output/citation/citeproc.ts). */
const require = createRequire(import.meta.url);

let names: ReadonlySet<string> | undefined;

/** The English names of the ISO 639-1 languages (iso-639-1), one word each ("Latin", "Swahili"). */
function load(): ReadonlySet<string> {
  const { getAllNames } = require('iso-639-1') as { getAllNames(): string[] };
  return new Set(getAllNames().filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name)));
}

/** The word is the English name of a major language ("Latin", "Swahili", "Greek"). */
export function isLanguageName(word: string): boolean {
  names ??= load();
  return names.has(word);
}
