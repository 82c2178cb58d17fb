import type { EntityType } from '../model/enriched.js';
import { CLASS_NOUNS } from './entity-lexicon.js';
import type { Typing } from './entity-type.js';
import type { Candidate } from './name-refine.js';

/** A candidate of one block with its typing, before variants are merged. */
export interface Typed {
  readonly candidate: Candidate;
  readonly typing: Typing;
}

/** What may stand between two items of one list: "A, B and C", "A or B", "Allentown, Pennsylvania". */
const LIST_GAP = /^\s*(?:,|,?\s+(?:and|or))\s*$/;
/** "companies such as", "countries like", "regions including": a class noun introducing a list. */
const CLASS_INTRO = /\b(\p{L}+)\s+(?:such\s+as|like|including|as\s+diverse\s+as)\s+(?:the\s+)?$/u;

function listsOf(items: readonly Typed[], text: string): Typed[][] {
  const lists: Typed[][] = [];
  for (const item of items) {
    const current = lists[lists.length - 1];
    const previous = current?.[current.length - 1];
    if (current && previous && LIST_GAP.test(text.slice(previous.candidate.end, item.candidate.start))) current.push(item);
    else lists.push([item]);
  }
  return lists;
}

function majority(types: readonly EntityType[]): EntityType | null {
  const counts = new Map<EntityType, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best: EntityType | null = null;
  for (const [t, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = t;
  return best;
}

/**
 * Re-types names typed by default from their list: a class noun before it ("companies such as
 * Huawei, BYD") or the sure types of the other items ("Jiangsu and Guangdong", "Tampa, Florida").
 */
export function typeFromContext(items: readonly Typed[], text: string): Typed[] {
  return listsOf(items, text).flatMap((list) => {
    const first = list[0] as Typed;
    const classNoun = CLASS_INTRO.exec(text.slice(Math.max(0, first.candidate.start - 60), first.candidate.start))?.[1];
    const classType = classNoun ? CLASS_NOUNS.get(classNoun.toLowerCase()) : undefined;
    const sure = majority(list.filter((t) => !t.typing.isDefault).map((t) => t.typing.type));
    return list.map((item) => {
      const weak = item.typing.isDefault || item.typing.rule === 'acronym';
      if (classType && weak) return { ...item, typing: { type: classType, rule: 'class-noun', isDefault: false } };
      if (sure && item.typing.isDefault && list.length > 1) {
        return { ...item, typing: { type: sure, rule: 'list', isDefault: false } };
      }
      return item;
    });
  });
}
