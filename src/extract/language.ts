import { franc } from 'franc-min';

/**
 * The document's language, from its body text with franc (trigram profiles of the most spoken
 * languages). compromise and our entity and claim rules read English only: on other languages
 * every capitalised noun would come out as an organisation, so extraction skips them.
 */

/** Characters of text franc needs for a verdict it gives with confidence; less reads as unknown. */
const MIN_CHARS = 120;

/** Characters read: the first thousand or so decide it as well as the whole (every document of
 *  the fixtures, dev and real corpora and the language tests reads the same at 1,200 as at
 *  2,500), at half the cost of 2,500; franc was a tenth of extraction's time on short pieces. */
const MAX_CHARS = 1200;

/** ISO 639-3 code of the text's language, or 'und' when there is too little text to tell. */
export function detectLanguage(texts: readonly string[]): string {
  let sample = '';
  for (const text of texts) {
    if (sample.length >= MAX_CHARS) break;
    sample += `${text}\n`;
  }
  sample = sample.slice(0, MAX_CHARS);
  if (sample.replace(/\s+/g, '').length < MIN_CHARS) return 'und';
  return isPlainlyEnglish(sample) ? 'eng' : franc(sample, { minLength: MIN_CHARS });
}

/** English's commonest function words, none of them a word of another language's prose often. */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'that',
  'is',
  'was',
  'for',
  'with',
  'it',
  'this',
  'are',
  'have',
  'has',
  'which',
]);
/** Share of a sample's words those make up in English prose at the least (they are a fifth or
 *  more of it; in German, French or Spanish text, next to none). */
const ENGLISH_SHARE = 0.12;

/** True when English function words are so frequent that franc need not be asked: it gave
 *  English for every such sample of the fixtures and corpora, and asking it was a tenth of
 *  extraction's time on short pieces. */
function isPlainlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let english = 0;
  let the = 0;
  for (const word of words) {
    if (ENGLISH_FUNCTION_WORDS.has(word)) english++;
    if (word === 'the') the++;
  }
  return the >= 3 && english >= words.length * ENGLISH_SHARE;
}

/** True when English rules may read the text: English, or too little text to tell. franc's
 *  profiles give Scots ('sco') for some plain English prose, so it counts as English. */
export const readsAsEnglish = (language: string): boolean => language === 'eng' || language === 'und' || language === 'sco';
