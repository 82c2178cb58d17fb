import type { ArticleBlock, Block, Line, Note, NoteRef, Span } from '../model/document.js';
import { CITATION_LIST, TEXT_MARKER, isLoneMarker, isTypedRule, normaliseMarker, noteStart, printedMarker } from '../model/note-markers.js';
import { unionBoxes } from '../model/geometry.js';
import { blockText, lineText } from '../model/text.js';
import { sourceBoxes } from './blocks.js';
import type { DocumentWords } from './hyphenation.js';
import { type ParagraphPiece, toArticleBlock } from './paragraphs.js';

/** A heading over a document's endnotes. */
const NOTES_HEADING = /^(?:foot|end)?notes?\s*:?$/iu;

/** A note as gathered, before its markers in the text are linked; `value` is its marker as a
 *  plain value, as the markers in the text are compared ('*' for either asterisk). */
export type NoteText = Omit<Note, 'refs'> & { readonly endnote: boolean; readonly value: string };

/**
 * Gathers notes from blocks marked 'footnote' (page bottoms) or from an endnote section, in
 * reading order: a block starting with a marker, or a lone marker and the block beside it, opens
 * a note; a block without one continues the note before it (a later paragraph, or the part
 * carried over to the next page; one with no note before it is a note of its own, with no
 * marker). Line-end hyphens are undone as in paragraphs. `labels` holds
 * the labels taken so far, shared by every call for one document.
 */
export function collectNotes(blocks: readonly Block[], words: DocumentWords, labels: Set<string> = new Set(), endnote = false): NoteText[] {
  const groups: { marker: string; printed: string; blocks: Block[]; skip: number }[] = [];
  let pending: { marker: string; printed: string } | undefined;
  for (const whole of blocks) {
    for (const block of splitAtNoteStarts(whole, groups.at(-1)?.marker)) {
      const text = blockText(block);
      if (isTypedRule(text)) continue;
      if (isLoneMarker(text)) {
        pending = { marker: normaliseMarker(text), printed: printedMarker(text) };
        continue;
      }
      const start = pending === undefined ? noteStart(text) : undefined;
      const opened = pending ?? start;
      pending = undefined;
      const current = groups.at(-1);
      if (opened || !current) {
        groups.push({ marker: opened?.marker ?? '', printed: opened?.printed ?? '', blocks: [block], skip: start?.length ?? 0 });
      } else current.blocks.push(block);
    }
  }
  return groups.map((group) => {
    const joined = toArticleBlock({ kind: 'paragraph', blocks: group.blocks }, 'note', words);
    const spans = dropPrefix(joined.spans, group.skip);
    const label = uniqueLabel(group.printed || 'note', joined.pages[0] ?? 1, labels);
    return {
      id: label,
      marker: group.printed,
      value: group.marker,
      text: spans
        .map((s) => s.text)
        .join('')
        .trim(),
      spans,
      pages: joined.pages,
      boxes: sourceBoxes(group.blocks),
      endnote,
    };
  });
}

/**
 * Takes an endnote section out of the body: a "Notes", "Endnotes" or "Footnotes" heading whose
 * first paragraph starts with a note marker, and the paragraphs under it up to the next heading.
 * When the notes under the heading were already taken as footnotes (`footnotesTaken`: set in
 * small type, they left the body before), the heading left with nothing under it goes too.
 * Returns the pieces left and the notes found.
 */
export function takeEndnotes(
  pieces: readonly ParagraphPiece[],
  words: DocumentWords,
  labels: Set<string> = new Set(),
  footnotesTaken = false,
): { pieces: ParagraphPiece[]; notes: NoteText[] } {
  const at = pieces.findIndex((p) => p.kind === 'heading' && NOTES_HEADING.test(pieceText(p)));
  const first = pieces[at + 1];
  if (at >= 0 && footnotesTaken && first?.kind !== 'paragraph') return { pieces: pieces.filter((_, i) => i !== at), notes: [] };
  if (at < 0 || !first || first.kind !== 'paragraph' || !noteStart(pieceText(first))) return { pieces: [...pieces], notes: [] };
  let end = at + 1;
  while (end < pieces.length && pieces[end]?.kind === 'paragraph') end++;
  const blocks = pieces.slice(at + 1, end).flatMap((p) => p.blocks);
  return { pieces: [...pieces.slice(0, at), ...pieces.slice(end)], notes: collectNotes(blocks, words, labels, true) };
}

/**
 * Links the markers in the paragraphs to the notes: a footnote answers the marker on its own
 * page (or on the page before, when the note did not fit under its marker); an endnote answers
 * its marker anywhere. A numbered note that no marker of its page answers (notes gathered on a
 * last page in small type) takes the first free marker of its number before it. A marker without
 * a note (a reference-list number) stays text, and so do all raised numbers of a text that cites
 * a bibliography by raised ranges or lists.
 */
export function linkNotes(notes: readonly NoteText[], blocks: readonly ArticleBlock[]): Note[] {
  const citesByNumber = blocks.some((b) => CITATION_LIST.test(b.text));
  const markers = markersIn(blocks).filter((m) => !(citesByNumber && /^\d/.test(m.value)));
  const refs = new Map<NoteText, NoteRef[]>(notes.map((n) => [n, []]));
  const taken = new Set<TextMarker>();
  for (const marker of markers) {
    const note = notes.find((n) => n.value === marker.value && (n.endnote || n.pages[0] === marker.page || n.pages[0] === marker.page + 1));
    if (!note) continue;
    refs.get(note)?.push(marker.ref);
    taken.add(marker);
  }
  for (const note of notes) {
    if ((refs.get(note)?.length ?? 0) > 0 || !/^\d+$/.test(note.value)) continue;
    const free = markers.find((m) => !taken.has(m) && m.value === note.value && m.page <= (note.pages[0] ?? 0));
    if (!free) continue;
    refs.get(note)?.push(free.ref);
    taken.add(free);
  }
  return notes.map((found) => {
    const { endnote: _, value: __, ...note } = found;
    return { ...note, refs: refs.get(found) ?? [] };
  });
}

interface TextMarker {
  readonly value: string;
  readonly page: number;
  readonly ref: NoteRef;
}

/** Every marker in the paragraphs, in reading order, with its page. */
function markersIn(blocks: readonly ArticleBlock[]): TextMarker[] {
  const out: TextMarker[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const pageAt = pageLocator(block.spans);
    for (const match of block.text.matchAll(TEXT_MARKER)) {
      const ref = { paragraph: block.id, start: match.index, end: match.index + match[0].length };
      out.push({ value: normaliseMarker(match[0]), page: pageAt(match.index), ref });
    }
  }
  return out;
}

/** A block cut where a line opens a new note: notes set one under another often make one block.
 *  A line opening with a plain number opens a note only when it is the next number
 *  ("10 seconds." inside note 13 does not). */
function splitAtNoteStarts(block: Block, previousMarker: string | undefined): Block[] {
  const parts: Line[][] = [];
  let last = previousMarker;
  block.lines.forEach((line, index) => {
    const text = lineText(line);
    const start = noteStart(text);
    const opens =
      index > 0 && start !== undefined && (!/^\s*\d/.test(text) || (last !== undefined && Number(start.marker) === Number(last) + 1));
    if (start && (index === 0 || opens)) last = start.marker;
    if (index === 0 || opens) parts.push([line]);
    else parts.at(-1)?.push(line);
  });
  return parts.length <= 1 ? [block] : parts.map((lines) => ({ ...block, lines, box: unionBoxes(lines.map((l) => l.box)) }));
}

const pieceText = (piece: ParagraphPiece): string => piece.blocks.map(blockText).join(' ').trim();

/** The page a character offset of a paragraph's text stands on, from its spans' provenance. */
function pageLocator(spans: readonly Span[]): (offset: number) => number {
  const ends: { end: number; page: number }[] = [];
  let end = 0;
  let page = spans.find((s) => s.prov[0])?.prov[0]?.page ?? 1;
  for (const span of spans) {
    end += span.text.length;
    page = span.prov[0]?.page ?? page;
    ends.push({ end, page });
  }
  return (offset) => ends.find((e) => e.end > offset)?.page ?? page;
}

/** The spans without their first `count` characters (the note's own marker). */
function dropPrefix(spans: readonly Span[], count: number): Span[] {
  let cut = count;
  const out: Span[] = [];
  for (const span of spans) {
    if (cut <= 0) {
      out.push(span);
      continue;
    }
    const take = Math.min(cut, span.text.length);
    cut -= take;
    if (span.text.length > take) out.push({ ...span, text: span.text.slice(take).trimStart() });
  }
  return out;
}

/** The label, or the label with its page when a note of another page already took it. */
function uniqueLabel(label: string, page: number, used: Set<string>): string {
  let id = used.has(label) ? `${label}-p${page}` : label;
  for (let n = 2; used.has(id); n++) id = `${label}-p${page}-${n}`;
  used.add(id);
  return id;
}
