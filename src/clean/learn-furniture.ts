import type { Block, PageLayout } from '../model/document.js';
import type { FurnitureLine, FurnitureTemplate } from '../model/furniture.js';
import { lineText } from '../model/text.js';
import { TOP_TOLERANCE_PT, templateKeyOf, topOf } from './learnt-furniture.js';
import { boundLines } from './merge-furniture.js';
import { bandOf } from './running-lines.js';
import { furnitureKey } from './text.js';

type FurnitureKind = FurnitureLine['kind'];

const LEARNT_KINDS: ReadonlySet<string> = new Set<FurnitureKind>(['running-header', 'running-footer', 'disclaimer']);

/**
 * The furniture a cleaned document showed by its own evidence, as a one-file template: the lines
 * of its running headers and footers that repeat on two pages or more, and, when there are any,
 * its disclaimer. Undefined when nothing repeated: a one-page piece's pattern guesses must not
 * teach other files.
 */
export function learnFurniture(doc: PageLayout): FurnitureTemplate | undefined {
  const template = templateKeyOf(doc);
  if (!template) return undefined;
  const seen: Sighting[] = [];
  for (const page of doc.pages) {
    for (const block of page.blocks) {
      if (!LEARNT_KINDS.has(block.role)) continue;
      for (const line of block.lines) record(seen, block, furnitureKey(lineText(line)), topOf(line.box, page), page.page);
    }
  }
  // a line is running when its text repeats on two pages, wherever it sits on each; every
  // position it was seen at is kept (some templates set page 1's header lower)
  const pagesOf = (s: Sighting) => new Set(seen.filter((o) => o.kind === s.kind && o.key === s.key).flatMap((o) => [...o.pages]));
  const repeated = seen.filter((s) => s.kind !== 'disclaimer').filter((s) => pagesOf(s).size >= 2);
  if (repeated.length === 0) return undefined;
  const disclaimer = seen.filter((s) => s.kind === 'disclaimer');
  // lines seen on more pages first, so a bounded list keeps the surest
  const ranked = [...repeated].sort((a, b) => b.pages.size - a.pages.size);
  const lines = [...ranked, ...disclaimer].map(({ kind, key, top }): FurnitureLine => ({ kind, key, top, files: 1 }));
  return { template, lines: boundLines(lines), files: 1 };
}

/** One line of furniture at one position, and the pages it was seen on. */
interface Sighting {
  readonly kind: FurnitureKind;
  readonly key: string;
  readonly top: number;
  readonly pages: Set<number>;
}

function record(seen: Sighting[], block: Block, key: string, top: number, pageNumber: number): void {
  if (key === '') return;
  const kind = block.role as FurnitureKind;
  let sighting = seen.find((s) => s.kind === kind && s.key === key && Math.abs(s.top - top) <= TOP_TOLERANCE_PT);
  if (!sighting) {
    sighting = { kind, key, top, pages: new Set() };
    seen.push(sighting);
  }
  sighting.pages.add(pageNumber);
}

/** Most band lines a document reports: a page's furniture is a handful of lines. */
const MAX_BAND_KEYS = 24;

/**
 * The keys of the lines still in the body in the top and bottom bands of a document's pages:
 * what a template learnt from other files could still take out. A batch redoes a file with a
 * template learnt later only when the template holds one of these.
 */
export function bandKeys(doc: PageLayout): string[] {
  const keys = new Set<string>();
  for (const page of doc.pages) {
    for (const block of page.blocks) {
      if (block.role !== 'body' || !bandOf(block, page)) continue;
      for (const line of block.lines) {
        const key = furnitureKey(lineText(line));
        if (key !== '' && keys.size < MAX_BAND_KEYS) keys.add(key);
      }
    }
  }
  return [...keys];
}
