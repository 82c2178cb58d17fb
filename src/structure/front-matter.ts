import { parseByline } from '../model/bylines.js';
import type { Context } from '../model/context.js';
import type { Block, DocInfo, FontInfo, Line } from '../model/document.js';
import { unionBoxes } from '../model/geometry.js';
import { blockText, lineText } from '../model/text.js';

/** A title is set at least this much larger than the body text. */
const TITLE_SIZE_RATIO = 1.2;
/** Front matter (title, URL, byline) is looked for among the first blocks of page 1. */
const FRONT_MATTER_BLOCKS = 12;
/** The article's address on a line of its own: with or without its scheme ("www.…", or a bare
 *  host with a path: "e-ir.info/2025/…"). */
const URL_LINE = /^(?:(?:https?:)?\/\/|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+\/)\S+$/i;
/** PDF titles that name a file or a tool rather than the article. */
const JUNK_INFO_TITLE = /^(?:untitled|microsoft word|document\d*|.*\.(?:docx?|pdf|html?|indd|tex))|[/\\]/i;

export interface FrontMatter {
  readonly title: string | null;
  readonly titleBlock?: Block;
  readonly url: string | null;
  readonly urlBlock?: Block;
  readonly bylineBlock?: Block;
  readonly bylineName?: string;
  readonly bylineDate?: string;
}

/** Splits a byline off the lines it was set with in one block (a producer that prints the URL
 *  and the byline in one size and leading gives one block for both): the byline line becomes a
 *  block of its own, so both can be recognised. Other blocks pass unchanged. */
export function separateBylines(blocks: readonly Block[]): Block[] {
  const front = new Set(blocks.filter((b) => b.page === 1 && b.role === 'body').slice(0, FRONT_MATTER_BLOCKS));
  return blocks.flatMap((block) => {
    if (!front.has(block) || block.lines.length < 2) return [block];
    const isByline = block.lines.map((line) => parseByline(lineText(line)) !== undefined);
    if (!isByline.includes(true)) return [block];
    const parts: Line[][] = [];
    block.lines.forEach((line, i) => {
      const last = parts.at(-1);
      if (last && !isByline[i] && !isByline[i - 1]) last.push(line);
      else parts.push([line]);
    });
    return parts.map((lines, k) => ({ ...block, id: `${block.id}.${k}`, lines, box: unionBoxes(lines.map((l) => l.box)) }));
  });
}

/** Finds the title, the article URL and the byline among the first blocks of page 1. */
export function findFrontMatter(blocks: readonly Block[], body: FontInfo | undefined, info: DocInfo, ctx: Context): FrontMatter {
  const candidates = blocks.filter((b) => b.page === 1 && b.role === 'body').slice(0, FRONT_MATTER_BLOCKS);
  const titleBlock = pickTitle(candidates, body, info);
  const urlBlock = candidates.find((b) => b.lines.length <= 3 && URL_LINE.test(b.lines.map(lineText).join('')));
  const bylineBlock = candidates.find((b) => b !== titleBlock && b.lines.length === 1 && parseByline(blockText(b)) !== undefined);
  const byline = bylineBlock ? parseByline(blockText(bylineBlock)) : undefined;
  let title = titleBlock ? blockText(titleBlock).replace(/\s+/g, ' ').trim() : null;
  if (!title && info.title && !JUNK_INFO_TITLE.test(info.title)) {
    title = info.title;
    ctx.note('structure/title', 'title taken from the PDF document info: no larger-set line on page 1');
  }
  const url = urlBlock ? normaliseUrl(urlBlock.lines.map(lineText).join('')) : null;
  return {
    title,
    url,
    ...(titleBlock ? { titleBlock } : {}),
    ...(urlBlock ? { urlBlock } : {}),
    ...(bylineBlock ? { bylineBlock } : {}),
    ...(byline ? { bylineName: byline.name.replace(/^by\s+/i, '') } : {}),
    ...(byline?.date ? { bylineDate: byline.date } : {}),
  };
}

function pickTitle(candidates: readonly Block[], body: FontInfo | undefined, info: DocInfo): Block | undefined {
  const infoKey = info.title ? squash(info.title) : undefined;
  const byInfo = infoKey ? candidates.find((b) => squash(blockText(b)) === infoKey) : undefined;
  if (byInfo) return byInfo;
  const bodySize = body?.size ?? 0;
  const large = candidates.filter((b) => (b.lines[0]?.font.size ?? 0) >= bodySize * TITLE_SIZE_RATIO && b.lines.length <= 4);
  return large.sort((a, b) => (b.lines[0]?.font.size ?? 0) - (a.lines[0]?.font.size ?? 0))[0];
}

const squash = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** An address as printed → an absolute URL (https assumed where the scheme was left off). */
const normaliseUrl = (text: string): string => (/^https?:\/\//i.test(text) ? text : `https://${text.replace(/^:?\/\//, '')}`);
