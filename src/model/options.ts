import type { FurnitureTemplate } from './furniture.js';

/** Output formats: Markdown, JSON, BibTeX (`.bib`) and CSL-JSON (`.csl.json`). */
/** Reference styles: APA 7, Chicago author-date, MLA 9. */
export const CITE_STYLES = ['apa', 'chicago', 'mla'] as const;
export type CiteStyle = (typeof CITE_STYLES)[number];

export type OutputFormat = 'md' | 'json' | 'bib' | 'csl';

/** Every output format, in the order their files are listed. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = Object.freeze(['md', 'json', 'bib', 'csl'] as const);

export interface Options {
  /** Which files to write; NLP extraction runs only when 'json' is asked for. */
  readonly formats: readonly OutputFormat[];
  /** Run entity, figure and claim extraction (needs 'json'). */
  readonly extract: boolean;
  /** Entities, figures and claims below this confidence (0–1) are left out of the JSON. */
  readonly minConfidence: number;
  /** Password for user-password-protected PDFs. */
  readonly password?: string;
  /** Per-file wall-clock limit, milliseconds; enforced by killing the conversion process. */
  readonly timeoutMs: number;
  /** Refuse PDFs with more pages than this. */
  readonly maxPages: number;
  /** Refuse input files larger than this, bytes. */
  readonly maxFileBytes: number;
  /** Kill a conversion whose process grows past this resident size, megabytes. */
  readonly maxMemoryMb: number;
  /** Page furniture learnt from other files of a batch (learnFurniture, mergeFurniture): lines
   *  of a file's template that its own pages cannot reveal are removed too. Undefined (the
   *  default): a file is cleaned by its own evidence alone. */
  readonly furniture?: readonly FurnitureTemplate[];
  /** The style of the reference in the JSON, the frontmatter and the "How to cite" section, and
   *  of the in-text citations of claims and figures. */
  readonly citeStyle: CiteStyle;
  /** Render references with citeproc: the `citation` of the JSON and the frontmatter, the
   *  in-text citations of claims and figures, the "How to cite" section. Off: none of them, and
   *  citeproc is never loaded (CSL-JSON is still written; BibTeX, when asked for, still loads it). */
  readonly cite: boolean;
  /** End the Markdown with a "How to cite" section holding the reference. Off by default: the
   *  reference repeats the title and the address, and the body should hold the article's text
   *  only (the frontmatter's `citation` has the reference either way). */
  readonly howToCite: boolean;
  /** The date the citation records as accessed, ISO YYYY-MM-DD; undefined (the default): the
   *  day of the conversion, UTC. */
  readonly accessed?: string;
}

/** Defaults for every option; one place so README and --help agree. */
export const DEFAULT_OPTIONS: Options = Object.freeze({
  formats: Object.freeze(['md', 'json'] as const),
  extract: true,
  // what clears it is right far more often than not (see README, "Confidence"); 0 keeps all
  minConfidence: 0.5,
  // Chicago author-date: the style the reference had before citeproc rendered it
  citeStyle: 'chicago',
  cite: true,
  howToCite: false,
  // an opinion piece converts in well under 2 s; 30 s leaves room for slow disks and
  // 500-page documents while keeping every file well under a minute
  timeoutMs: 30_000,
  // opinion pieces run to a few dozen pages; reading 500 pages takes about 3 s (extraction
  // takes far longer on that much text and is bounded by timeoutMs)
  maxPages: 500,
  // the largest real article PDFs seen (with images) are around 20 MB
  maxFileBytes: 100 * 1024 * 1024,
  // a worker converting a 3-page piece peaks near 180 MB and one converting 1,000 pages near
  // 300 MB (robustness corpus), while deflate bombs grow past 2 GB within seconds; with two
  // workers a batch stays near 1 GB even when both hold bombs
  maxMemoryMb: 512,
});
