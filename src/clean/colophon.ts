import type { Context } from '../model/context.js';
import type { Block, LaidOutPage, PageLayout } from '../model/document.js';
import { blockText } from '../model/text.js';
import { bodySize } from './body-size.js';

/** A telephone number: what a publisher's closing box gives and a list of references never does. */
const PHONE = /\(\d{3}\)\s?\d{3}[-–]\d{4}|\+\d{1,3}[\s-]\d[\d\s-]{6,}\d/;
/** Ways to reach a publisher: a telephone number, an e-mail address, a web address. */
const CONTACT = [PHONE, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/, /\bhttps?:\/\/\S+|\bwww\.[\w-]+\.\w+/i];
/** Blocks naming a way of contact, at least: one address in a closing note is not a colophon. */
const MIN_CONTACT_BLOCKS = 2;
/** Type this much smaller than the body (points) is small print. */
const SMALLER_PT = 0.5;
/** The body's prose: its type and at least this many words. */
const PROSE_WORDS = 8;
/** A note's marker: footnotes at the end are not this pass's to take. */
const NOTE_MARKER = /^[\d*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]/u;

const isSmall = (block: Block, size: number): boolean => block.lines.every((line) => line.font.size < size - SMALLER_PT);
const words = (block: Block): number => blockText(block).split(/\s+/).filter(Boolean).length;

/**
 * Marks a publisher's closing box as 'colophon': the small print after the article's last
 * paragraph on the last page ("About the office", how to reach it, staff, cover credits), when
 * two of its blocks or more give a telephone number, an e-mail or a web address, one of them a
 * telephone number. Notes and references after the text give web addresses at most.
 */
export function markColophon(doc: PageLayout, ctx: Context): PageLayout {
  const size = bodySize(doc);
  const last = doc.pages.at(-1);
  if (!last || size === 0) return doc;
  const trailing = trailingSmallPrint(last, size);
  const contacts = trailing.filter((b) => CONTACT.some((pattern) => pattern.test(blockText(b)))).length;
  if (contacts < MIN_CONTACT_BLOCKS || !trailing.some((b) => PHONE.test(blockText(b)))) return doc;
  const box = new Set(trailing.filter((b) => !NOTE_MARKER.test(blockText(b).trim())));
  ctx.note('clean/colophon', `closing box of ${box.size} block(s) on page ${last.page} left out of the body`);
  const blocks = last.blocks.map((b): Block => (box.has(b) ? { ...b, role: 'colophon' } : b));
  return { ...doc, pages: [...doc.pages.slice(0, -1), { ...last, blocks }] };
}

/** The body blocks after the page's last paragraph of prose in the body's type, when all are small print. */
function trailingSmallPrint(page: LaidOutPage, size: number): Block[] {
  const body = page.blocks.filter((b) => b.role === 'body');
  let start = body.length;
  while (start > 0 && isSmall(body[start - 1] as Block, size)) start--;
  const before = body[start - 1];
  if (before && words(before) < PROSE_WORDS) return [];
  return body.slice(start);
}
