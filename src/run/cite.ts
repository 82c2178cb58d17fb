import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConversionError } from '../model/errors.js';
import { CITE_STYLES, type CiteStyle } from '../model/options.js';
import { loadCiteproc } from '../output/citation/citeproc.js';
import type { CslItem } from '../output/citation/csl.js';
import { convertFileJob } from './file-job.js';

/** What `opclean cite` prints: a reference style, BibTeX or CSL-JSON. */
export const CITE_OUTPUTS = [...CITE_STYLES, 'bibtex', 'csl'] as const;
export type CiteOutput = (typeof CITE_OUTPUTS)[number];

/** A file `opclean cite` cannot cite: missing, unreadable, neither a PDF nor opclean's JSON. */
export class CiteInputError extends Error {
  override readonly name = 'CiteInputError';
}

/**
 * The reference for a PDF or for the JSON opclean wrote for one, in a style, ending in a
 * newline. A JSON is cited from its embedded `csl`; a PDF is converted in this process with
 * extraction off and nothing written. Throws CiteInputError for a file it cannot cite and
 * ConversionError for a PDF that does not convert.
 */
export async function citeFile(input: string, style: CiteOutput, options: { accessed?: string } = {}): Promise<string> {
  const item = /\.json$/i.test(input) ? await itemFromJson(input) : await itemFromPdf(input, options);
  if (style === 'csl') return `${JSON.stringify([item], null, 2)}\n`;
  const citeproc = await loadCiteproc();
  return style === 'bibtex' ? citeproc.bibtex(item) : `${citeproc.reference(item, style as CiteStyle)}\n`;
}

async function itemFromJson(input: string): Promise<CslItem> {
  const text = await readFile(input, 'utf8').catch((error: unknown) => {
    throw new CiteInputError(`${input}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      cause: error,
    });
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CiteInputError(`${input}: not JSON (${(error as Error).message})`, { cause: error });
  }
  const csl = (parsed as { csl?: unknown } | null)?.csl;
  if (typeof csl !== 'object' || csl === null || typeof (csl as { id?: unknown }).id !== 'string') {
    throw new CiteInputError(`${input}: no "csl" item (not opclean JSON, or written before schema 1.5.0: convert the PDF again)`);
  }
  return csl as CslItem;
}

async function itemFromPdf(input: string, options: { accessed?: string }): Promise<CslItem> {
  if (!/\.pdf$/i.test(path.basename(input))) {
    throw new CiteInputError(`${input}: not a .pdf or .json file`);
  }
  try {
    const converted = await convertFileJob(input, { formats: ['csl'], extract: false, ...options });
    return (JSON.parse(converted.csl ?? '[]') as CslItem[])[0] as CslItem;
  } catch (error) {
    if (error instanceof ConversionError && error.code === 'unreadable-file') {
      throw new CiteInputError(`${input}: ${error.message}`, { cause: error });
    }
    throw error;
  }
}
