import type { TextItem } from '../model/document.js';

/** Spacing accents some producers draw as glyphs of their own over or under a letter, and the
 *  combining mark each stands for. The ASCII ones (^ ~ `) count only when overprinted, as all do. */
const COMBINING: Readonly<Record<string, string>> = {
  '\u0060': '\u0300', // grave
  '\u02CB': '\u0300',
  '\u00B4': '\u0301', // acute
  '\u02CA': '\u0301',
  '\u005E': '\u0302', // circumflex
  '\u02C6': '\u0302',
  '\u007E': '\u0303', // tilde
  '\u02DC': '\u0303',
  '\u00AF': '\u0304', // macron
  '\u02C9': '\u0304',
  '\u02D8': '\u0306', // breve
  '\u02D9': '\u0307', // dot above
  '\u00A8': '\u0308', // diaeresis
  '\u02DA': '\u030A', // ring
  '\u02DD': '\u030B', // double acute
  '\u02C7': '\u030C', // caron
  '\u00B8': '\u0327', // cedilla
  '\u02DB': '\u0328', // ogonek
};

/** Share of the accent's width that must lie over its letter: an accent drawn beside a letter
 *  (a circumflex in code, a tilde in maths) overlaps it by nothing, an overprinted one by most of
 *  its width (shared/corpus/real/06-federal-register-proposed-rule-itext.pdf p.5, "Agência",
 *  "Aviação": 60–95 %). */
const MIN_OVERLAP_SHARE = 0.4;
/** How far (in the letter's font size) the accent's baseline may sit from the letter's: an accent
 *  over a capital is often drawn raised. */
const MAX_BASELINE_SHIFT_EM = 0.6;
/** Items before and after an accent searched for its letter: the letter is drawn just before or
 *  just after it. */
const SEARCH_ITEMS = 3;

const LETTER = /\p{L}/u;

/**
 * The items with each spacing accent drawn over or under a letter of a neighbouring item put into
 * that letter ("Aviac" + "¸a" + "˜o" → "Aviaç" + "ã" + "o"). The accent is the first or last
 * character of its item (or the whole item), the letter the last or first of another item on the
 * same line within a few items of it, and the accent's box, estimated from its item's width per
 * character, lies mostly over the letter's; the accent may come before or after its letter in the
 * item stream. An accent inside an item's text has no position of its own and is left alone.
 */
export function composeDiacritics(items: readonly TextItem[]): TextItem[] {
  const out: (TextItem | undefined)[] = [...items];
  out.forEach((item, index) => {
    if (!item || item.vertical) return;
    for (const end of ['start', 'end'] as const) {
      const current = out[index];
      if (!current) return;
      const mark = end === 'start' ? current.text[0] : current.text.at(-1);
      const combining = mark === undefined ? undefined : COMBINING[mark];
      if (!combining) continue;
      const markBox = charBox(current, end);
      const base = findBase(out, index, markBox, current);
      if (!base) continue;
      const [baseIndex, baseEnd] = base;
      const letter = out[baseIndex] as TextItem;
      // the accented letter covers the accent too: the gaps to its neighbours stay as drawn
      const [b0, b1, b2, b3] = letter.box;
      const box = [Math.min(b0, markBox[0]), b1, Math.max(b2, markBox[1]), b3] as const;
      out[baseIndex] = { ...letter, text: compose(letter.text, baseEnd, combining), box };
      const rest = end === 'start' ? current.text.slice(1) : current.text.slice(0, -1);
      const [x0, y0, x1, y1] = current.box;
      out[index] =
        rest.trim() === ''
          ? undefined
          : { ...current, text: rest, box: end === 'start' ? [markBox[1], y0, x1, y1] : [x0, y0, markBox[0], y1] };
    }
  });
  return out.filter((item): item is TextItem => item !== undefined);
}

/** The x range of an item's first or last character, from the item's width per character. */
function charBox(item: TextItem, end: 'start' | 'end'): readonly [number, number] {
  const width = (item.box[2] - item.box[0]) / Math.max(item.text.length, 1);
  return end === 'start' ? [item.box[0], item.box[0] + width] : [item.box[2] - width, item.box[2]];
}

/** The item (and which end of it) whose edge letter the accent overprints, the best overlap first. */
function findBase(
  items: readonly (TextItem | undefined)[],
  index: number,
  [m0, m1]: readonly [number, number],
  markItem: TextItem,
): readonly [number, 'start' | 'end'] | undefined {
  const markWidth = m1 - m0;
  if (markWidth <= 0) return undefined;
  let best: readonly [number, 'start' | 'end'] | undefined;
  let bestShare = MIN_OVERLAP_SHARE;
  for (let i = Math.max(0, index - SEARCH_ITEMS); i <= Math.min(items.length - 1, index + SEARCH_ITEMS); i++) {
    const other = items[i];
    if (i === index || !other || other.vertical) continue;
    if (Math.abs(other.baseline - markItem.baseline) > MAX_BASELINE_SHIFT_EM * other.font.size) continue;
    for (const end of ['end', 'start'] as const) {
      const letter = end === 'end' ? other.text.at(-1) : other.text[0];
      if (letter === undefined || !LETTER.test(letter) || COMBINING[letter]) continue; // ˆ ˇ are letters (Lm) in Unicode
      const [b0, b1] = charBox(other, end);
      const share = (Math.min(m1, b1) - Math.max(m0, b0)) / markWidth;
      if (share > bestShare) {
        best = [i, end];
        bestShare = share;
      }
    }
  }
  return best;
}

/** The text with the combining mark put after its first or last letter, composed where Unicode
 *  has the accented letter. */
function compose(text: string, end: 'start' | 'end', combining: string): string {
  const letters = [...text];
  const at = end === 'start' ? 0 : letters.length - 1;
  letters[at] = `${letters[at]}${combining}`.normalize('NFC');
  return letters.join('');
}
