import { ConversionError } from '../model/errors.js';

/** Maps an exception from pdf.js's getDocument to a typed ConversionError. */
export function classifyPdfJsError(error: unknown, passwordGiven: boolean): ConversionError {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    const reason = passwordGiven
      ? 'the password given (--password) is wrong'
      : 'the PDF needs a password to open (give it with --password)';
    return new ConversionError('encrypted', reason, { cause: error });
  }
  if (error instanceof ConversionError) return error;
  return new ConversionError('damaged', `the PDF structure is invalid or corrupt (${message})`, { cause: error });
}
