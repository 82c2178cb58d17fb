import type { Block } from '../../model/document.js';
import { type Evidence, evidence } from '../../model/evidence.js';
import { lineText } from '../../model/text.js';
import { type MetadataInput, frontBlocks, furnitureBlocks, textOf } from './front.js';

/** The article's address on a line of its own: with or without its scheme ("www.…", or a bare
 *  host with a path: "e-ir.info/2025/…"). */
const URL_LINE = /^(?:(?:https?:)?\/\/|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+\/)\S+$/i;
/** "Stable URL:", "Permanent URL:", "Permalink:", "URL:", "Available at:", "Online:". */
const URL_LABEL = /\b(?:stable url|permanent url|permalink|url|available (?:at|online)|online|link)\s*:\s*((?:https?:\/\/|www\.)\S+)/i;
/** A DOI, bare ("DOI: 10.1038/srep08555") or as a link. */
const DOI = /\b(?:doi\s*:?\s*|https?:\/\/(?:dx\.)?doi\.org\/)(10\.\d{4,9}\/[^\s"<>|,;]+)/i;
/** An article address (a path after the host) printed in a running header or footer, with any
 *  page number beside it dropped. */
const FURNITURE_URL = /(?:https?:\/\/|www\.)[^\s|·•]+\/[^\s|·•]+/i;
/** A preprint identifier in a side-margin stamp: "arXiv:1601.03642v1". */
const ARXIV = /\barXiv:(\d{4}\.\d{4,5}(?:v\d+)?)/;
/** Addresses that are no article's: licences and the licence deeds of Creative Commons. */
const NOT_ARTICLE = /(?:gnu\.org\/(?:licenses|copyleft)|creativecommons\.org|opensource\.org\/licenses|apache\.org\/licenses)/i;

/** An address as printed → an absolute URL (https assumed where the scheme was left off); a
 *  string drawn twice ("http://a.b/chttp://a.b/c") is read once. */
export function normaliseUrl(text: string): string {
  const t = text.trim().replace(/[.,;:)\]]+$/, '');
  const again = t.length >= 24 ? t.indexOf(t.slice(0, 12), 1) : -1;
  const once = again > 0 ? t.slice(0, again) : t;
  return /^https?:\/\//i.test(once) ? once : `https://${once.replace(/^:?\/\//, '')}`;
}

/** True when an address names a page of a site, not the site itself nor a licence. */
const isArticleUrl = (url: string): boolean => !NOT_ARTICLE.test(url) && /^https?:\/\/[^/]+\/[^\s]*[\p{L}\d]/iu.test(url);

export interface FoundUrl {
  readonly evidence: Evidence | null;
  /** A block holding nothing but the address: left out of the body. */
  readonly block?: Block;
}

/** The article's own address: a labelled one ("Stable URL: …"), a DOI in the front matter or
 *  the page furniture, an address alone on a front-matter line, one in the running heads or
 *  feet, a preprint stamp's identifier. Never a site's home page or a licence. */
export function findUrl(input: MetadataInput): FoundUrl {
  const front = frontBlocks(input);
  const page1 = input.blocks.filter((b) => b.page === 1);
  const furniture = furnitureBlocks(input);
  for (const block of [...page1, ...furniture]) {
    const m = URL_LABEL.exec(textOf(block));
    const url = m?.[1] ? normaliseUrl(m[1]) : undefined;
    if (url && isArticleUrl(url)) return { evidence: evidence(url, 'label', block.page, m?.[0]) };
  }
  // a note citing another work ("¹ See Doe et al., doi:…") is no place for this article's DOI
  const ownLine = (b: Block) => b.lines.length <= 2 && !/^[\d¹²³⁰-⁹*†]|\bet al\b|\b(?:see|cf)\.?\s/iu.test(textOf(b));
  const doiPlaces = [...furniture, ...front.filter(ownLine), ...page1.filter((b) => b.role === 'margin')];
  for (const block of doiPlaces) {
    const m = DOI.exec(textOf(block));
    if (m?.[1]) return { evidence: evidence(`https://doi.org/${m[1].replace(/[.)\]]+$/, '')}`, 'doi', block.page, m[0]) };
  }
  for (const block of front) {
    const text = block.lines.map(lineText).join('');
    if (block.lines.length > 3 || !URL_LINE.test(text)) continue;
    const url = normaliseUrl(text);
    if (isArticleUrl(url)) return { evidence: evidence(url, 'url', block.page), block };
  }
  for (const block of furniture) {
    const m = FURNITURE_URL.exec(textOf(block));
    const url = m ? normaliseUrl(m[0]) : undefined;
    if (url && isArticleUrl(url) && url.split('/').length > 4) {
      return { evidence: evidence(url, block.role === 'running-header' ? 'header' : 'footer', block.page, textOf(block)) };
    }
  }
  for (const block of page1.filter((b) => b.role === 'margin')) {
    const m = ARXIV.exec(textOf(block));
    if (m?.[1]) return { evidence: evidence(`https://arxiv.org/abs/${m[1]}`, 'stamp', block.page, textOf(block)) };
  }
  return { evidence: null };
}
