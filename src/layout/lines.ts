import { unionBoxes } from '../model/geometry.js';
import type { FontInfo, Line, Span, TextItem } from '../model/document.js';

/** Baselines closer than this share of the font size are one line: covers sub-point jitter and
 *  mixed fonts on a line, while the tightest leading seen (1.1 em) stays well apart. */
const SAME_BASELINE_EM = 0.35;
/** A gap wider than this share of the font size is a word space; kerning and tracking stay
 *  below 0.1 em, a word space is 0.2–0.35 em in the fonts of the dev corpus. */
const WORD_GAP_EM = 0.12;
/** A horizontal gap wider than this splits a line into two fragments: a column gutter (18 pt
 *  and up at 11 pt) or a tab stop. Justified word spaces stay under 1 em on the loosest lines
 *  seen; a fragment split inside one column is harmless (the next block keeps it on its line). */
const FRAGMENT_GAP_EM = 1.5;
/** Where the text size changes by more than SIZE_CHANGE_SHARE across a gap of more than
 *  SIZE_CHANGE_GAP_EM (of the larger size), the two sides are two fragments: a note column's line
 *  beside the body of the next column across a narrow gutter (7 on 9 pt, 1.4 em apart, in a
 *  three-column register). A word space stays under 0.6 em on justified lines, a script
 *  touches its word, and a bullet in another size before its hanging indent is no word. */
const SIZE_CHANGE_GAP_EM = 1;
const SIZE_CHANGE_SHARE = 0.15;

/** A superscript or subscript is set at most this share of its line's size (8.5 on 10 pt is
 *  the largest seen; footnote markers and ordinals run 55-70%). */
const SCRIPT_SIZE = 0.85;
/** How far a script's baseline sits from its line's, as shares of the line's size: superscripts
 *  are raised 0.2-0.45 em in the PDFs seen (ordinals, citation and footnote markers), subscripts
 *  lowered up to about 0.25 em. */
const SUPER_RISE_EM = 0.65;
const SUB_DROP_EM = 0.4;
/** A script touches the word it belongs to: its gap to an item of the line stays under this
 *  share of the line's size (a word space is 0.2-0.35 em). */
const SCRIPT_GAP_EM = 0.45;

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';
/** A script made only of digits with separators: a footnote or citation marker ("4", "1,2",
 *  "5–7"), an exponent, a chemical index. Written with Unicode script digits, so the text keeps
 *  it apart from the numbers of the prose (NFKC gives back the plain digits). */
const NUMERIC_SCRIPT = /^[\d,\u2013\u2212-]+$/u;

/** One page's text items → line fragments (split at wide gaps), top to bottom, left to right. */
export function buildLines(items: readonly TextItem[]): Line[] {
  const horizontal = items.filter((item) => !item.vertical);
  const sorted = [...horizontal].sort((a, b) => b.baseline - a.baseline || a.box[0] - b.box[0]);
  const rows: TextItem[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    const ref = row?.[0];
    if (row && ref && Math.abs(ref.baseline - item.baseline) <= SAME_BASELINE_EM * Math.min(ref.font.size, item.font.size)) {
      row.push(item);
    } else {
      rows.push([item]);
    }
  }
  const scripts = attachScripts(rows);
  const lines = rows.filter((row) => row.length > 0).flatMap((row) => splitRow(readingOrder(row)).map((part) => toLine(part, scripts)));
  // vertical writing (CJK) and rotated text: one line per item, kept in item order
  const others = items.filter((item) => item.vertical).map((item) => toLine([item]));
  return [...lines, ...others];
}

/** The size of most of a row's characters. */
function rowSize(row: readonly TextItem[]): number {
  return dominantFont(row).size;
}

/**
 * Moves superscripts and subscripts (smaller, raised or lowered items touching a word of the
 * line next to them: citation and footnote markers, ordinals, exponents) from the row of their
 * own baseline into their line's row, so they never make a line of their own. Returns how each
 * moved item is set.
 */
function attachScripts(rows: TextItem[][]): Map<TextItem, 'super' | 'sub'> {
  const scripts = new Map<TextItem, 'super' | 'sub'>();
  const sizes = rows.map(rowSize);
  rows.forEach((row, r) => {
    const moved = new Set<TextItem>();
    // only an item small beside a neighbouring row can be its script: most items stop here
    const largest = Math.max(sizes[r - 1] ?? 0, sizes[r + 1] ?? 0);
    for (const item of row) {
      if (item.font.size > SCRIPT_SIZE * largest) continue;
      // a script already on the baseline row of its word (x₃ set barely lower) stays with it
      if (hasHost(row, item)) continue;
      // rows run top to bottom: a superscript's line is below it, a subscript's above it; when
      // both touch it (an index above a vertical ellipsis), the word nearest its baseline wins
      let best: { line: TextItem[]; kind: 'super' | 'sub'; distance: number } | undefined;
      for (const [target, kind] of [
        [r + 1, 'super'],
        [r - 1, 'sub'],
      ] as const) {
        const line = rows[target];
        const size = sizes[target] ?? 0;
        if (!line || line.length === 0 || item.font.size > SCRIPT_SIZE * size) continue;
        const shift = item.baseline - (line[0] as TextItem).baseline;
        const inReach = kind === 'super' ? shift > 0 && shift <= SUPER_RISE_EM * size : shift < 0 && -shift <= SUB_DROP_EM * size;
        const hosts = inReach ? line.filter((word) => touches(word, item, SCRIPT_GAP_EM * size)) : [];
        if (hosts.length === 0) continue;
        const distance = Math.min(...hosts.map((word) => Math.abs(word.baseline - item.baseline)));
        if (!best || distance < best.distance) best = { line, kind, distance };
      }
      if (!best) continue;
      best.line.push(item);
      moved.add(item);
      scripts.set(item, best.kind);
    }
    if (moved.size > 0) rows[r] = row.filter((item) => !moved.has(item));
  });
  return scripts;
}

/** True when a larger item of the item's own row touches it: the word it is a script of. */
const hasHost = (row: readonly TextItem[], item: TextItem): boolean =>
  row.some(
    (word) => word !== item && item.font.size <= SCRIPT_SIZE * word.font.size && touches(word, item, SCRIPT_GAP_EM * word.font.size),
  );

/** The two items overlap horizontally or are at most `gap` apart. */
const touches = (a: TextItem, b: TextItem, gap: number): boolean => b.box[0] <= a.box[2] + gap && a.box[0] <= b.box[2] + gap;

/** A script's text as it goes into the line: markers and indices in Unicode script digits. */
function scriptText(text: string, kind: 'super' | 'sub' | undefined): string {
  if (!kind || !NUMERIC_SCRIPT.test(text.trim())) return text;
  const digits = kind === 'super' ? SUPERSCRIPT_DIGITS : SUBSCRIPT_DIGITS;
  return text.replace(/\d/g, (d) => digits[Number(d)] as string);
}

/** A row's items in reading order: left to right, or right to left when most of its text is
 *  in a right-to-left script (pdf.js gives Arabic one glyph or word per item). */
function readingOrder(row: readonly TextItem[]): TextItem[] {
  const rtlChars = row.reduce((n, item) => n + (item.rtl ? item.text.length : 0), 0);
  const allChars = row.reduce((n, item) => n + item.text.length, 0);
  const rtl = rtlChars * 2 > allChars;
  return [...row].sort((a, b) => (rtl ? b.box[2] - a.box[2] : a.box[0] - b.box[0]));
}

/** The horizontal gap between two items in reading order, whichever way the line runs. */
const gapBetween = (previous: TextItem, item: TextItem): number =>
  item.box[0] >= previous.box[0] ? item.box[0] - previous.box[2] : previous.box[0] - item.box[2];

/** Text with a word in it: a bullet or a dash set in another size before its text is no fragment. */
const isWordy = (text: string): boolean => /[\p{L}\p{N}]{2}/u.test(text);

function splitRow(row: readonly TextItem[]): TextItem[][] {
  const parts: TextItem[][] = [];
  let previous: TextItem | undefined;
  for (const item of row) {
    const gap = previous ? gapBetween(previous, item) : 0;
    const size = Math.max(item.font.size, previous?.font.size ?? 0);
    const sizeChange =
      previous !== undefined &&
      Math.abs(item.font.size - previous.font.size) > SIZE_CHANGE_SHARE * size &&
      isWordy(previous.text) &&
      isWordy(item.text);
    if (!previous || gap > FRAGMENT_GAP_EM * size || (sizeChange && gap > SIZE_CHANGE_GAP_EM * size)) parts.push([item]);
    else parts.at(-1)?.push(item);
    previous = item;
  }
  return parts;
}

function toLine(items: readonly TextItem[], scripts: ReadonlyMap<TextItem, 'super' | 'sub'> = new Map()): Line {
  const spans: Span[] = [];
  let previous: TextItem | undefined;
  for (const item of items) {
    let text = scriptText(item.text, scripts.get(item));
    if (previous) {
      const gap = gapBetween(previous, item);
      const last = spans.at(-1);
      const needsSpace =
        gap > WORD_GAP_EM * Math.min(item.font.size, previous.font.size) && !/\s$/.test(last?.text ?? '') && !/^\s/.test(text);
      if (needsSpace && last) spans[spans.length - 1] = { ...last, text: `${last.text} ` };
    }
    if (spans.length === 0) text = text.trimStart();
    spans.push({ text, prov: [{ page: item.page, box: item.box, item: item.item }] });
    previous = item;
  }
  const last = spans.at(-1);
  if (last) spans[spans.length - 1] = { ...last, text: last.text.trimEnd() };
  return { box: unionBoxes(items.map((i) => i.box)), font: dominantFont(items), spans };
}

/** The font carrying most characters of the items. */
function dominantFont(items: readonly { text: string; font: FontInfo }[]): FontInfo {
  const weight = new Map<FontInfo, number>();
  for (const item of items) weight.set(item.font, (weight.get(item.font) ?? 0) + item.text.length);
  let best: FontInfo | undefined;
  let bestWeight = -1;
  for (const [font, w] of weight) {
    if (w > bestWeight) {
      best = font;
      bestWeight = w;
    }
  }
  return best ?? { name: '', family: 'sans-serif', size: 10, bold: false, italic: false };
}
