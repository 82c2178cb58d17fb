import { describe, expect, test } from 'vitest';
import { findTitle } from '../../../src/structure/metadata/title.js';
import { block } from '../../helpers/layout.js';
import { inputOf } from './input.js';

const paragraph = (y: number) => block(['Body text runs on over a line or two, as a paragraph does.', 'It ends here.'], { y });

describe('findTitle', () => {
  test('a headline wrapped over two blocks is one title', () => {
    const found = findTitle(
      inputOf([
        block('Kroger Reports Second Quarter Results and', { y: 780, size: 14 }),
        block('Reaffirms Guidance', { y: 762, size: 14 }),
        paragraph(700),
      ]),
    );
    expect(found.evidence).toMatchObject({
      value: 'Kroger Reports Second Quarter Results and Reaffirms Guidance',
      source: 'typography',
      page: 1,
    });
    expect(found.blocks).toHaveLength(2);
  });

  test('a headline below a long run of navigation lines is still found', () => {
    const nav = Array.from({ length: 20 }, (_, i) => block(`Menu item ${i}`, { y: 830 - i * 8, size: 6 }));
    const found = findTitle(inputOf([...nav, block('A Headline Further Down', { y: 600, size: 24 }), paragraph(560)]));
    expect(found.evidence?.value).toBe('A Headline Further Down');
  });

  test('a badge and a kind label set as large are not the title, and are labels', () => {
    const found = findTitle(
      inputOf([
        block('OPEN', { y: 800, size: 24 }),
        block('Proposed Rules', { y: 780, size: 24 }),
        block('Quantum Computation in a Planar Crystal', { y: 740, size: 24 }),
        paragraph(700),
      ]),
    );
    expect(found.evidence?.value).toBe('Quantum Computation in a Planar Crystal');
    expect(found.labels.map((b) => b.lines[0]?.spans[0]?.text)).toEqual(['OPEN', 'Proposed Rules']);
  });

  test("a journal's name set above the title is not the title", () => {
    const found = findTitle(
      inputOf([
        block('Journal of Applied Examples', { y: 800, size: 26 }),
        block('How Examples Are Applied', { y: 760, size: 18 }),
        paragraph(700),
      ]),
    );
    expect(found.evidence?.value).toBe('How Examples Are Applied');
  });

  test('without larger type, a first line in a face of its own is the title', () => {
    const found = findTitle(
      inputOf([block('The Evolution of the Word Processor', { y: 780, bold: true }), paragraph(740), paragraph(700)]),
    );
    expect(found.evidence).toMatchObject({ value: 'The Evolution of the Word Processor', source: 'typography' });
  });

  test('a headline set large may end in a period', () => {
    expect(findTitle(inputOf([block('Made in the U.S.', { y: 780, size: 22 }), paragraph(700)])).evidence?.value).toBe('Made in the U.S.');
  });

  test('a first line in the body face is no title', () => {
    expect(findTitle(inputOf([block('Just a short first line', { y: 780 }), paragraph(740)])).evidence).toBeNull();
  });

  test('a labelled record: the subject line before AGENCY: and ACTION:', () => {
    const found = findTitle(
      inputOf([
        block('DEPARTMENT OF TRANSPORTATION', { y: 790, bold: true }),
        block('Airworthiness Directives; The Boeing Company Airplanes', { y: 760, bold: true }),
        block('AGENCY: Federal Aviation Administration (FAA), DOT.', { y: 730 }),
        block('ACTION: Notice of proposed rulemaking (NPRM).', { y: 710 }),
      ]),
    );
    expect(found.evidence).toMatchObject({ value: 'Airworthiness Directives; The Boeing Company Airplanes', source: 'record-label' });
  });

  test('the document information agreeing with printed text picks that text', () => {
    const found = findTitle(
      inputOf([block('Big Kicker Text', { y: 800, size: 30 }), block('The Real Title', { y: 760, size: 20 }), paragraph(700)], {
        title: 'GAO-1, The Real Title',
      }),
    );
    expect(found.evidence?.value).toBe('The Real Title');
  });

  test.each(['Microsoft Word - draft.docx', 'untitled', '2', 'z', 'ARRAY(0x55d0c8a7f0a8)', 'report_final.pdf', 'C:\\docs\\a'])(
    'junk document information %j is never the title',
    (title) => {
      expect(findTitle(inputOf([paragraph(700)], { title })).evidence).toBeNull();
    },
  );

  test('sound document information stands alone when page 1 shows no title', () => {
    expect(findTitle(inputOf([paragraph(700)], { title: 'A Plain Title' })).evidence).toEqual({
      value: 'A Plain Title',
      source: 'info',
      page: null,
    });
  });
});
