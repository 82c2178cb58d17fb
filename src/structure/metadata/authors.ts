import { WRITTEN_BY, isPersonName, labelledByline, parseByline, splitNames, titleCaseName } from '../../model/bylines.js';
import type { Author, Block } from '../../model/document.js';
import { type Evidence, evidence } from '../../model/evidence.js';
import { lineText } from '../../model/text.js';
import { wholeDate } from '../../model/written-dates.js';
import { type MetadataInput, frontBlocks, furnitureBlocks, textOf } from './front.js';

/** Lines under a name that show it is an author's: an address, an institution, an e-mail. */
const AFFILIATION = /@|\b(?:universit|institut|college|school|department|laborator|cent(?:er|re)|faculty|hochschule|école)/i;
/** A block of at least this many words is running text. */
const TEXT_BLOCK_WORDS = 25;
/** An editor's credit in a journal's article record. */
const EDITED_BY = /^(?:edited|handling editor|academic editor|herausgegeben)\b/i;
/** A bio's label: "About the author", "Über den Autor", "À propos de l'auteur". */
const ABOUT_AUTHOR =
  /^(?:about\s+the\s+authors?|über\s+(?:den\s+autor|die\s+autorin|die\s+autoren)|à\s+propos\s+de\s+l['’]auteure?)\s*:?\s*/iu;
/** A bio's opening: the person's name, then what they are ("Jane Doe is a senior fellow …"). */
const BIO_OPENING = /^((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]+),?\s+(?:is|was|has|serves|works|teaches|ist|war|est|était)\b/u;
/** Blocks after the title searched for author lines (names, then perhaps "and" + names). */
const AUTHOR_LINE_BLOCKS = 2;
/** Short lines (a subtitle, a version and date) passed over before the names, and their length. */
const MAX_SKIPPED_LINES = 2;
const MAX_SKIPPED_WORDS = 15;

export interface FoundAuthors {
  readonly authors: Author[];
  readonly evidence: Evidence | null;
  /** Byline and author-line blocks: left out of the body. */
  readonly blocks: readonly Block[];
  /** A date printed on the byline, if any. */
  readonly bylineDate?: { readonly value: string; readonly page: number; readonly text: string };
}

const firstLine = (block: Block | undefined): string => (block?.lines[0] ? lineText(block.lines[0]).trim() : '');
/** The people a text names; an address or remark in brackets after a name is left out. */
const namesIn = (text: string): string[] =>
  splitNames(text.replace(/\s*[(<[][^)>\]]*[)>\]]/g, '').replace(/^(?:and|und|et|&)\s+/i, '')).filter(isPersonName);

/** Authors from printed evidence only: "Written by …" running headers, bylines in the front
 *  matter ("By …", "Reviewed by …", "Von …", "Par …", "NAME, DATE") and names set alone under
 *  the title. The document information's author only confirms a printed name. */
export function findAuthors(input: MetadataInput, titleBlocks: readonly Block[]): FoundAuthors {
  const seen = new Map<string, { name: string; sources: Set<string> }>();
  const keyOf = (name: string) =>
    name
      .toLowerCase()
      .replace(/[.\s-]+/g, ' ')
      .trim();
  const add = (names: readonly string[], source: string) => {
    for (const name of names) {
      const key = keyOf(name);
      const entry = seen.get(key);
      if (entry) entry.sources.add(source);
      else seen.set(key, { name, sources: new Set([source]) });
    }
  };
  let first: Evidence | null = null;
  const blocks: Block[] = [];
  const note = (names: string[], source: Evidence['source'], block: Block, text: string) => {
    if (names.length === 0) return;
    add(names, source === 'author-line' || source === 'running-header' || source === 'bio' ? source : 'byline');
    first ??= evidence(names.map(titleCaseName), source, block.page, text);
  };

  for (const block of input.blocks) {
    if (block.role !== 'running-header') continue;
    for (const line of block.lines) {
      const m = WRITTEN_BY.exec(lineText(line).trim());
      if (m?.[1]) note(namesIn(m[1]), 'running-header', block, lineText(line));
    }
  }

  const front = frontBlocks(input).filter((b) => !titleBlocks.includes(b));
  let bylineDate: FoundAuthors['bylineDate'];
  // beside "Edited by", "Reviewed by" credits a journal's referees, not the authors
  const refereed = front.some((b) => EDITED_BY.test(firstLine(b)));
  let ended = false;
  front.forEach((block, i) => {
    // once a byline is read, running text ends the front matter: a later byline (a newsletter's
    // next article) is someone else's
    ended ||= blocks.length > 0 && textOf(block).split(' ').length >= TEXT_BLOCK_WORDS;
    if (ended) return;
    const line = firstLine(block);
    const labelled = refereed && /^review/i.test(line) ? undefined : labelledByline(line);
    if (labelled && labelled.names === '' && block.lines.length === 1) {
      const next = front[i + 1];
      const names = namesIn(firstLine(next));
      if (next && names.length > 0) {
        note(names, 'byline', next, `${line} ${firstLine(next)}`);
        blocks.push(block, next);
      }
      return;
    }
    const dated = labelled ? undefined : parseByline(line);
    const names = labelled ? namesIn(labelled.names) : dated ? namesIn(dated.name) : [];
    if (names.length === 0 || block.lines.length > 2) return;
    note(names, 'byline', block, line);
    blocks.push(block);
    const date = dated?.date ?? (labelled ? wholeDate(labelled.rest) : undefined);
    if (date && !bylineDate) bylineDate = { value: date, page: block.page, text: line };
  });

  if (seen.size === 0) {
    const lines = authorLines(input, titleBlocks);
    for (const { block, names } of lines) note(names, 'author-line', block, firstLine(block));
    blocks.push(...lines.map((l) => l.block));
  }
  const bio = bioName(input);
  if (bio && (seen.size === 0 || seen.has(keyOf(bio.name)))) note([bio.name], 'bio', bio.block, bio.text);

  const info = input.info.author ? namesIn(input.info.author.replace(/\s*,\s*and\s*,?\s*/gi, ', ')) : [];
  for (const name of info) if (seen.has(keyOf(name))) add([name], 'pdf-info');

  const authors = [...seen.values()].map((e) => ({ name: titleCaseName(e.name), sources: [...e.sources].sort() }));
  return { authors, evidence: first, blocks, ...(bylineDate ? { bylineDate } : {}) };
}

/** The person a bio under an "About the author" label opens with. */
function bioName(input: MetadataInput): { name: string; block: Block; text: string } | undefined {
  const body = input.blocks.filter((b) => b.role === 'body');
  for (const [i, block] of body.entries()) {
    const label = ABOUT_AUTHOR.exec(textOf(block));
    if (!label) continue;
    const own = textOf(block).slice(label[0].length);
    const holder = own === '' ? body[i + 1] : block;
    const text = own === '' ? (holder ? textOf(holder) : '') : own;
    const m = BIO_OPENING.exec(text);
    if (holder && m?.[1] && isPersonName(m[1])) return { name: m[1], block: holder, text: text.slice(0, 120) };
  }
  return undefined;
}

/** Names set on their own right under the title ("S.-T. Wang¹, C. Shen & L.-M. Duan"; "Deri
 *  James" / "and Peter Schaffter"). Taken only with a second sign that they are the authors:
 *  affiliation markers or lines, more than one name, or the document information naming them. */
function authorLines(input: MetadataInput, titleBlocks: readonly Block[]): { block: Block; names: string[] }[] {
  const last = titleBlocks.at(-1);
  if (last?.page !== 1) return [];
  const page1 = input.blocks.filter((b) => b.page === 1 && b.role === 'body');
  const start = page1.indexOf(last) + 1;
  if (start === 0) return [];
  // a second sign: the document information, a running head or a bio's opening names the person
  const heads = furnitureBlocks(input).map(textOf);
  const bios = input.blocks.filter((b) => b.role === 'body' && b.page > 1).map((b) => BIO_OPENING.exec(textOf(b))?.[1] ?? '');
  const seenElsewhere = [input.info.author ?? '', ...heads, ...bios].join(' | ').toLowerCase();
  const found: { block: Block; names: string[] }[] = [];
  let skipped = 0;
  for (const block of page1.slice(start, start + AUTHOR_LINE_BLOCKS + MAX_SKIPPED_LINES)) {
    const lines = block.lines.map((l) => lineText(l).trim());
    const nameLines = lines.map(namesIn);
    const isJoin = (l: string) => /^(?:and|und|et|&)$/i.test(l);
    const whole = lines.every((l, i) => (nameLines[i]?.length ?? 0) > 0 || AFFILIATION.test(l) || isJoin(l));
    const names = nameLines.flat();
    const words = textOf(block).split(' ').length;
    if (names.length === 0 || !whole || words > 30) {
      // a subtitle or a version line may stand between the title and the names
      if (found.length > 0 || skipped >= MAX_SKIPPED_LINES || block.lines.length > 2 || words > MAX_SKIPPED_WORDS) break;
      skipped++;
      continue;
    }
    const text = lines.join(' ');
    const marked = /[¹²³⁰-⁹*∗†‡]|\p{L}\d/u.test(text) || lines.some((l) => AFFILIATION.test(l));
    const confirmed = names.some((n) => seenElsewhere.includes(n.toLowerCase()));
    if (!marked && !confirmed && names.length < 2 && found.length === 0 && !/^(?:and|und|et|&)\b/i.test(text)) break;
    found.push({ block, names });
    if (found.length >= AUTHOR_LINE_BLOCKS) break;
  }
  return found;
}
