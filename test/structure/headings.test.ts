import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/model/document.js';
import { blockText } from '../../src/model/text.js';
import { type HeadingContext, findHeadings } from '../../src/structure/headings.js';
import { block, font } from '../helpers/layout.js';

const BODY = font(); // 11 pt, as the builders set text
const CTX: HeadingContext = { body: BODY, authorNames: [], titleFound: true, title: null };
const FULL = 451; // x 72 … 523

/** A body paragraph of `n` lines, the first line's bottom at `y`, 12 pt apart; its last line
 *  ends a sentence unless `open`. */
const para = (y: number, first = 'The text of the section starts here', n = 3, page = 1, open = false): Block =>
  block(
    Array.from({ length: n }, (_, i) => {
      if (i === 0) return first;
      return i === n - 1 && !open ? 'and the sentence ends here.' : 'and the sentence runs on across the full line of the column';
    }),
    { y, leading: 12, width: FULL, page },
  );
const head = (text: string | string[], y: number, spec: { size?: number; name?: string; x?: number } = {}): Block =>
  block(text, {
    y,
    size: spec.size ?? 13,
    bold: spec.name === undefined,
    ...(spec.name ? { name: spec.name } : {}),
    x: spec.x ?? 72,
    leading: 14,
  });

/** The text of each heading found, wrapped ones joined. */
function headingsOf(blocks: readonly Block[], ctx: HeadingContext = CTX): string[] {
  const found = findHeadings(blocks, ctx);
  return blocks.filter((b) => found.get(b)?.[0] === b).map((b) => (found.get(b) ?? []).map(blockText).join(' '));
}

describe('findHeadings', () => {
  test('a short bold line over running text is a heading', () => {
    expect(headingsOf([para(760), head('Background', 700), para(680)])).toEqual(['Background']);
  });

  test('a heading wrapped over two blocks is one heading', () => {
    const blocks = [para(760), head('The Administration Needs to Fully Develop and', 700), head('Implement the Strategy', 686), para(666)];
    expect(headingsOf(blocks)).toEqual(['The Administration Needs to Fully Develop and Implement the Strategy']);
  });

  test('a line in another face set inside an unfinished sentence is part of it', () => {
    const before = para(600, 'Coordinating the efforts is up to the office under the', 3, 1, true);
    const italic = block('Cyber Strategy Implementation Plan', { y: 564, name: 'g_italic' });
    expect(headingsOf([before, italic, para(552, 'Plan did not address all of the characteristics')])).toEqual([]);
  });

  test('a line followed by text starting in lower case is no heading', () => {
    expect(headingsOf([para(760), head('Federal Register Notice', 700), para(680, 'consider the report and the comments')])).toEqual([]);
  });

  test('labels of a column holding no running text are no headings', () => {
    const label = head('Subject Areas', 700, { x: 420 });
    const terms = block(['QUANTUM', 'INFORMATION'], { y: 680, size: 7.5, x: 420 });
    const text = block(['The text of the article runs in this narrower column', 'and on'], { y: 700, x: 72, width: 300, column: 0 });
    expect(headingsOf([{ ...label, column: 1 }, { ...terms, column: 1 }, text])).toEqual([]);
  });

  test('rows of a table in the heading face are no headings', () => {
    const rows = ['Adjusted EPS', 'Operating Profit', 'Gross Margin Rate'].map((t, i) => head(t, 700 - 20 * i));
    const notes = block('* Without fuel and adjustment items', { y: 620, size: 6 });
    expect(headingsOf([para(760), ...rows, notes, para(560, 'Total sales were up', 3, 2)])).toEqual([]);
  });

  test('a numbered head in small capitals of the body face is a heading', () => {
    const small = block('II. BASICS OF MACHINE LEARNING', { y: 700, size: 8, x: 230 });
    expect(headingsOf([para(760), small, para(680)])).toEqual(['II. BASICS OF MACHINE LEARNING']);
  });

  test('code in a monospaced face is no heading', () => {
    const code = {
      ...head('pdfmom doc.mom', 700),
      lines: head('pdfmom doc.mom', 700).lines.map((l) => ({ ...l, font: { ...l.font, family: 'monospace' } })),
    };
    expect(headingsOf([para(760), code, para(680)])).toEqual([]);
  });

  test("the authors' names and the repeated title are no headings", () => {
    const ctx = { ...CTX, authorNames: ['Deri James', 'Peter Schaffter'], title: 'Producing PDFs with groff' };
    const blocks = [para(760), head('Deri James and Peter Schaffter', 700), para(680), head('Producing PDFs with groff', 600), para(580)];
    expect(headingsOf(blocks, ctx)).toEqual([]);
  });

  test('above the first text only the line next to it heads it; without a title, a larger first line is the title', () => {
    const blocks = [
      head('Cybersecurity Strategy', 780, { size: 19 }),
      head('Brand Name: Taxol', 740, { size: 14 }),
      head('Drug Description', 720),
      para(700),
      head('Uses', 640),
      para(620),
    ];
    expect(headingsOf(blocks, { ...CTX, titleFound: false })).toEqual(['Drug Description', 'Uses']);
  });

  test('text starting in lower case with the word its heading names opens a section', () => {
    const blocks = [para(760), head('6.2. pdfmom', 700), para(680, 'pdfmom performs the same function as pdfroff')];
    expect(headingsOf(blocks)).toEqual(['6.2. pdfmom']);
  });

  test('back matter in a smaller body face under its heading, not notes in another column', () => {
    const notes = (column: number) => ({
      ...block(['We thank the reviewers for their comments on', 'the draft.'], { y: 680, size: 8 }),
      column,
    });
    expect(headingsOf([para(760), head('Acknowledgments', 700), notes(0)])).toEqual(['Acknowledgments']);
    expect(headingsOf([para(760), head('Acknowledgments', 700), notes(1)])).toEqual([]);
  });

  test('a numbered item in the type of its text is a heading only on one line', () => {
    const item = block(['(3) In the Operating Procedures chapter,', 'replace the existing Airspeed Unreliable'], { y: 700, size: 10 });
    const text = block(['Checklist with the one in figure 2 to this', 'paragraph of this AD.', 'More text.'], { y: 670, size: 10 });
    expect(headingsOf([para(760), item, text])).toEqual([]);
    expect(headingsOf([para(760), block('(b) Affected ADs', { y: 700, size: 10 }), text])).toEqual(['(b) Affected ADs']);
  });

  test('a line over a byline or dateline heads nothing', () => {
    const byline = head('A. Contributor', 740, { name: 'g_sans', size: 11 });
    const desk = block('Opinion Desk', { y: 720 });
    expect(headingsOf([byline, desk, para(700), head('1. The hours we keep', 640), para(620)])).toEqual(['1. The hours we keep']);
  });

  test("the title's second line right over the text is part of the title, not a heading", () => {
    const second = head('and Reaffirms Its Guidance', 740, { size: 16 });
    const ctx = { ...CTX, titleFont: second.lines[0]?.font };
    expect(headingsOf([second, para(700), head('Results', 640), para(620)], ctx)).toEqual(['Results']);
    expect(headingsOf([second, para(700), head('Results', 640), para(620)])).toEqual(['and Reaffirms Its Guidance', 'Results']);
  });

  test("a first section heading in the title's face but set smaller is a heading", () => {
    const title = head('Producing documents', 780, { size: 16 });
    const first = head('1. Introduction', 740, { size: 12 });
    const ctx = { ...CTX, titleFont: title.lines[0]?.font };
    expect(headingsOf([first, para(700), head('2. Methods', 640, { size: 12 }), para(620)], ctx)).toEqual([
      '1. Introduction',
      '2. Methods',
    ]);
  });
});
