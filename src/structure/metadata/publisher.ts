import type { Author, Block } from '../../model/document.js';
import { type Evidence, evidence } from '../../model/evidence.js';
import { isPersonName } from '../../model/bylines.js';
import { lineText } from '../../model/text.js';
import { firstDate } from '../../model/written-dates.js';
import { hostOf, publisherFromFooter, publisherOfHost } from '../publishers.js';
import { DATELINE, DATELINE_TAIL, type MetadataInput, frontBlocks, furnitureBlocks, isNearTop, squash, textOf } from './front.js';

/** Words that make a name an organisation's (English, German, French). */
const ORG_WORD =
  /\b(?:office|department|agency|administration|bureau|commission|ministry|institute|institution|council|authority|board|service|foundation|bank|fund|organi[sz]ation|association|society|academy|cent(?:er|re)|university|government|press|publishing|publications|group|company|co|inc|corp|corporation|ltd|llc|plc|gmbh|ag|sa|s\.a|limited|trust|network|news|times|post|journal|review|register|gazette|magazine|reports|letters|quarterly|bulletin|annals|proceedings|transactions|ministerium|amt|behörde|institut|stiftung|verlag|zeitung|ministère|direction|fondation|agence|observatoire)\b\.?/i;
/** An issuing body's name as printed in a running header: its kind of body last, or before
 *  "of …" ("U.S. Government Accountability Office", "Department of Transportation"). */
const ISSUER =
  /^(?:the\s+)?[\p{Lu}\d][\p{L}.&'’ -]*?\b(?:office|department|agency|administration|bureau|commission|ministry|institute|council|authority|board|foundation|bank|fund|organi[sz]ation|association|society|academy|cent(?:er|re)|university|government|ministerium|amt|behörde|stiftung|institut|ministère|agence|fondation)(?:\s+(?:of|for|on|für|de|du|des)\s+[\p{L} &'’-]+)?$/iu;
/** A journal's line counts above the title only in this top share of page 1. */
const MASTHEAD_SHARE = 0.15;
/** An imprint line counts in this bottom share of the cover page. */
const IMPRINT_SHARE = 0.2;
/** Furniture segments that show a journal's running line: volume, issue, ISSN, DOI, "5 : 8555". */
const JOURNAL_PART = /^(?:vol\.?|volume|no\.|issue|issn|doi\b|\d+\s*:\s*\d+|\d+\s*\(\d+\))/i;
/** A stock-exchange ticker after a company's name: "(NYSE: KR)", "(Nasdaq: META)". */
const TICKER = /\s*\((?:[A-Z][A-Za-z ]*:\s*)?[A-Z][A-Z.]{0,6}\)\s*/;
/** What a press release's first sentence says the company did. */
const RELEASE_VERB =
  /^(.{2,80}?)\s*(?:\([^)]{2,30}\)\s*)?(?:,[^,]{0,60},\s*)?today\s+(?:announced|reported|released|unveiled|published|said|launched|posted)\b/;
/** "© 2023 The Kroger Co. All rights reserved." → the holder, "The Kroger Co.". */
const COPYRIGHT_HOLDER =
  /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[,–-]\s*(?:19|20)\d{2})*)\s*,?\s*(?:by\s+)?(.{2,80}?)\s*(?:$|[|;]|(?<!\b(?:Co|Inc|Ltd|Corp|Bros|St|[A-Z]))\.\s|all rights|some rights|this |licen[cs]ed|alle rechte|tous droits)/i;

/** "Published by the Brookings Institution", "Herausgegeben von …", "Publié par …". */
const PUBLISHED_BY =
  /\b(?:[Pp]ublished|[Ii]ssued|[Pp]roduced)\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}&.'’-]*(?:\s+(?:of|for|and|&|on|the|\p{Lu}[\p{L}&.'’-]*))*)|\b(?:[Hh]erausgegeben|[Vv]eröffentlicht)\s+von\s+(?:der\s+|dem\s+|den\s+)?(\p{Lu}[\p{L}&.'’-]*(?:\s+(?:für|und|der|\p{Lu}[\p{L}&.'’-]*))*)|\b[Pp]ublié\s+par\s+(?:l['’]|la\s+|le\s+|les\s+)?(\p{Lu}[\p{L}&.'’-]*(?:\s+(?:de|du|des|et|pour|\p{Lu}[\p{L}&.'’-]*))*)/u;
/** Small words kept in lower case in an organisation's name. */
const SMALL = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', 'de', 'du', 'des', 'la', 'le', 'für', 'und', 'der']);

/** "U.S. GOVERNMENT ACCOUNTABILITY OFFICE" → "U.S. Government Accountability Office"; a name
 *  in mixed case stays as printed. */
export function orgCase(name: string): string {
  // an acronym alone ("GAO", "NASA") is how the body calls itself
  if (name !== name.toUpperCase() || /^\p{Lu}{2,6}$/u.test(name)) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.replace(/(^|[.'’-])(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase())))
    .join(' ');
}

/** True when a text reads as an organisation's name: a word of organisations, a few words,
 *  no address, quote or question. */
const isOrgName = (text: string): boolean =>
  ORG_WORD.test(text) && text.split(/\s+/).length <= 8 && /^(?:the\s+)?[\p{Lu}\d]/iu.test(text) && !/[:@?!"“”«»]|https?:|www\./i.test(text);

/** The publisher as printed: a journal's running line ("Federal Register / Vol. 85 …"), an
 *  issuing body's name as running header, the company a press release's first sentence names,
 *  a "Published by" imprint, a copyright holder that is no author, an organisation above an address on the cover, the
 *  "About X" boilerplate of a release, a known site's printed address. */
export function findPublisher(
  input: MetadataInput,
  title: string | null,
  authors: readonly Author[],
  urls: readonly string[],
): Evidence | null {
  const furniture = furnitureBlocks(input);
  const front = frontBlocks(input);
  const found = (name: string, source: Evidence['source'], block: Block, text = textOf(block)) =>
    evidence(orgCase(name.trim().replace(/[,;:]$/, '')), source, block.page, text);

  // a journal's line repeats as furniture; on a one-page piece it stands once above the title
  const mastheads = [...furniture, ...front.filter((b) => b.lines.length <= 2 && isNearTop(b, input, MASTHEAD_SHARE))];
  for (const block of mastheads) {
    for (const line of block.lines.map(lineText)) {
      const parts = line.split(/\s+[|/•·]\s+/);
      const [head = '', ...rest] = parts;
      const isName = /^\p{L}[\p{L} .&'’-]{2,60}$/u.test(head.trim()) && (!isPersonName(head.trim()) || ORG_WORD.test(head));
      if (rest.some((p) => JOURNAL_PART.test(p.trim())) && isName) {
        return found(head, block.role === 'running-header' ? 'header' : block.role === 'body' ? 'masthead' : 'footer', block, line);
      }
      const issn = publisherFromFooter(line);
      if (issn) return found(issn, block.role === 'body' ? 'masthead' : 'footer', block, line);
    }
  }
  for (const block of furniture) {
    const text = textOf(block);
    const inTitle = squash(title ?? '').includes(squash(text));
    if (block.role === 'running-header' && ISSUER.test(text) && isOrgName(text) && !inTitle) return found(text, 'masthead', block);
  }
  for (const block of front) {
    const name = releasingCompany(textOf(block));
    if (name) return found(name, 'press-release', block, block.lines[0] ? lineText(block.lines[0]) : '');
  }
  const lastPage = Math.max(...input.blocks.map((b) => b.page));
  for (const block of input.blocks) {
    if (block.page !== 1 && block.page !== lastPage && block.role !== 'running-footer' && block.role !== 'running-header') continue;
    const text = textOf(block);
    const m = PUBLISHED_BY.exec(text);
    // an imprint ("Published by …", "This report was published by …"), not a study the text cites
    const isImprint = m !== null && (m.index === 0 || /\bthis\s+\p{L}+\s+(?:is|was|has been)\s+$/iu.test(text.slice(0, m.index)));
    const name = isImprint ? (m[1] ?? m[2] ?? m[3])?.trim().replace(/[.,]$/, '') : undefined;
    if (name && isOrgName(name)) return found(name, 'label', block, m?.[0]);
  }
  const names = authors.map((a) => a.name.toLowerCase());
  for (const block of input.blocks) {
    if (block.page !== 1 && block.page !== lastPage && block.role !== 'running-footer') continue;
    const m = COPYRIGHT_HOLDER.exec(textOf(block));
    const holder = m?.[1]?.trim().replace(/,$/, '');
    if (!holder || /\bauthors?\b|author\(s\)|^(?:the\s+)?(?:owner|holder)/i.test(holder)) continue;
    if (names.some((n) => holder.toLowerCase().includes(n)) || !isOrgName(holder)) continue;
    return found(holder, 'copyright', block, m?.[0]);
  }
  // an imprint line at the foot of a cover: "Viewpoints Research Institute, 1209 Grand Central Avenue, …"
  for (const block of input.blocks.filter((b) => b.page === 1 && b.lines.length === 1 && !isNearTop(b, input, 1 - IMPRINT_SHARE))) {
    const m = /^(\p{Lu}.{2,79}?),\s+\d{1,5}\s+\p{Lu}/u.exec(textOf(block));
    if (m?.[1] && isOrgName(m[1]) && !m[1].includes(',')) return found(m[1], 'masthead', block);
  }
  for (const block of input.blocks) {
    const m = /^about\s+(.{2,60})$/i.exec(textOf(block));
    const isIssuer = m?.[1] !== undefined && (isOrgName(m[1]) || /^\p{Lu}{2,6}$/u.test(m[1]));
    if (block.lines.length === 1 && m?.[1] && isIssuer && !/^(?:the\s+)?(?:authors?|us|this|our)\b/i.test(m[1])) {
      if (m[1].split(' ').length <= 6) return found(m[1], 'press-release', block);
    }
  }
  for (const url of urls) {
    const name = publisherOfHost(hostOf(url));
    if (name) return evidence(name, 'url', null, url);
  }
  return null;
}

/** The company a press release's dateline sentence names: "CINCINNATI, September 8, 2023 –
 *  The Kroger Co. (NYSE: KR) today reported …" → "The Kroger Co.". */
export function releasingCompany(text: string): string | undefined {
  const city = DATELINE.exec(text);
  if (!city) return undefined;
  const rest = text.slice(city[0].length);
  const date = firstDate(rest);
  if (date?.index !== 0) return undefined;
  const after = rest.slice(date.length).replace(DATELINE_TAIL, '');
  const ticker = /^(.{2,80}?)\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|Euronext|Xetra|OTC\w*|SIX|FWB)\b[^)]*\)/.exec(after);
  const name = (ticker?.[1] ?? RELEASE_VERB.exec(after)?.[1])?.replace(TICKER, ' ').trim();
  return name && /^\p{Lu}/u.test(name) && name.split(' ').length <= 8 ? name : undefined;
}
