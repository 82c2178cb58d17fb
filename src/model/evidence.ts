/** Where a metadata field's value was read. */
export type EvidenceSource =
  | 'typography' // the most prominent type at the top of page 1
  | 'record-label' // the subject line of a labelled record (before "AGENCY:", "ACTION:" …)
  | 'byline' // "By …", "Reviewed by …", a name and a date on one line
  | 'author-line' // names set on their own under the title
  | 'running-header' // "Written by …" in the page header
  | 'bio' // "About the author: Jane Doe is …"
  | 'dateline' // "CINCINNATI, September 8, 2023 – …"
  | 'label' // "Published 25 February 2015", "Stable URL: …", "Veröffentlicht am …"
  | 'masthead' // a date or an issuer set alone at the top of page 1
  | 'header' // a running header
  | 'footer' // a running footer
  | 'stamp' // a preprint server's stamp in the side margin
  | 'front' // a line of the front matter between the title and the text
  | 'copyright' // "© 2023 The Kroger Co."
  | 'press-release' // the company a release's first sentence names ("… (NYSE: KR) today reported")
  | 'url' // the article's printed address, or a known site's address
  | 'doi' // a DOI printed in the front matter or the page furniture
  | 'info'; // the PDF's document information, agreeing with the page or alone

/** One field's value and the printed text it came from. */
export interface Evidence {
  readonly value: string | readonly string[];
  readonly source: EvidenceSource;
  /** Page the text stands on; null for the PDF's document information. */
  readonly page: number | null;
  /** The printed text the value was read from, when it is more than the value. */
  readonly text?: string;
}

/** The evidence behind every metadata field; null where the field was not found. */
export interface MetadataProvenance {
  readonly title: Evidence | null;
  readonly authors: Evidence | null;
  readonly published: Evidence | null;
  readonly url: Evidence | null;
  readonly publisher: Evidence | null;
}

/** An evidence record; `text` is kept only when it says more than the value. */
export function evidence(value: string | readonly string[], source: EvidenceSource, page: number | null, text?: string): Evidence {
  const shown = typeof value === 'string' ? value : value.join(', ');
  const trimmed = text?.replace(/\s+/g, ' ').trim();
  return trimmed && trimmed !== shown ? { value, source, page, text: trimmed.slice(0, 300) } : { value, source, page };
}
