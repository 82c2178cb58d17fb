import type { Context } from '../model/context.js';
import type { Block, LaidOutPage, PageLayout } from '../model/document.js';
import type { FurnitureLine, FurnitureTemplate, TemplateKey } from '../model/furniture.js';
import { blockText, lineText } from '../model/text.js';
import { isNearDuplicate } from './running-lines.js';
import { furnitureKey, mapBlocks } from './text.js';

/** How far a line may sit from where the template's files showed it, points. One exporter sets
 *  its furniture at fixed positions, so the same line on two pages or two files differs by
 *  rounding only (0 pt across the pages of every multi-page fixture); body text that happens to
 *  read like a header sits a line (9 pt and more) away. Also the distance within which two
 *  sightings of a line are one position, when learning and merging. */
export const TOP_TOLERANCE_PT = 3;
/** How far a page's size may be from the template's, points: the template stores whole points
 *  (A4 is 595.28 × 841.89), and the next common size (Letter, 612 × 792) is far beyond. */
const PAGE_SIZE_TOLERANCE_PT = 2;

type FurnitureKind = FurnitureLine['kind'];

/** The template a document is of: its producer ('' when it names none) and its first page's
 *  size rounded to whole points; undefined for a document without pages. */
export function templateKeyOf(doc: PageLayout): TemplateKey | undefined {
  const first = doc.pages[0];
  if (!first) return undefined;
  return { producer: doc.info.producer ?? '', width: Math.round(first.width), height: Math.round(first.height) };
}

/** Distance of a box's top from the top of its page, points, rounded as templates store it. */
export const topOf = (box: Block['box'], page: LaidOutPage): number => Math.round(page.height - box[3]);

/**
 * Marks the furniture of a learnt template (options.furniture) that this file could not reveal
 * itself: a body block whose every line is a line of the template (digits masked, near-duplicates
 * tolerated) at the template's position. The block records which files taught it.
 */
export function markLearntFurniture(doc: PageLayout, ctx: Context): PageLayout {
  const known = ctx.options.furniture;
  const key = templateKeyOf(doc);
  if (!known || known.length === 0 || !key) return doc;
  const template = templateFor(key, known);
  if (!template) return doc;
  return mapBlocks(doc, (block, page) => {
    if (block.role !== 'body' || !isOfSize(page, template.template)) return block;
    const matched = matchLines(block, page, template.lines);
    if (!matched) return block;
    const { kind, lines } = matched;
    const evidence = describeEvidence(Math.min(...lines.map((l) => l.files)), template.template);
    ctx.note(
      `clean/${kind}`,
      `learnt ${kind} "${blockText(block)}": ${evidence}`,
      block.lines.flatMap((l) => l.spans.flatMap((s) => s.prov)),
    );
    return { ...block, role: kind, evidence };
  });
}

/** The template with most files among those of this producer and page size. */
export function templateFor(key: TemplateKey, known: readonly FurnitureTemplate[]): FurnitureTemplate | undefined {
  const fitting = known.filter(
    (t) =>
      t.template.producer === key.producer &&
      Math.abs(t.template.width - key.width) <= PAGE_SIZE_TOLERANCE_PT &&
      Math.abs(t.template.height - key.height) <= PAGE_SIZE_TOLERANCE_PT,
  );
  return fitting.reduce<FurnitureTemplate | undefined>((best, t) => (best && best.files >= t.files ? best : t), undefined);
}

/** Every page is checked, not only the first: a later page of another size has other furniture. */
const isOfSize = (page: LaidOutPage, template: TemplateKey): boolean =>
  Math.abs(page.width - template.width) <= PAGE_SIZE_TOLERANCE_PT && Math.abs(page.height - template.height) <= PAGE_SIZE_TOLERANCE_PT;

/** The template lines of one kind that match every line of the block, if there is such a kind. */
function matchLines(
  block: Block,
  page: LaidOutPage,
  lines: readonly FurnitureLine[],
): { kind: FurnitureKind; lines: FurnitureLine[] } | undefined {
  const kinds = [...new Set(lines.map((l) => l.kind))];
  for (const kind of kinds) {
    const matched: FurnitureLine[] = [];
    for (const line of block.lines) {
      const key = furnitureKey(lineText(line));
      const top = topOf(line.box, page);
      const match = lines.find(
        (l) => l.kind === kind && Math.abs(l.top - top) <= TOP_TOLERANCE_PT && key !== '' && (l.key === key || isNearDuplicate(l.key, key)),
      );
      if (!match) break;
      matched.push(match);
    }
    if (matched.length === block.lines.length && matched.length > 0) return { kind, lines: matched };
  }
  return undefined;
}

function describeEvidence(files: number, template: TemplateKey): string {
  const producer = template.producer === '' ? 'no producer' : `producer "${template.producer}"`;
  return `learnt from ${files} other file${files === 1 ? '' : 's'} of this template (${producer}, ${template.width}×${template.height} pt)`;
}
