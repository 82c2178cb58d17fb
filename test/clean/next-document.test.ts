import { describe, expect, test } from 'vitest';
import { markNextDocument } from '../../src/clean/next-document.js';
import type { Block } from '../../src/model/document.js';
import { block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

const PROSE = 'The agency proposes to adopt a new directive for these airplanes after the reports it received. '.repeat(3);
const slug = (text: string, y: number): Block => ({ ...block(text, { y }), role: 'slug' });

describe('markNextDocument', () => {
  test('the start of the next document after the closing slug leaves the body', () => {
    const doc = layout([
      page(1, [block(PROSE, { y: 700 }), block(PROSE, { y: 600 })]),
      page(2, [
        block(PROSE, { y: 700 }),
        slug('[FR Doc. 2020–17221 Filed 8–5–20; 8:45 am]', 600),
        slug('BILLING CODE 4910–13–P', 590),
        block('DEPARTMENT OF TRANSPORTATION', { y: 570 }),
        block('The next rule begins here.', { y: 550 }),
      ]),
    ]);
    expect(rolesOf(markNextDocument(doc, testContext()))[1]).toEqual(['body', 'slug', 'slug', 'next-document', 'next-document']);
  });

  test('no closing slug, or more text after it than before: nothing moves', () => {
    const none = layout([page(1, [block(PROSE, { y: 700 }), block('DEPARTMENT OF TRANSPORTATION', { y: 600 })])]);
    expect(rolesOf(markNextDocument(none, testContext()))[0]).toEqual(['body', 'body']);
    const longer = layout([page(1, [block('A short notice.', { y: 700 }), slug('BILLING CODE 4910–13–P', 650), block(PROSE, { y: 600 })])]);
    expect(rolesOf(markNextDocument(longer, testContext()))[0]).toEqual(['body', 'slug', 'body']);
  });
});
