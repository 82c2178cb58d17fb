/**
 * Page furniture learnt across a batch: the running lines, footers and disclaimer of a
 * publisher's template, as seen on files already converted, so a later file of the same template
 * (a one-page piece with no second page to reveal its header) can be cleaned as well.
 */

/** Which template a file is of: its producer and its page size (points, rounded). */
export interface TemplateKey {
  readonly producer: string;
  readonly width: number;
  readonly height: number;
}

/** One furniture line of a template. */
export interface FurnitureLine {
  readonly kind: 'running-header' | 'running-footer' | 'disclaimer';
  /** The line's text normalised for comparison (digits masked), as the clean stage keys it. */
  readonly key: string;
  /** Where the line sits on the page: distance of its box's top from the page top, points. */
  readonly top: number;
  /** Converted files whose own pages showed this line: a line every file of the template shows
   *  outranks one article's running title when the list is bounded. */
  readonly files: number;
}

/** The furniture shared by the files of one template, with how many files showed it. */
export interface FurnitureTemplate {
  readonly template: TemplateKey;
  readonly lines: readonly FurnitureLine[];
  /** Converted files whose own pages showed these lines (the evidence). */
  readonly files: number;
}
