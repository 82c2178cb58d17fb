import type { Context } from '../model/context.js';
import type { Block, LaidOutPage, PageLayout } from '../model/document.js';
import { blockText } from '../model/text.js';
import { bodyType, mainType } from './body-size.js';

/** Two blocks share a lane when their horizontal extents overlap by at least this share of the
 *  narrower one: a quote set out into the margin that only grazes the text column is no part of it. */
const LANE_OVERLAP = 0.5;
/** A sidebar lane is at most this share of the main lane's width: a second column of the article
 *  is as wide as the first (three columns, or two, are each 0.9-1.1 of one another). */
const MAX_SIDEBAR_WIDTH_SHARE = 0.6;
/** A sidebar holds at most this share of the page's body characters: the article text dominates. */
const MAX_SIDEBAR_CHAR_SHARE = 0.25;
/** The main lane holds at least this many characters: a page of a figure or a table with a few
 *  lines of text is left as it is. */
const MIN_MAIN_CHARS = 400;
/** A block wider than this share of the page spans the columns (a title, a wide table): it
 *  belongs to no lane, or it would join the text column to the sidebar beside it. */
const SPANNING_SHARE = 0.7;

interface Lane {
  x0: number;
  x1: number;
  readonly blocks: Block[];
  chars: number;
}

/**
 * Marks sidebars as 'sidebar': the body blocks of a page that stand in a narrow lane of their own
 * beside the article's text column (a left-hand column of subject areas and dates, an infobox
 * beside a web article, captions and pull quotes in a wide outer margin). Lanes are the page's
 * horizontal stretches of text; the one holding most characters is the article's. A sidebar is
 * set in a type of its own: a narrow lane in the body's type is the end of a column.
 */
export function markSidebars(doc: PageLayout, ctx: Context): PageLayout {
  const type = bodyType(doc);
  let count = 0;
  const pages = doc.pages.map((page): LaidOutPage => {
    const aside = sidebarBlocks(page, type);
    if (aside.size === 0) return page;
    count += aside.size;
    return { ...page, blocks: page.blocks.map((b) => (aside.has(b) ? { ...b, role: 'sidebar' } : b)) };
  });
  if (count === 0) return doc;
  ctx.note('clean/sidebar', `${count} block(s) beside the text column left out of the body`);
  return { ...doc, pages };
}

function sidebarBlocks(page: LaidOutPage, type: string): Set<Block> {
  const lanes = lanesOf(page.blocks.filter((b) => b.role === 'body' && b.box[2] - b.box[0] <= SPANNING_SHARE * page.width));
  const total = lanes.reduce((sum, lane) => sum + lane.chars, 0);
  const main = lanes.reduce<Lane | undefined>((best, lane) => (!best || lane.chars > best.chars ? lane : best), undefined);
  if (!main || main.chars < MIN_MAIN_CHARS) return new Set();
  const narrow = lanes.filter(
    (lane) =>
      lane !== main &&
      typicalWidth(lane) <= MAX_SIDEBAR_WIDTH_SHARE * typicalWidth(main) &&
      lane.chars <= MAX_SIDEBAR_CHAR_SHARE * total &&
      mainType(lane.blocks) !== type && // the end of a column of the article is in the body's type
      (lane.x1 <= main.x0 + overlapAllowance(lane, main) || lane.x0 >= main.x1 - overlapAllowance(lane, main)),
  );
  return new Set(narrow.flatMap((lane) => lane.blocks));
}

/** The width of a lane's blocks, weighted by their characters: a footnote or a table wider than
 *  the column does not widen it. */
function typicalWidth(lane: Lane): number {
  const sorted = [...lane.blocks].sort((a, b) => a.box[2] - a.box[0] - (b.box[2] - b.box[0]));
  let seen = 0;
  for (const block of sorted) {
    seen += blockText(block).length;
    if (seen >= lane.chars / 2) return block.box[2] - block.box[0];
  }
  return lane.x1 - lane.x0;
}

/** How far a sidebar lane may reach into the main lane and still stand beside it. */
const overlapAllowance = (lane: Lane, main: Lane): number => LANE_OVERLAP * Math.min(lane.x1 - lane.x0, main.x1 - main.x0);

/** Groups blocks into lanes: blocks whose horizontal extents overlap enough, transitively. */
function lanesOf(blocks: readonly Block[]): Lane[] {
  const lanes: Lane[] = [];
  const sorted = [...blocks].sort((a, b) => a.box[0] - b.box[0]);
  for (const block of sorted) {
    const chars = blockText(block).length;
    const lane = lanes.find((l) => overlaps(l, block.box[0], block.box[2]));
    if (lane) {
      lane.blocks.push(block);
      lane.x0 = Math.min(lane.x0, block.box[0]);
      lane.x1 = Math.max(lane.x1, block.box[2]);
      lane.chars += chars;
    } else {
      lanes.push({ x0: block.box[0], x1: block.box[2], blocks: [block], chars });
    }
  }
  return mergeLanes(lanes);
}

const overlaps = (lane: { x0: number; x1: number }, x0: number, x1: number): boolean =>
  Math.min(lane.x1, x1) - Math.max(lane.x0, x0) >= LANE_OVERLAP * Math.min(lane.x1 - lane.x0, x1 - x0);

/** Lanes that grew into each other while blocks were added become one. */
function mergeLanes(lanes: Lane[]): Lane[] {
  const out: Lane[] = [];
  for (const lane of lanes) {
    const into = out.find((o) => overlaps(o, lane.x0, lane.x1));
    if (!into) {
      out.push(lane);
      continue;
    }
    into.blocks.push(...lane.blocks);
    into.x0 = Math.min(into.x0, lane.x0);
    into.x1 = Math.max(into.x1, lane.x1);
    into.chars += lane.chars;
  }
  return out;
}
