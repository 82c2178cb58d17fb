/** Why a file could not be converted; also the `kind` printed on the CLI's error line. */
export type FailureCode =
  | 'not-a-pdf'
  | 'encrypted'
  | 'no-text-layer'
  | 'undecodable-text'
  | 'damaged'
  | 'too-large'
  | 'timeout'
  | 'unreadable-file'
  | 'write-failed'
  | 'internal';

/** Every failure code, in the order the README lists them; for validation and tests. */
export const FAILURE_CODES: readonly FailureCode[] = Object.freeze([
  'not-a-pdf',
  'encrypted',
  'no-text-layer',
  'undecodable-text',
  'damaged',
  'too-large',
  'timeout',
  'unreadable-file',
  'write-failed',
  'internal',
]);

/** The file cannot be converted. Pass { cause } when wrapping a pdf.js error. */
export class ConversionError extends Error {
  override readonly name = 'ConversionError';
  constructor(
    readonly code: FailureCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** True for a ConversionError (also one rebuilt from a worker's report). */
export const isConversionError = (error: unknown): error is ConversionError => error instanceof ConversionError;
