import type { Context } from '../model/context.js';
import type { Block, PageLayout } from '../model/document.js';
import { blockText } from '../model/text.js';
import { bodySize } from './body-size.js';
import { bandOf } from './running-lines.js';
import { mapBlocks } from './text.js';

/** Phrases of copyright, licence and permission notices, in English, German and French. */
const PERMISSION_PHRASES: readonly RegExp[] = [
  /\bcreative commons\b/i,
  /\bgnu (?:general|lesser|free documentation|affero) (?:public )?licen[cs]e\b/i,
  /\b(?:is|are|be) (?:licen[cs]ed|distributed|published|released) under\b/i,
  /\ball rights reserved\b/i,
  /©|\(c\)\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4})/i,
  /\bopen access (?:publication|article)\b/i,
  /\bredistribute it\b|\bfree software\b/i,
  /\bpermission (?:is granted|to (?:reproduce|copy|reprint))\b/i,
  /\bhow to cite this article\b/i,
  /\blicen[cs]e,? (?:visit|see)\b|\bcreativecommons\.org\b/i,
  /\balle rechte vorbehalten\b|\btous droits r[ée]serv[ée]s\b/i,
];
/** A notice is a few sentences; a longer block is article text that discusses licences. */
const MAX_NOTICE_WORDS = 90;
/** Type at most this share of the body size is small print. */
const SMALL_PRINT_SHARE = 0.9;

const hits = (text: string): number => PERMISSION_PHRASES.filter((phrase) => phrase.test(text)).length;

/**
 * Marks copyright, licence and permission notices as 'permission': a short block naming a
 * licence or a copyright, set apart as a notice (in a page's top or bottom band, in small print)
 * or made of notice phrases only (two or more). Article text about licences is longer or set
 * in the body's type.
 */
export function markPermission(doc: PageLayout, ctx: Context): PageLayout {
  const size = bodySize(doc);
  return mapBlocks(doc, (block, page) => {
    if (block.role !== 'body') return block;
    const text = blockText(block);
    const count = hits(text);
    if (count === 0 || text.split(/\s+/).length > MAX_NOTICE_WORDS) return block;
    const setApart = bandOf(block, page) !== undefined || isSmallPrint(block, size);
    if (!setApart && count < 2) return block;
    ctx.note('clean/permission', `licence or copyright notice "${text.slice(0, 60)}"`);
    return { ...block, role: 'permission' };
  });
}

const isSmallPrint = (block: Block, size: number): boolean =>
  size > 0 && block.lines.every((line) => line.font.size <= SMALL_PRINT_SHARE * size);
