import type { ArticleBlock } from '../model/document.js';
import { ENGLISH_MONTH_PATTERN } from '../model/months.js';

/** A heading that opens a list of references. */
const REFERENCES_HEADING =
  /^(?:[\dIVX]+\.?\s+)?(?:references|bibliography|works\s+cited|literature\s+cited|references\s+and\s+notes|further\s+reading|sources|reference\s+list)$/i;

/** A source's volume, pages and year: "Nature 464, 45–53 (2010)", "Phys. Rev. A 72, 022317 (2005)". */
const VOLUME_PAGES_YEAR = /\b\d{1,4}(?:\s?\(\d{1,3}\))?,\s?(?:[A-Za-z]?\d{1,6}(?:\s?[–-]\s?\d{1,6})?)\s?\((?:1[5-9]|20)\d{2}[a-z]?\)/u;
/** Vancouver style: "2006 Sep;17(9):571-8", "2005;53(3):253-65". */
const YEAR_VOLUME_PAGES =
  /\b(?:1[5-9]|20)\d{2}(?:\s[A-Z][a-z]{2}(?:[-–][A-Z][a-z]{2})?(?:\s\d{1,2})?)?;\s?\d{1,4}(?:\(\d{1,3}\))?:\s?[A-Za-z]?\d{1,6}/u;
/** An entry opening with authors: "Ladd, T. D.", "Cheung MC,", "Smith J, Doe K." */
const AUTHORS_FIRST = /^(?:\d{1,3}[.)]\s+)?\p{Lu}[\p{L}'’-]+(?:,\s?(?:\p{Lu}\.\s?){1,3}|\s(?:\p{Lu}{1,3})[,.])/u;
/** Signs of a bibliographic entry after the authors: "et al.", a year in brackets, a DOI. */
const ENTRY_SIGN = /\bet al\.|\((?:1[5-9]|20)\d{2}[a-z]?\)|\bdoi:|\bdoi\.org\//iu;

/** A block that is an entry of a reference list by its own shape, headed or not: a source's
 *  volume, pages and year in either common form, or authors with initials then "et al.", a year
 *  in brackets or a DOI. Such a block names authors and titles, not what the article speaks of. */
export function isReferenceEntry(text: string): boolean {
  if (text.length > 600) return false;
  return VOLUME_PAGES_YEAR.test(text) || YEAR_VOLUME_PAGES.test(text) || (AUTHORS_FIRST.test(text) && ENTRY_SIGN.test(text));
}

/** The blocks that are not in a reference list: neither from a references heading to the next
 *  heading nor shaped as a reference entry. */
export function outsideReferences(blocks: readonly ArticleBlock[]): ArticleBlock[] {
  let inReferences = false;
  return blocks.filter((b) => {
    if (b.kind === 'heading') inReferences = REFERENCES_HEADING.test(b.text.trim());
    return !inReferences && (b.kind === 'heading' || !isReferenceEntry(b.text));
  });
}

/** An author-year citation in brackets: "(Waltz 1979)", "(Keohane and Nye, 1977: 23)", "(Smith
 *  et al. 2020a; Lee 2019)"; a month and a year in brackets is a date. Regex source. */
export const AUTHOR_YEAR_CITATION = String.raw`\((?!${ENGLISH_MONTH_PATTERN}\s)\p{Lu}[\p{L}'’-]+(?:\s(?:and|&)\s\p{Lu}[\p{L}'’-]+|\set\sal\.?)?,?\s(?:1[6-9]|20)\d{2}[a-z]?(?:[,:]\s?(?:pp?\.\s?)?\d+(?:[–-]\d+)?)?(?:;[^()]{0,80})?\)`;

/** After an author's name, a year in brackets cites their work: "Mearsheimer (2014)". */
export const CITED_YEAR = /^\s?\((?:1[6-9]|20)\d{2}[a-z]?(?:[,:]\s?(?:pp?\.\s?)?\d+(?:[–-]\d+)?)?\)/u;

const AUTHOR_YEAR = new RegExp(AUTHOR_YEAR_CITATION, 'gu');

/** Where a text cites by author and year in brackets: no entity, figure or claim is read there. */
export function authorYearCitations(text: string): [number, number][] {
  return [...text.matchAll(AUTHOR_YEAR)].map((m) => [m.index, m.index + m[0].length]);
}
