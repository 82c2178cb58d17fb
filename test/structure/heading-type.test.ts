import { describe, expect, test } from 'vitest';
import { isRunningText, isSmallText, setApart, textFaces } from '../../src/structure/heading-type.js';
import { block, font } from '../helpers/layout.js';

const BODY = font(); // 11 pt

describe('setApart', () => {
  test('larger, or another face at the body size, is set apart; the body face is not', () => {
    expect(setApart(block('Background', { y: 700, size: 13 }), BODY)).toBe(true);
    expect(setApart(block('Background', { y: 700, bold: true }), BODY)).toBe(true);
    expect(setApart(block('Background', { y: 700 }), BODY)).toBe(false);
  });

  test('the body face a little larger (an OCR layer wavers) is not set apart; clearly larger is', () => {
    expect(setApart(block('Background', { y: 700, size: 11.8 }), BODY)).toBe(false);
    expect(setApart(block('Background', { y: 700, size: 12.5 }), BODY)).toBe(true);
  });

  test('smaller only when numbered or in capitals (small capitals), never tiny', () => {
    expect(setApart(block('I. INTRODUCTION', { y: 700, size: 8 }), BODY)).toBe(true);
    expect(setApart(block('REFERENCES', { y: 700, size: 8 }), BODY)).toBe(true);
    expect(setApart(block('Figure caption text', { y: 700, size: 8 }), BODY)).toBe(false);
    expect(setApart(block('REFERENCES', { y: 700, size: 6 }), BODY)).toBe(false);
  });

  test('code and long blocks are not set apart', () => {
    const code = block('pdfmom doc.mom', { y: 700, size: 12 });
    const mono = { ...code, lines: code.lines.map((l) => ({ ...l, font: { ...l.font, family: 'monospace' } })) };
    expect(setApart(mono, BODY)).toBe(false);
    expect(setApart(block(['one', 'two', 'three', 'four'], { y: 700, size: 13 }), BODY)).toBe(false);
  });
});

describe('running text', () => {
  test('the body face at about its size, or a long block in another', () => {
    expect(isRunningText(block('Short', { y: 700 }), BODY)).toBe(true);
    expect(isRunningText(block('Short label', { y: 700, name: 'g_sans' }), BODY)).toBe(false);
    expect(isRunningText(block('one two three four five six seven eight nine ten eleven twelve', { y: 700, name: 'g_sans' }), BODY)).toBe(
      true,
    );
    expect(isRunningText(block('Introduction . . . . . . . . 1', { y: 700 }), BODY)).toBe(false);
  });

  test('small text in the body face: notes and back matter', () => {
    expect(isSmallText(block('We thank the reviewers for their comments', { y: 700, size: 7 }), BODY)).toBe(true);
    expect(isSmallText(block('Source: GAO', { y: 700, size: 7 }), BODY)).toBe(false);
  });
});

describe('textFaces', () => {
  test('the body face embedded under a second name sets no line apart', () => {
    const lines = ['A paragraph set in the body face', 'under the name the second page', 'gave its subset of the font.'];
    const blocks = [block(lines, { y: 700 }), block(lines, { y: 600, name: 'g_again' }), block('A label', { y: 500, name: 'g_bold' })];
    const faces = textFaces(blocks, BODY);
    expect([...faces]).toEqual(['g_again']);
    const short = block('Short line in it', { y: 400, name: 'g_again' });
    expect(setApart(short, BODY)).toBe(true);
    expect(setApart(short, BODY, faces)).toBe(false);
    expect(isRunningText(short, BODY, faces)).toBe(true);
  });
});
