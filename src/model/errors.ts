/** Why a file could not be converted; also the `kind` printed on the CLI's error line. */
export type FailureCode =
  | 'not-a-pdf'
  | 'encrypted'
  | 'no-text-layer'
  | 'damaged'
  | 'too-large'
  | 'timeout'
  | 'unreadable-file';

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

export const isConversionError = (error: unknown): error is ConversionError =>
  error instanceof ConversionError;
