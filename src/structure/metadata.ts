import { WRITTEN_BY, parseWrittenDate, titleCaseName } from '../model/bylines.js';
import type { Author, Block, DocInfo } from '../model/document.js';
import { blockText, lineText } from '../model/text.js';
import type { FrontMatter } from './front-matter.js';
import { hostOf, publisherFromFooter, publisherOfHost } from './publishers.js';

const NAME_LIST = /\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*/i;
const URL_DATE = /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//;

/** Authors from the running headers' "Written by …", the byline and the PDF info, merged case-insensitively. */
export function findAuthors(blocks: readonly Block[], front: FrontMatter, info: DocInfo): Author[] {
  const seen = new Map<string, { name: string; sources: Set<string> }>();
  const add = (raw: string, source: string) => {
    for (const part of splitNames(raw)) {
      const key = part
        .toLowerCase()
        .replace(/[.\s]+/g, ' ')
        .trim();
      const entry = seen.get(key);
      if (entry) {
        entry.sources.add(source);
        if (entry.name === entry.name.toUpperCase() && part !== part.toUpperCase()) entry.name = part;
      } else {
        seen.set(key, { name: part, sources: new Set([source]) });
      }
    }
  };
  for (const block of blocks) {
    if (block.role !== 'running-header') continue;
    for (const line of block.lines) {
      const m = WRITTEN_BY.exec(lineText(line).trim());
      if (m?.[1]) add(m[1], 'running-header');
    }
  }
  if (front.bylineName) add(front.bylineName, 'byline');
  if (info.author && !/[/\\]/.test(info.author)) add(info.author, 'pdf-info');
  return [...seen.values()].map((e) => ({ name: titleCaseName(e.name), sources: [...e.sources].sort() }));
}

function splitNames(raw: string): string[] {
  return raw
    .split(NAME_LIST)
    .map((s) => s.trim())
    .filter((s) => /\p{L}{2}/u.test(s) && s.split(/\s+/).length <= 6);
}

/** Publication date: the byline's, else one in the article URL's path; never the PDF's creation date. */
export function findPublished(front: FrontMatter): string | null {
  if (front.bylineDate) return front.bylineDate;
  const m = front.url ? URL_DATE.exec(front.url) : null;
  return m ? (parseWrittenDate(`${m[1]}-${m[2]}-${m[3]}`) ?? null) : null;
}

/** Publisher: named in a running footer ("… ISSN …"), else known from the site address. */
export function findPublisher(blocks: readonly Block[], front: FrontMatter): string | null {
  for (const block of blocks) {
    if (block.role !== 'running-footer') continue;
    const name = publisherFromFooter(blockText(block));
    if (name) return name;
  }
  const hosts = [front.url, ...blocks.filter((b) => b.role === 'running-footer').map(blockText)];
  for (const text of hosts) {
    const name = text ? publisherOfHost(hostOf(text)) : undefined;
    if (name) return name;
  }
  return null;
}

/** An article address (a path after the host) printed in a running header or footer, with any
 *  page number beside it dropped: the fallback when page 1 prints no URL line. */
const FURNITURE_URL = /(?:https?:\/\/|www\.)[^\s|·•]+\/[^\s|·•]+/i;

/** The article URL from the page furniture, or null. */
export function findFurnitureUrl(blocks: readonly Block[]): string | null {
  for (const block of blocks) {
    if (block.role !== 'running-header' && block.role !== 'running-footer') continue;
    const match = FURNITURE_URL.exec(blockText(block));
    if (match) return /^https?:/i.test(match[0]) ? match[0] : `https://${match[0]}`;
  }
  return null;
}
