import type { TextItem } from '../model/document.js';
import { englishWords } from '../model/english-words.js';

/** A drop cap is set at least this many times the size of the lines beside it. */
const MIN_SIZE_RATIO = 2;
/** Lines beside a drop cap start at most this far (in their font size) right of it. */
const MAX_GAP_EM = 2;
/** A body line counts as beside the drop cap when its baseline lies within the cap's height,
 *  or this far (in the line's font size) below the cap's baseline. */
const BELOW_BASELINE_EM = 0.3;
/** A drop cap spans at least this many lines of the text beside it. */
const MIN_LINES = 2;

/** One letter, with an opening or closing quote at most. */
const DROP_CAP = /^["'“‘«]?\p{L}["'”’»]?$/u;
/** Single letters that are words of their own. */
const ONE_LETTER_WORD = /^["'“‘«]?[AIOaio]["'”’»]?$/u;

/**
 * The items with each drop cap joined to the word it begins: a single letter (or letter and
 * quote) set much larger than the text beside it, whose height spans several of its lines and
 * which stands just left of them, is put at the start of the first of those lines ("T" +
 * "he study" → "The study"; shared/corpus/real/11-scientific-reports-article-arbortext.pdf p.1).
 */
export function joinDropCaps(items: readonly TextItem[]): TextItem[] {
  const out: (TextItem | undefined)[] = [...items];
  // only a letter far larger than the page's text is worth a look beside it
  const body = bodySize(items);
  items.forEach((cap, index) => {
    if (cap.vertical || cap.font.size < MIN_SIZE_RATIO * body || !DROP_CAP.test(cap.text.trim())) return;
    const beside = out.filter(
      (other): other is TextItem =>
        other !== undefined &&
        other !== cap &&
        !other.vertical &&
        other.font.size * MIN_SIZE_RATIO <= cap.font.size &&
        other.box[0] >= cap.box[2] - 0.5 &&
        other.box[0] - cap.box[2] <= MAX_GAP_EM * other.font.size &&
        other.baseline <= cap.box[3] &&
        other.baseline >= cap.baseline - BELOW_BASELINE_EM * other.font.size,
    );
    const baselines = new Set(beside.map((b) => Math.round(b.baseline)));
    if (baselines.size < MIN_LINES) return;
    const top = Math.max(...beside.map((b) => b.baseline));
    const firstLine = beside.filter((b) => b.baseline > top - BELOW_BASELINE_EM * b.font.size);
    const first = firstLine.reduce((a, b) => (b.box[0] < a.box[0] ? b : a));
    const at = out.indexOf(first);
    out[at] = { ...first, text: `${cap.text.trim()}${separator(cap.text.trim(), first.text)}${first.text}` };
    out[index] = undefined;
  });
  return out.filter((item): item is TextItem => item !== undefined);
}

/** The font size most of a page's characters are set in. */
function bodySize(items: readonly TextItem[]): number {
  const chars = new Map<number, number>();
  for (const item of items) chars.set(item.font.size, (chars.get(item.font.size) ?? 0) + item.text.length);
  let best = 0;
  let most = -1;
  for (const [size, count] of chars) {
    if (count > most) [best, most] = [size, count];
  }
  return best;
}

/** A space only after a cap that is a word of its own ("A" + "study"), unless the two make one
 *  word ("A" + "bout", "I" + "n"); every other cap begins the word beside it ("T" + "he",
 *  "T" + "HE", "M" + "ichael"). */
function separator(cap: string, next: string): string {
  const word = /^\p{L}+/u.exec(next)?.[0];
  if (!word || !ONE_LETTER_WORD.test(cap)) return '';
  return englishWords().has(`${cap}${word}`.replace(/\P{L}/gu, '').toLowerCase()) ? '' : ' ';
}
