import type { Context } from '../model/context.js';
import type { Block, LaidOutPage, PageLayout, Role } from '../model/document.js';
import { editDistance, furnitureKey, mapBlocks } from './text.js';
import { blockText, lineText } from '../model/text.js';

/** Top and bottom share of the page where running headers and footers live; E-IR-style
 *  headers sit in the top 5 %, footers in the bottom 5 %; 12 % leaves room for larger margins. */
const BAND_SHARE = 0.12;
/** Share of pages whose band must hold the same line (digits masked) to call it running;
 *  on a two-page piece that means both pages. */
const REPEAT_SHARE = 0.6;
/** A band line this close (edits per character) to a running line is the same line with a
 *  typo: "Written by Farhad Gojayeve" next to "Written by Farhad Gojayev" is 1 edit in 26. */
const NEAR_DUPLICATE_RATE = 0.15;

/** Left and right share of the page where side-margin heads live (a section's name set
 *  across the outer margin, a column of line numbers): the text column starts further in. */
const SIDE_SHARE = 0.12;

type Band = 'top' | 'bottom' | 'left' | 'right';

/** Marks running headers and footers: lines repeated across pages in the top or bottom band
 *  or in a side margin,
 *  digits masked (page numbers), near-duplicates (typos) included; a line repeated on most
 *  even pages or most odd pages (alternating heads of facing pages) counts as well. */
export function markRunningLines(doc: PageLayout, ctx: Context): PageLayout {
  const pageCount = doc.pages.length;
  if (pageCount < 2) return doc;
  const running = {
    top: repeatedKeys(doc, 'top'),
    bottom: repeatedKeys(doc, 'bottom'),
    left: repeatedKeys(doc, 'left'),
    right: repeatedKeys(doc, 'right'),
  };
  return mapBlocks(doc, (block, page) => {
    if (block.role !== 'body') return block;
    const band = anyBandOf(block, page);
    if (!band) return block;
    const keys = running[band];
    // a running line set once more on a page in two lines (a logotype's words stacked) is it too
    const isRunning =
      block.lines.every((line) => matchesRunning(furnitureKey(lineText(line)), keys)) || keys.has(furnitureKey(blockText(block)));
    if (!isRunning) return block;
    const role: Role = band === 'bottom' ? 'running-footer' : 'running-header';
    ctx.note(
      `clean/${role}`,
      `${role} "${blockText(block)}"`,
      block.lines.flatMap((l) => l.spans.flatMap((s) => s.prov)),
    );
    return { ...block, role };
  });
}

/** Which band a block sits in, if any: wholly inside the top or bottom share of the page. */
export function bandOf(block: Block, page: LaidOutPage): 'top' | 'bottom' | undefined {
  if (block.box[1] >= page.height * (1 - BAND_SHARE)) return 'top';
  if (block.box[3] <= page.height * BAND_SHARE) return 'bottom';
  return undefined;
}

/** The top or bottom band a block sits in, or else the side margin: wholly inside the outer
 *  share of the page's width. */
export function anyBandOf(block: Block, page: LaidOutPage): Band | undefined {
  const band = bandOf(block, page);
  if (band) return band;
  if (block.box[2] <= page.width * SIDE_SHARE) return 'left';
  if (block.box[0] >= page.width * (1 - SIDE_SHARE)) return 'right';
  return undefined;
}

function repeatedKeys(doc: PageLayout, band: Band): Set<string> {
  // clusters of near-identical keys: a typo on one page still counts towards its line's pages
  const clusters: { keys: Set<string>; pages: Set<number> }[] = [];
  for (const page of doc.pages) {
    for (const block of page.blocks) {
      if (anyBandOf(block, page) !== band) continue;
      for (const line of block.lines) {
        const key = furnitureKey(lineText(line));
        if (key === '') continue;
        let cluster = clusters.find((c) => c.keys.has(key) || [...c.keys].some((k) => isNearDuplicate(k, key)));
        if (!cluster) {
          cluster = { keys: new Set(), pages: new Set() };
          clusters.push(cluster);
        }
        cluster.keys.add(key);
        cluster.pages.add(page.page);
      }
    }
  }
  const needed = Math.max(2, Math.ceil(REPEAT_SHARE * doc.pages.length));
  const parityNeeded = (parity: number) => Math.max(2, Math.ceil(REPEAT_SHARE * doc.pages.filter((p) => p.page % 2 === parity).length));
  // facing pages: the author's name on even pages, the short title on odd ones, each on half the pages
  const onOneSide = (pages: ReadonlySet<number>) =>
    [0, 1].some((parity) => [...pages].filter((p) => p % 2 === parity).length >= parityNeeded(parity));
  return new Set(clusters.filter((c) => c.pages.size >= needed || onOneSide(c.pages)).flatMap((c) => [...c.keys]));
}

/** True when two furniture keys are one line with a typo (NEAR_DUPLICATE_RATE). */
export function isNearDuplicate(a: string, b: string): boolean {
  const max = Math.floor(NEAR_DUPLICATE_RATE * Math.max(a.length, b.length));
  return max > 0 && editDistance(a, b, max) <= max;
}

function matchesRunning(key: string, running: ReadonlySet<string>): boolean {
  return running.has(key) || [...running].some((other) => isNearDuplicate(key, other));
}
