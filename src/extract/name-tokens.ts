import type { Sentence } from './sentences.js';

/** A word of a block's text, with what the name rules ask of it. */
export interface Token {
  readonly text: string; // without a possessive "'s"
  readonly start: number;
  readonly end: number;
  readonly isCapitalised: boolean;
  readonly isNumber: boolean;
  readonly isPossessive: boolean;
  /** First word of a sentence (or after a colon): its capital says nothing. */
  readonly isInitial: boolean;
  /** Only spaces between this token and the previous one. */
  readonly joinsPrevious: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[.&'’-][\p{L}\p{N}]+)*/gu;
const ABBREVIATION = /^(?:mr|mrs|ms|dr|st|no|gen|sen|rep|gov|jr|sr|prof|lt|col|capt|inc|ltd|co|corp|mt|ft)$/i;

function withPeriod(text: string, word: string, end: number): number {
  if (text[end] !== '.') return end;
  // "U.S.", "W.", "Mrs.": the period belongs to the word
  return /^(?:\p{L}\.)+\p{L}$|^\p{Lu}$/u.test(word) || ABBREVIATION.test(word) ? end + 1 : end;
}

/** Splits a block's text into word tokens, marking sentence starts from the given sentences. */
export function tokenize(text: string, sentences: readonly Sentence[]): Token[] {
  // the first word of each sentence, after any opening quote or bracket
  const starts = new Set(sentences.map((s) => s.start + Math.max(0, s.text.search(/[\p{L}\p{N}]/u))));
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const end = withPeriod(text, m[0], m.index + m[0].length);
    const possessive = /['’]s$/i.test(m[0]);
    const core = possessive ? m[0].slice(0, -2) : text.slice(m.index, end);
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, m.index);
    tokens.push({
      text: core,
      start: m.index,
      end: m.index + core.length,
      isCapitalised: /^\p{Lu}/u.test(core),
      isNumber: /^\d+(?:[.,]\d+)*$/.test(core),
      isPossessive: possessive,
      isInitial: starts.has(m.index) || /:\s*["“]?$/.test(gap),
      joinsPrevious: previousEnd >= 0 && /^[ \t\n]+$/.test(gap),
    });
    previousEnd = end;
  }
  return tokens;
}
