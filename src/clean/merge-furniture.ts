import type { FurnitureLine, FurnitureTemplate, TemplateKey } from '../model/furniture.js';
import { TOP_TOLERANCE_PT } from './learnt-furniture.js';

/** Templates kept across a batch. A batch of one publisher's exports has one or two (a
 *  producer update, a second paper size); 32 leaves room for a mixed folder of many sources
 *  while keeping the list that travels to every conversion small. */
const MAX_TEMPLATES = 32;
/** Lines kept per template. A template's own furniture is a handful (header, footer, a
 *  disclaimer of up to six lines); the rest are each article's running title and author,
 *  which no other file shares and which fall out first. */
const MAX_LINES_PER_TEMPLATE = 24;

/**
 * The known templates with one file's learnt furniture added: the same template's lines are
 * united (a line shown by several files is one entry, its files summed) and its files summed;
 * a new template is added. Bounded, most files first; on a tie the newer evidence wins, so a
 * template or line first seen late in a batch can still build up evidence.
 */
export function mergeFurniture(known: readonly FurnitureTemplate[], learnt: FurnitureTemplate): FurnitureTemplate[] {
  const same = known.find((t) => isSameTemplate(t.template, learnt.template));
  const merged: FurnitureTemplate = same
    ? { template: same.template, lines: uniteLines(same.lines, learnt.lines), files: same.files + learnt.files }
    : { ...learnt, lines: boundLines(learnt.lines) };
  const rest = known.filter((t) => t !== same);
  return byFilesFirst([merged, ...rest]).slice(0, MAX_TEMPLATES);
}

/** At most MAX_LINES_PER_TEMPLATE lines, those shown by most files first (stable on ties). */
export const boundLines = (lines: readonly FurnitureLine[]): FurnitureLine[] => byFilesFirst(lines).slice(0, MAX_LINES_PER_TEMPLATE);

const isSameTemplate = (a: TemplateKey, b: TemplateKey): boolean =>
  a.producer === b.producer && a.width === b.width && a.height === b.height;

const isSameLine = (a: FurnitureLine, b: FurnitureLine): boolean =>
  a.kind === b.kind && a.key === b.key && Math.abs(a.top - b.top) <= TOP_TOLERANCE_PT;

function uniteLines(known: readonly FurnitureLine[], learnt: readonly FurnitureLine[]): FurnitureLine[] {
  const remaining = [...known];
  const fresh: FurnitureLine[] = [];
  for (const line of learnt) {
    // one file showing a line at two nearby heights is still one file
    if (fresh.some((f) => isSameLine(f, line))) continue;
    const index = remaining.findIndex((k) => isSameLine(k, line));
    const match = remaining[index];
    if (match) remaining.splice(index, 1);
    fresh.push(match ? { ...match, files: match.files + line.files } : line);
  }
  return boundLines([...fresh, ...remaining]);
}

const byFilesFirst = <T extends { readonly files: number }>(items: readonly T[]): T[] => [...items].sort((a, b) => b.files - a.files);
