import type { Article } from '../../model/document.js';
import { type CslType, itemTypeOf } from './item-type.js';
import { type CslName, toCslName } from './names.js';

/** A CSL date: the date parts at the precision known ([[y]], [[y, m]] or [[y, m, d]]). */
export interface CslDate {
  readonly 'date-parts': readonly (readonly number[])[];
}

/** One CSL-JSON item: the article as reference managers, pandoc and citeproc read it. */
export interface CslItem {
  readonly id: string;
  readonly 'citation-key': string;
  readonly type: CslType;
  readonly title?: string;
  readonly author?: readonly CslName[];
  readonly issued?: CslDate;
  readonly 'container-title'?: string;
  readonly publisher?: string;
  readonly URL?: string;
  readonly DOI?: string;
  readonly accessed: CslDate;
}

/** Where a URL holds a DOI. */
const DOI_URL = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)$/i;

/** Title words a citation key skips: articles, prepositions, and the section labels a kicker
 *  prints before a title ("Opinion – …"). */
const MINOR_WORDS = new Set(
  'a an the of on in at to for and or but with by from as is are be why how what who when where whose this that these those its it opinion analysis commentary editorial comment essay review op-ed oped'.split(
    ' ',
  ),
);

/** Date parts of an ISO date at its printed precision ("2025", "2025-02", "2025-02-09"). */
export function toCslDate(iso: string): CslDate | undefined {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!match) return undefined;
  return {
    'date-parts': [
      match
        .slice(1)
        .filter((p) => p !== undefined)
        .map(Number),
    ],
  };
}

/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
};

/** Lower-case ASCII letters and digits only: diacritics dropped, everything else removed. */
const asciiKey = (text: string): string =>
  text
    .replace(/[øØæÆœŒßłŁđĐþÞı]/g, (c) => UNDECOMPOSED[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** A stable citation key: the first author's family name (an organisation's first word), the
 *  year and the first significant title word, lower-case ASCII ("gojayev2025mixed"); without
 *  an author the title's first two significant words stand around the year. */
export function citationKey(authors: readonly CslName[], year: number | undefined, title: string | null): string {
  const words = (title ?? '')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map(asciiKey)
    .filter((w) => w.length > 0 && !MINOR_WORDS.has(w));
  const first = authors[0];
  const author = first ? asciiKey(first.family ?? first.literal?.split(/\s+/)[0] ?? '') : '';
  const lead = author || words.shift() || 'untitled';
  return `${lead}${year ?? 'nd'}${words[0] ?? ''}`;
}

/**
 * The article as one CSL-JSON item: type from the evidence, names parsed (organisations kept
 * literal), the date at its printed precision, the DOI when the address is one, and `accessed`,
 * the conversion date (ISO, YYYY-MM-DD).
 */
export function toCsl(article: Article, accessed: string): CslItem {
  const author = article.authors.map((a) => toCslName(a.name));
  const issued = article.published ? toCslDate(article.published) : undefined;
  const type = itemTypeOf(article);
  const doi = article.url ? DOI_URL.exec(article.url)?.[1] : undefined;
  const id = citationKey(author, issued?.['date-parts'][0]?.[0], article.title);
  const publisher = article.publisher ?? undefined;
  return {
    id,
    'citation-key': id,
    type,
    ...(article.title ? { title: article.title } : {}),
    ...(author.length > 0 ? { author } : {}),
    ...(issued ? { issued } : {}),
    // a report's producer is its publisher; anything else appears in a periodical or on a site
    ...(publisher ? (type === 'report' ? { publisher } : { 'container-title': publisher }) : {}),
    ...(doi ? { DOI: doi } : article.url ? { URL: article.url } : {}),
    accessed: toCslDate(accessed) ?? { 'date-parts': [] },
  };
}
