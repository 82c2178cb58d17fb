import type { Block, FontInfo } from '../model/document.js';
import { blockText } from '../model/text.js';
import { sameFont } from './blocks.js';
import { alignedWithText, endsFullWidth, glued, hasCellGap, measureTextEdges, type TextEdges } from './heading-layout.js';
import { SENTENCE_END, groupCandidates, inRun } from './heading-groups.js';
import { headingTextFault } from './heading-text.js';
import { isRunningText, isSmallText, textFaces } from './heading-type.js';

/**
 * Finds the section headings among the body blocks: short lines set apart by their type that
 * open a stretch of running text. A heading wrapped over two blocks is one heading; lines in
 * another face inside a paragraph, labels and table rows, figure and sidebar text, a line of the
 * byline and the lines above the first running text (masthead, title, labels) are not.
 */

/** How many heading candidates may stand between a heading and its text ("4." then "4.1."). */
const MAX_CHAIN = 3;
/** Blocks of a table, figure or notes that may stand between a heading and its text on its page. */
const MAX_SKIPPED = 25;
/** Type this many times the body size is display type: a title or a deck. */
/** Sizes this close (points) are one size: the title's type is its face at its size. */
const TITLE_SIZE_TOLERANCE_PT = 0.5;
const DISPLAY_SHARE = 1.5;

export interface HeadingContext {
  readonly body: FontInfo | undefined;
  /** The article's author names: a line holding nothing else is a byline, not a heading. */
  readonly authorNames: readonly string[];
  /** Whether the article's title was found; when not, the document's first line is its title. */
  readonly titleFound: boolean;
  /** The title: repeated over the text (a cover, then page 1), it is no section heading. */
  readonly title: string | null;
  /** The type of the title's first line: a line in it right over the text ends the title. */
  readonly titleFont?: FontInfo;
}

/** Each heading block mapped to all blocks of its heading (in order; most hold one). */
export type Headings = ReadonlyMap<Block, readonly Block[]>;

/** The headings among `blocks` (body text in reading order, front matter left out). */
export function findHeadings(blocks: readonly Block[], ctx: HeadingContext): Headings {
  const { body } = ctx;
  if (!body) return new Map();
  const faces = textFaces(blocks, body);
  const running = blocks.map((b) => isRunningText(b, body, faces));
  const edges = measureTextEdges(blocks.filter((_, i) => running[i]));
  const allEdges = measureTextEdges(blocks.filter((b, i) => running[i] || isSmallText(b, body)));
  const groups = groupCandidates(blocks, body, faces);
  const faults = new Map([...groups].map(([i, group]) => [i, headingTextFault(group.map(blockText).join(' '))]));
  const grouped = new Set([...groups].flatMap(([i, group]) => group.map((_, k) => i + k)));
  const scene: Scene = { running, edges, allEdges, groups, grouped, faults, body, ctx };
  const accepted: Block[][] = [];
  let lead: Block[] | undefined; // the heading over the first text
  let front: Block[][] | undefined = [];
  for (let i = 0; i < blocks.length; i++) {
    const group = groups.get(i);
    if (!group) {
      if (running[i] && front && isSubstantial(blocks[i] as Block)) {
        lead = front.at(-1); // above the first text, only the line right over it heads it
        front = undefined;
      } else if (front) {
        front = []; // a byline, a dateline or a deck between: what stood above heads nothing
      }
      continue;
    }
    const end = i + group.length;
    const keep = !(i === 0 && !ctx.titleFound) && isHeading(blocks, i, end, group, scene);
    if (keep) (front ?? accepted).push(group);
    i = end - 1;
  }
  if (front) accepted.push(...front); // no paragraph anywhere: no front matter to tell apart
  // a lead set larger than every section heading is the title (or a deck in display type) when
  // no title was found, or when it is set half as large again as the text
  const sizeOf = (group: readonly Block[]): number => group[0]?.lines[0]?.font.size ?? 0;
  const display = lead !== undefined && sizeOf(lead) > Math.max(0, ...accepted.map(sizeOf)) + 0.5;
  const leadFont = lead?.[0]?.lines[0]?.font;
  // the title's type is its face at its size: a section heading may share the face, set smaller
  const titleType =
    ctx.titleFont !== undefined &&
    leadFont?.name === ctx.titleFont.name &&
    Math.abs(leadFont.size - ctx.titleFont.size) < TITLE_SIZE_TOLERANCE_PT;
  if (lead && !titleType && !(display && (!ctx.titleFound || sizeOf(lead) >= DISPLAY_SHARE * body.size))) accepted.unshift(lead);
  const headings = new Map<Block, readonly Block[]>();
  for (const group of accepted) for (const block of group) headings.set(block, group);
  return headings;
}

interface Scene {
  readonly running: readonly boolean[];
  readonly edges: TextEdges;
  readonly allEdges: TextEdges;
  readonly groups: ReadonlyMap<number, readonly Block[]>;
  /** Indices of every block in a candidate group. */
  readonly grouped: ReadonlySet<number>;
  /** Why each candidate group's words rule it out, by the index of its first block. */
  readonly faults: ReadonlyMap<number, string | undefined>;
  readonly body: FontInfo;
  readonly ctx: HeadingContext;
}

/** True when a block is more than a label: two lines or a sentence's worth of words. */
const isSubstantial = (block: Block): boolean => block.lines.length > 1 || blockText(block).split(/\s+/).length >= 10;

/** True when the text below starts with a word of the heading: "pdfmom" under "6.2. pdfmom". */
function namesFirstWord(heading: string, next: string): boolean {
  const first = /^[\p{L}\p{N}_-]+/u.exec(next.trim())?.[0].toLowerCase();
  return (
    first !== undefined &&
    heading
      .toLowerCase()
      .split(/[^\p{L}\p{N}_-]+/u)
      .includes(first)
  );
}

/** Faults of a candidate that make it a line of text rather than a heading or a label. */
const TEXT_FAULTS: ReadonlySet<string> = new Set(['run-in', 'sentence', 'open end', 'bullet']);

/** True when block `j` is text the heading can open: running text, smaller text in the body face
 *  below it in its column, or a candidate that reads as text (a bold run-in head with its
 *  sentence, a bullet item) at about the body's size. */
function isText(j: number, blocks: readonly Block[], heading: Block, { running, groups, faults, body }: Scene): boolean {
  if (running[j]) return true;
  const block = blocks[j] as Block;
  // notes and back matter in a smaller size count only right under their heading
  if (block.page === heading.page && block.column === heading.column && isSmallText(block, body)) return true;
  const fault = faults.get(j);
  const size = groups.get(j)?.[0]?.lines[0]?.font.size ?? 0;
  return fault !== undefined && TEXT_FAULTS.has(fault) && Math.abs(size - body.size) <= 1.5;
}

/** True when the candidate group of blocks `start` to `end` (exclusive) is a section heading. */
function isHeading(blocks: readonly Block[], start: number, end: number, group: readonly Block[], scene: Scene): boolean {
  const { running, edges, allEdges, groups, faults, ctx } = scene;
  const text = group.map(blockText).join(' ').trim();
  if (faults.get(start) || isNameLine(text, ctx.authorNames) || sameWords(text, ctx.title)) return false;
  const first = group[0] as Block;
  const last = group.at(-1) as Block;
  if (group.some(hasCellGap)) return false;
  // lines in the same type close above or below are a list of labels or table rows
  const previous = scene.grouped.has(start - 1) ? blocks[start - 1] : undefined;
  if (inRun(previous, first) || inRun(last, groups.get(end)?.[0])) return false;
  const next = blocks[textBelow(blocks, end, last, scene) ?? -1];
  if (!next) return false;
  // at the text column's edge or centred on it, or where the text it opens starts (beside a picture)
  const em = first.lines[0]?.font.size ?? 10;
  if (!alignedWithText(first, edges, allEdges) && Math.abs(first.box[0] - next.box[0]) > em / 2) return false;
  // in the very type of its text, a heading stands on one line
  const font = first.lines[0]?.font;
  const textFont = next.lines[0]?.font;
  if (font && textFont && font.name === textFont.name && sameFont(font, textFont) && group.some((b) => b.lines.length > 1)) return false;
  const after = blocks[end];
  const before = blocks[start - 1];
  // a sentence running on from the text above past the line to the text below: no heading between
  const openBefore = before !== undefined && running[start - 1] === true && !SENTENCE_END.test(blockText(before).trim());
  if (/^\p{Ll}/u.test(blockText(next).trim()) && (openBefore || !namesFirstWord(text, blockText(next)))) return false;
  // one line at the text's size running to the column's edge and on at its pitch: a wrapped sentence
  const textSize = font !== undefined && Math.abs(font.size - scene.body.size) < 0.6;
  if (textSize && group.length === 1 && first.lines.length === 1 && endsFullWidth(last, edges) && glued(last, after, after)) return false;
  // a line in another face set at the text's pitch inside an unfinished sentence is part of it
  const textAfter = after !== undefined && running[end] === true;
  return !(openBefore && textAfter && glued(before, first, before) && glued(last, after, after));
}

/** The index of the text a heading ending before `end` opens: past the headings below it and
 *  the tables, figures and notes of its page; undefined when another heading or the page's end
 *  comes first. */
function textBelow(blocks: readonly Block[], end: number, last: Block, scene: Scene): number | undefined {
  const { groups, faults } = scene;
  let j = end;
  for (let hops = 0; groups.has(j) && !faults.get(j) && hops < MAX_CHAIN; hops++) j += groups.get(j)?.length ?? 1;
  for (let skipped = 0; j < blocks.length && !isText(j, blocks, last, scene); j++) {
    const block = blocks[j] as Block;
    if (block.page !== last.page || ++skipped > MAX_SKIPPED) return undefined;
    const group = groups.get(j);
    const row = group?.some(hasCellGap) || inRun(blocks[j - 1], block) || inRun(group?.at(-1), blocks[j + (group?.length ?? 1)]);
    if (group && !faults.get(j) && !row) return undefined; // another heading first
  }
  return j < blocks.length ? j : undefined;
}

const letters = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** True when two texts have the same letters and digits. */
const sameWords = (a: string, b: string | null): boolean => b !== null && letters(a) !== '' && letters(a) === letters(b);

const NAME_GLUE = /^(?:by|and|und|et|&|with)$/i;

/** True when the line holds author names and nothing else ("Deri James and Peter Schaffter"). */
function isNameLine(text: string, names: readonly string[]): boolean {
  if (names.length === 0) return false;
  const known = new Set(names.flatMap((n) => n.split(/[\s,]+/).map(letters)));
  const words = text
    .split(/[\s,]+/)
    .filter((w) => !NAME_GLUE.test(w))
    .map(letters)
    .filter((w) => w !== '');
  return words.length > 0 && words.every((w) => known.has(w));
}
