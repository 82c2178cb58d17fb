/**
 * Hand-built PDFs whose text cannot be decoded, as a font without a usable Unicode mapping
 * shows it to pdf.js: each character of the page's text is drawn with a Type3 font whose glyphs
 * are numbered in order of first use (codes 1, 2, 3 …, the way subsetting producers number
 * them) under names no glyph list knows, so pdf.js returns the codes themselves: control
 * characters. With `soup`, the glyphs are named after consonants instead, so pdf.js returns
 * letters that spell nothing. Readable pages are set in Helvetica.
 */

export interface PageSpec {
  /** Lines of the page, top down. */
  readonly lines: readonly string[];
  /** 'codes': drawn in the font without a Unicode mapping; 'soup': as consonants. */
  readonly undecodable?: 'codes' | 'soup';
}

const CONSONANTS = 'bcdfghjklmnpqrstvwxz';
/** Codes of the undecodable font: 1–31, the control range pdf.js returns as is. */
const CODES = Array.from({ length: 31 }, (_, i) => i + 1);

/** The code each character of `text` gets: its order of first use, wrapping after 31. */
function encode(text: string, codes: Map<string, number>): string {
  return [...text]
    .map((char) => {
      if (!codes.has(char)) codes.set(char, (codes.size % CODES.length) + 1);
      return String.fromCharCode(codes.get(char) as number);
    })
    .join('');
}

/** PDF string literal: parentheses, backslashes and control bytes escaped. */
const literal = (text: string): string =>
  `(${text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[\x00-\x1f]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)})`;

/** A PDF with one page per spec; text lines in 11 pt with 14 pt leading from the top left. */
export function undecodablePdf(pages: readonly PageSpec[]): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const stream = (content: string): number => add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  const pagesRef = add(''); // filled in once the page objects are numbered
  const helvetica = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const glyph = stream('500 0 d0');
  const type3 = (names: readonly string[]) =>
    add(
      `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0]` +
        ` /CharProcs << ${[...new Set(names)].map((name) => `/${name} ${glyph} 0 R`).join(' ')} >>` +
        ` /Encoding << /Type /Encoding /Differences [1 ${names.map((name) => `/${name}`).join(' ')}] >>` +
        ` /FirstChar 1 /LastChar ${names.length} /Widths [${names.map(() => 500).join(' ')}] >>`,
    );
  const codesFont = type3(CODES.map((code) => `glyph${code}`));
  const soupFont = type3(CODES.map((code) => (code === 1 ? 'space' : (CONSONANTS[code % CONSONANTS.length] as string))));
  const codes = new Map<string, number>([[' ', 1]]); // the soup font draws code 1 as a space
  const kids = pages.map(({ lines, undecodable }) => {
    const font = undecodable ? 'F2' : 'F1';
    const shown = lines.map((line) => literal(undecodable ? encode(line, codes) : line));
    const content = stream(`BT /${font} 11 Tf 14 TL 72 770 Td ${shown.map((s) => `${s} '`).join(' ')} ET`);
    const fonts = `/F1 ${helvetica} 0 R /F2 ${undecodable === 'soup' ? soupFont : codesFont} 0 R`;
    return add(
      `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 595 842] /Resources << /Font << ${fonts} >> >> /Contents ${content} 0 R >>`,
    );
  });
  objects[pagesRef - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const at = Buffer.byteLength(out, 'latin1');
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
