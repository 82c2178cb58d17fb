/**
 * Footnotes end to end: a two-page article built in memory with raised markers in the text and
 * notes in smaller type at the foot of the page, one of them running on to the next page.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, test } from 'vitest';
import { createContext } from '../src/model/context.js';
import { runPipeline } from '../src/pipeline.js';

/** Fixed so the same call gives the same bytes (pdfkit derives the file ID from it). */
const CREATION_DATE = new Date(Date.UTC(2024, 0, 1, 12, 0, 0));
const X = 64;
const BODY = 11;
const NOTE = 9;
const MARK = 6.5;
const LEADING = 15;

/** One line of body text; a marker after it when given, raised and smaller, touching the text. */
type Line = readonly [text: string, marker?: string];

const PAGES: readonly { body: readonly Line[]; notes: readonly Line[] }[] = [
  {
    body: [
      ['Cities once built drinking fountains as a matter of public health, and most', undefined],
      ['have since fallen silent, replaced by vending machines.', '1'],
      ['A working fountain costs little to keep and serves anyone who passes by,', undefined],
      ['from runners and children to people who cannot buy water.', '2'],
    ],
    notes: [
      ['A survey of the city’s parks in 2019 counted forty fountains.', '1'],
      ['The cost of repairs is set by each district, which explains why so', '2'],
    ],
  },
  {
    body: [
      ['Where fountains have returned, they are used, and park keepers report', undefined],
      ['queues in summer at the busiest corners of the old town.', undefined],
    ],
    notes: [['many of them stay broken for years.', undefined]],
  },
];

function footnotePdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, info: { CreationDate: CREATION_DATE } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  PAGES.forEach(({ body, notes }, index) => {
    if (index > 0) doc.addPage({ size: 'A4', margin: 0 });
    let y = 120;
    for (const [text, marker] of body) {
      doc.font('Times-Roman').fontSize(BODY).text(text, X, y, { lineBreak: false });
      const end = X + doc.widthOfString(text);
      if (marker) doc.fontSize(MARK).text(marker, end + 0.5, y - 1, { lineBreak: false });
      y += LEADING;
    }
    let noteY = 700;
    for (const [text, marker] of notes) {
      if (marker) doc.fontSize(MARK).text(marker, X, noteY - 1, { lineBreak: false });
      doc.fontSize(NOTE).text(text, marker ? X + 5 : X, noteY, { lineBreak: false });
      noteY += 12;
    }
  });
  doc.end();
  return done;
}

describe('footnotes in a PDF', async () => {
  const bytes = new Uint8Array(await footnotePdf());
  const trace = await runPipeline(bytes, 'footnotes.pdf', createContext({ extract: false }));
  const markdown = trace.output.markdown ?? '';
  const json = JSON.parse(trace.output.json ?? 'null') as {
    notes: { boxes?: { page: number; box: number[] }[] }[];
    paragraphs: { text: string }[];
  };

  test('the note texts leave the running text', () => {
    const body = json.paragraphs.map((p) => p.text).join('\n');
    expect(body).not.toContain('A survey of the city');
    expect(body).not.toContain('stay broken for years');
  });

  test('the markers become footnote references and the notes footnote definitions', () => {
    expect(markdown).toContain('replaced by vending machines.[^1]');
    expect(markdown).toContain('who cannot buy water.[^2]');
    expect(markdown).toMatch(/## Notes\n\n\[\^1\]: A survey of the city’s parks in 2019 counted forty fountains\.\n/);
  });

  test('a note running on to the next page is one note', () => {
    expect(json.notes.map(({ boxes: _, ...note }) => note)).toEqual([
      { id: '1', marker: '1', text: 'A survey of the city’s parks in 2019 counted forty fountains.', page: 1, refs: ['p1'] },
      {
        id: '2',
        marker: '2',
        text: 'The cost of repairs is set by each district, which explains why so many of them stay broken for years.',
        page: 1,
        refs: ['p1'],
      },
    ]);
    // each note has the box of its own lines; the second one's also on page 2
    const [first, second] = json.notes.map((n) => n.boxes ?? []);
    expect(first).toHaveLength(1);
    expect(second?.map((b) => b.page)).toEqual([1, 2]);
    expect(second?.[0]?.box[3]).toBeLessThanOrEqual(first?.[0]?.box[1] as number);
  });
});
