import type { Line } from '../model/document.js';
import { lineText } from '../model/text.js';

/** A line ending a sentence: a full stop, question or exclamation mark, colon or ellipsis,
 *  then closing quotes or brackets (French sets a space before some of them: « Non ! »). */
export const SENTENCE_END = /[.!?:…](?:\s?["'”’“»)\]])*$/u;
/** A line starting a sentence: a capital or a digit, after an opening quote or bracket
 *  (German „…“ and French « … » too). */
const NEW_SENTENCE = /^(?:["'“‘„«([]\s?)?[\p{Lu}\d]/u;
/** The last character of a line ending a sentence, the first of a line starting one. */
const END_CHAR = /[.!?:…"'”’“»)\]]$/u;
const START_CHAR = /^[\p{Lu}\d"'“‘„«([]/u;
/** The next line's first word must fit in the room left with this many ems to spare: the
 *  word's width is estimated from the line's mean character width. */
const FIT_SLACK_EM = 1;
/** A word space, as a share of the size. */
const SPACE_EM = 0.3;

/**
 * True when line `a` ends a paragraph before line `b`: it ends a sentence, `b` starts one, and
 * `b`'s first word would have fitted at the end of `a`. Neither justified nor ragged setting
 * breaks a line early, so the break was forced: a paragraph's short last line. The room is
 * measured against `b`'s own right end, so lines beside a figure or a pull quote, all short
 * alike, are no paragraph ends.
 */
export function endsParagraph(a: Line, b: Line): boolean {
  // a first look at the spans at the two ends spares joining the lines' spans, most often
  if (!END_CHAR.test(edgeText(a, 'end')) || !START_CHAR.test(edgeText(b, 'start'))) return false;
  if (!SENTENCE_END.test(lineText(a).trimEnd()) || !NEW_SENTENCE.test(lineText(b).trimStart())) return false;
  return wouldFit(a, b, b.box[2]);
}

/** The text of a line's last (or first) span with text in it, trimmed on that side: a cheap
 *  first look at how the line ends (or starts) before joining all its spans. */
function edgeText(line: Line, side: 'start' | 'end'): string {
  const spans = line.spans;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[side === 'end' ? spans.length - 1 - k : k] as Line['spans'][number];
    const text = side === 'end' ? span.text.trimEnd() : span.text.trimStart();
    if (text !== '') return text;
  }
  return '';
}

/** True when `b`'s first word would have fitted after the end of `a`, before `edge`. */
export function wouldFit(a: Line, b: Line, edge: number): boolean {
  const text = lineText(b).trim();
  if (text.length === 0) return false;
  const perChar = (b.box[2] - b.box[0]) / text.length;
  const word = text.split(/\s+/u)[0] ?? '';
  const size = a.font.size;
  return a.box[2] + (SPACE_EM + FIT_SLACK_EM) * size + word.length * perChar < edge;
}
