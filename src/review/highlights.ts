import type { OpcleanJson } from '../output/to-json.js';
import { esc } from './html.js';

/** A stretch of a paragraph to mark: an entity mention, a figure or a claim. */
interface Mark {
  readonly start: number;
  readonly end: number;
  /** CSS classes: `e e-person`, `f`, `c`. */
  readonly classes: string;
  /** Which item it is, for the inspector: `e3`, `f0`, `c12`. */
  readonly tag: string;
}

/** Every paragraph's marks, by paragraph id (the bio is `bio`). */
export function marksByParagraph(json: Partial<OpcleanJson>): Map<string, Mark[]> {
  const marks = new Map<string, Mark[]>();
  const add = (paragraph: string, mark: Mark): void => {
    const list = marks.get(paragraph);
    if (list) list.push(mark);
    else marks.set(paragraph, [mark]);
  };
  (json.entities ?? []).forEach((e, i) => {
    for (const m of e.mentions) add(m.paragraph, { start: m.start, end: m.end, classes: `e e-${e.type}`, tag: `e${i}` });
  });
  (json.figures ?? []).forEach((f, i) => {
    add(f.paragraph, { start: f.start, end: f.end, classes: 'f', tag: `f${i}` });
  });
  (json.claims ?? []).forEach((c, i) => {
    add(c.paragraph, { start: c.start, end: c.end, classes: 'c', tag: `c${i}` });
  });
  return marks;
}

/**
 * A paragraph's text as HTML with its marks: the text is cut at every mark's start and end, and
 * each piece covered by marks is one span carrying all their classes and tags, so that marks
 * may overlap (a figure inside a claim) without nesting tags across each other. Offsets are
 * UTF-16 indices into the text, as the JSON gives them; marks outside the text are clipped.
 */
export function markedText(text: string, marks: readonly Mark[] = []): string {
  if (marks.length === 0) return esc(text);
  const clip = (n: number): number => Math.max(0, Math.min(text.length, Math.trunc(n)));
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [clip(m.start), clip(m.end)])])].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    const piece = esc(text.slice(from, to));
    const covering = marks.filter((m) => clip(m.start) <= from && clip(m.end) >= to && m.end > m.start);
    if (covering.length === 0) {
      html += piece;
      continue;
    }
    const classes = [...new Set(covering.flatMap((m) => m.classes.split(' ')))].join(' ');
    html += `<span class="hl ${classes}" data-h="${covering.map((m) => m.tag).join(' ')}">${piece}</span>`;
  }
  return html;
}

/** The tags of the items marked in a paragraph, each once, for its `data-items`. */
export const tagsOf = (marks: readonly Mark[] = []): string => [...new Set(marks.map((m) => m.tag))].join(' ');
