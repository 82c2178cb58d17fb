import type { Block } from '../../model/document.js';
import { type Evidence, type EvidenceSource, evidence } from '../../model/evidence.js';
import { lineText } from '../../model/text.js';
import { findDates, firstDate, wholeDate } from '../../model/written-dates.js';
import { DATELINE, DATELINE_TAIL, type MetadataInput, frontBlocks, furnitureBlocks, isNearTop, squash, textOf } from './front.js';

/** A date set alone counts as the masthead's only in this top share of page 1 (an infobox's
 *  "Initial release 2 July 2011" further down is no publication date). */
const MASTHEAD_SHARE = 0.35;
/** A "Published …" label and its date take a line or two (label above the date). */
const MAX_LABEL_LINES = 3;
/** ... and is short: "Updated March 4, 2024 | Published March 3, 2024". */
const MAX_LABEL_WORDS = 25;
/** Front-matter lines with a date are looked for among this many first blocks of page 1. */
const FRONT_LINE_BLOCKS = 6;
/** A block of at least this many words is running text: the front matter ends before it. */
const TEXT_BLOCK_WORDS = 25;
/** Front-matter lines longer than this are text, not a subtitle with a date. */
const MAX_FRONT_LINE_WORDS = 30;

/** "Published 25 February 2015", "Publication date: …", "Veröffentlicht am …", "Publié le …". */
const PUBLISHED_LABEL =
  /(?:^|[|·•–—]\s*|\s)(?:published(?:\s+online)?|first published|publication date|date of publication|date published|posted|released|issued|veröffentlicht(?:\s+am)?|erschienen(?:\s+am)?|publiziert(?:\s+am)?|publié(?:e)?(?:\s+le)?|date de publication|mis en ligne le|paru le)\b\s*(?:on\s+)?:?\s*/i;
/** A time of day set before a label's date: "Published 10:15 AM EST, March 3, 2024". */
const TIME_FIRST = /^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\b)?\s*[,|·•]?\s*/;
/** Page furniture that stamps when a file was made or printed, not when the article appeared. */
const TIMESTAMP = /\b\d{1,2}:\d{2}\b|\b(?:printed|downloaded|accessed|retrieved|generated|verdate|created)\b/i;
/** A preprint server's identifier beside its date in a side-margin stamp. */
const PREPRINT_STAMP = /\b(?:arxiv|biorxiv|medrxiv|ssrn|hal-\d)/i;
/** A suggested citation's label. */
const CITE_LABEL =
  /^(?:reference|citation|cite as|suggested citation|how to cite(?: this (?:article|paper))?|zitiervorschlag|zitierweise|pour citer (?:cet article|ce document))\s*:/i;
/** Characters of the title a suggested citation must quote to be this document's. */
const CITED_TITLE_CHARS = 24;
/** "© 2023 …", "Copyright © 2015, 2017 …", "(c) 2021": the last year printed. */
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:©\s*)?((?:19|20)\d{2}(?:\s*[,–-]\s*(?:19|20)\d{2})*)/i;

/** A date already read from the URL or a byline, passed in by the caller. */
export interface KnownDate {
  readonly value: string;
  readonly source: EvidenceSource;
  readonly page: number;
  readonly text: string;
}

/** The publication date at the precision printed, from the strongest evidence: a "Published"
 *  label, a dateline, the byline, a date alone at the top of page 1, the article URL, a date
 *  repeated in the running heads or feet, a preprint stamp, a front-matter line, a copyright
 *  year, the year of the document's own suggested citation. Never the PDF's creation date or a print timestamp. */
export function findPublished(
  input: MetadataInput,
  known: { byline?: KnownDate; url?: KnownDate; title?: string | null },
): Evidence | null {
  const front = frontBlocks(input);
  const page1 = input.blocks.filter((b) => b.page === 1);
  const firstText = front.findIndex((b) => textOf(b).split(' ').length >= TEXT_BLOCK_WORDS);
  const opening = firstText < 0 ? front : front.slice(0, firstText);
  const from = (source: EvidenceSource, block: Block, value: string | undefined, text = textOf(block)): Evidence | null =>
    value ? evidence(value, source, block.page, text) : null;
  const known_ = (k: KnownDate | undefined) => (k ? evidence(k.value, k.source, k.page, k.text) : null);

  return (
    first(page1, (b) => {
      const text = textOf(b);
      if (b.lines.length > MAX_LABEL_LINES || text.split(' ').length > MAX_LABEL_WORDS) return null;
      const label = PUBLISHED_LABEL.exec(text);
      // a label is set as one, capitalised: "published March 3" inside a sentence is text
      const isLabel = label !== null && /^\p{Lu}/u.test(label[0].replace(/^[\s|·•–—]+/u, ''));
      const rest = text.slice((label?.index ?? 0) + (label?.[0].length ?? 0)).replace(TIME_FIRST, '');
      const date = isLabel ? firstDate(rest) : undefined;
      return date?.index === 0 ? from('label', b, date.value) : null;
    }) ??
    first(front, (b) => {
      const line = b.lines[0] ? lineText(b.lines[0]) : '';
      const city = DATELINE.exec(line);
      const date = city ? firstDate(line.slice(city[0].length)) : undefined;
      const after = date ? line.slice(city?.[0].length ?? 0).slice(date.length) : '';
      const tail = DATELINE_TAIL.exec(after);
      return date?.index === 0 && tail && after.length > tail[0].length ? from('dateline', b, date.value, line) : null;
    }) ??
    known_(known.byline) ??
    first(front, (b) => (isNearTop(b, input, MASTHEAD_SHARE) || opening.includes(b) ? from('masthead', b, wholeDate(textOf(b))) : null)) ??
    known_(known.url) ??
    furnitureDate(input) ??
    first(
      page1.filter((b) => b.role === 'margin'),
      (b) => (PREPRINT_STAMP.test(textOf(b)) ? from('stamp', b, firstDate(textOf(b))?.value) : null),
    ) ??
    first(front.slice(0, FRONT_LINE_BLOCKS), (b) => {
      // a subtitle or note line of its own ("adapted from the lecture of Nov 11, 2004"), not a sentence of the text
      const text = textOf(b);
      const dates = findDates(text);
      const isLine = b.lines.length === 1 && !/[.!?]$/.test(text) && text.split(' ').length <= MAX_FRONT_LINE_WORDS;
      // a date alone is the masthead's; "Received …" or "Accepted …" dates no publication
      if (!opening.includes(b) || wholeDate(text) || /^(?:received|accepted|revised|submitted)\b/i.test(text)) return null;
      return isLine && dates.length === 1 ? from('front', b, dates[0]?.value) : null;
    }) ??
    copyrightYear(input) ??
    citationYear(input, known.title ?? null)
  );
}

/** The first block giving a value. */
function first(blocks: readonly Block[], read: (block: Block) => Evidence | null): Evidence | null {
  for (const block of blocks) {
    const found = read(block);
    if (found) return found;
  }
  return null;
}

/** A date the running heads or feet print, the same wherever it is printed, with no time of
 *  day beside it (a print-shop slug's "16:21 Aug 05, 2020" is when the page was set). */
function furnitureDate(input: MetadataInput): Evidence | null {
  const seen = new Map<string, Block>();
  for (const block of furnitureBlocks(input)) {
    for (const line of block.lines) {
      const text = lineText(line);
      if (TIMESTAMP.test(text)) continue;
      for (const date of findDates(text)) if (!seen.has(date.value)) seen.set(date.value, block);
    }
  }
  if (seen.size !== 1) return null;
  const [[value, block]] = [...seen] as [[string, Block]];
  return evidence(value, block.role === 'running-header' ? 'header' : 'footer', block.page, textOf(block));
}

/** The latest year of a copyright line on page 1 or in the page furniture: a site's footer at
 *  the end of a web print carries the year it was printed, not the article's. */
function copyrightYear(input: MetadataInput): Evidence | null {
  for (const block of input.blocks) {
    if (block.page !== 1 && block.role !== 'running-footer') continue;
    const m = COPYRIGHT.exec(textOf(block));
    if (!m?.[1]) continue;
    const years = m[1].match(/\d{4}/g) ?? [];
    const year = years.sort().at(-1);
    const line = block.lines.map(lineText).find((l) => COPYRIGHT.test(l)) ?? m[0];
    if (year) return evidence(year, 'copyright', block.page, line);
  }
  return null;
}

/** "Reference: Doe J. (2009). \"Title …\"", "How to cite this article: … (2015)": a suggested
 *  citation of this very document (it quotes the title) gives its year. */
function citationYear(input: MetadataInput, title: string | null): Evidence | null {
  const key = squash(title ?? '').slice(0, CITED_TITLE_CHARS);
  if (key.length < CITED_TITLE_CHARS) return null;
  for (const block of input.blocks) {
    const text = textOf(block);
    if (!CITE_LABEL.test(text) || !squash(text).includes(key)) continue;
    const year = /\(((?:19|20)\d{2})\)/.exec(text)?.[1];
    if (year) return evidence(year, 'label', block.page, text);
  }
  return null;
}

/** Labels of a paper's history dates: "Received", "Accepted", "Published" and their kin. */
const HISTORY_LABEL =
  /^(?:received|accepted|published(?:\s+online)?|first published|revised|submitted|eingegangen(?:\s+am)?|angenommen(?:\s+am)?|veröffentlicht(?:\s+am)?|reçu(?:\s+le)?|accepté(?:\s+le)?|publié(?:\s+le)?)\s*:?\s*/i;

/** Page-1 blocks that hold nothing but a date, or a history label and its date ("Received
 *  3 November 2014"): front matter, left out of the body once the date is read. A date set
 *  alone counts only when it is the publication date found. */
export function dateBlocks(input: MetadataInput, published: Evidence | null): Block[] {
  return input.blocks.filter((b) => {
    if (b.page !== 1 || b.role !== 'body' || b.lines.length > MAX_LABEL_LINES) return false;
    const text = textOf(b);
    const label = HISTORY_LABEL.exec(text);
    if (label && label[0] !== '' && wholeDate(text.slice(label[0].length))) return true;
    return published?.page === 1 && published.source === 'masthead' && wholeDate(text) === published.value;
  });
}
