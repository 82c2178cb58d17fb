import { describe, expect, test } from 'vitest';
import { createContext } from '../../src/model/context.js';
import { readPdf } from '../../src/read/read-pdf.js';

/** Helvetica widths of the printable WinAnsi codes, except the code tested (0xAD): 500 is near
 *  enough for a text-layer test. */
const widths = (softHyphen: number): string => Array.from({ length: 224 }, (_, i) => (i + 32 === 0xad ? softHyphen : 500)).join(' ');

/** A one-page PDF in Helvetica whose ToUnicode maps code 0xAD to U+00AD, the way producers that
 *  write every hyphen as a soft hyphen encode it; `advance` is the glyph's width (0: not drawn). */
function softHyphenPdf(lines: readonly string[], advance: number): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const stream = (content: string): number => add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  const pages = add(''); // filled in once the page is numbered
  const cmap = stream(
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Soft def /CMapType 2 def\n' +
      '1 begincodespacerange <00> <FF> endcodespacerange\n' +
      '1 beginbfrange <20> <7E> <0020> endbfrange\n1 beginbfchar <AD> <00AD> endbfchar\n' +
      'endcmap CMapName currentdict /CMap defineresource pop end end',
  );
  const font = add(
    `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths [${widths(advance)}] /ToUnicode ${cmap} 0 R >>`,
  );
  const shown = lines.map((line) => `(${line.replace(/[\\()]/g, (c) => `\\${c}`)}) '`).join(' ');
  const content = stream(`BT /F1 11 Tf 14 TL 72 770 Td ${shown} ET`);
  const page = add(
    `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
  );
  objects[pages - 1] = `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`;
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

const textOf = async (pdf: Buffer): Promise<string> => {
  const raw = await readPdf(pdf, createContext({ extract: false }));
  return raw.pages.flatMap((p) => p.items.map((i) => i.text)).join('|');
};

describe('soft hyphens in the text layer', () => {
  const lines = ['the pseudo\xADAvicenne and the impossibil\xAD', 'ity of it'];

  test('a drawn soft hyphen stays in the text, inside a line and at its end', async () => {
    const text = await textOf(softHyphenPdf(lines, 333));
    expect(text).toContain('pseudo\u00ADAvicenne');
    expect(text).toContain('impossibil\u00AD');
  });

  test('a soft hyphen drawn without an advance is left out', async () => {
    const text = await textOf(softHyphenPdf(lines, 0));
    expect(text).toContain('pseudoAvicenne');
    expect(text).not.toContain('\u00AD');
  });
});
