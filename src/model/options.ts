export type OutputFormat = 'md' | 'json';

export interface Options {
  /** Which files to write; NLP extraction runs only when 'json' is asked for. */
  readonly formats: readonly OutputFormat[];
  /** Run entity, figure and claim extraction (needs 'json'). */
  readonly extract: boolean;
  /** Password for user-password-protected PDFs. */
  readonly password?: string;
  /** Per-file wall-clock limit, milliseconds. */
  readonly timeoutMs: number;
  /** Refuse PDFs with more pages than this. */
  readonly maxPages: number;
  /** Refuse input files larger than this, bytes. */
  readonly maxFileBytes: number;
  /** Kill a conversion whose process grows past this resident size, megabytes. */
  readonly maxMemoryMb: number;
}

/** Defaults for every option; one place so README and --help agree. */
export const DEFAULT_OPTIONS: Options = Object.freeze({
  formats: Object.freeze(['md', 'json'] as const),
  extract: true,
  timeoutMs: 30_000,
  maxPages: 500,
  maxFileBytes: 100 * 1024 * 1024,
  maxMemoryMb: 1024,
});
