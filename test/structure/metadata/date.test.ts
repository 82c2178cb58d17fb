import { describe, expect, test } from 'vitest';
import type { Block } from '../../../src/model/document.js';
import { dateBlocks, findPublished } from '../../../src/structure/metadata/date.js';
import { block } from '../../helpers/layout.js';
import { inputOf } from './input.js';

const PARAGRAPH = block(
  [
    'Body text runs on over a line or two, as a paragraph of an article does when it has',
    'something to say, and on 4 May 2019 something happened that it reports on at length.',
  ],
  { y: 600 },
);
const publishedOf = (blocks: Block[]) => findPublished(inputOf([...blocks, PARAGRAPH]), {});

describe('findPublished', () => {
  test('a dateline gives the date as printed', () => {
    const found = publishedOf([block('CINCINNATI, September 8, 2023 – The Kroger Co. (NYSE: KR) today reported results', { y: 760 })]);
    expect(found).toMatchObject({ value: '2023-09-08', source: 'dateline', page: 1 });
  });

  test('"Published" wins over "Received" and "Accepted"', () => {
    const found = publishedOf([
      block(['Received', '3 November 2014'], { y: 780 }),
      block(['Accepted', '23 January 2015'], { y: 750 }),
      block(['Published', '25 February 2015'], { y: 720 }),
    ]);
    expect(found).toMatchObject({ value: '2015-02-25', source: 'label' });
  });

  test.each([
    ['Veröffentlicht am 3. März 2021', '2021-03-03'],
    ['Publié le 3 mars 2021', '2021-03-03'],
  ])('%j is a publication label', (text, value) => {
    expect(publishedOf([block(text, { y: 760 })])?.value).toBe(value);
  });

  test('"Received" and "Accepted" without "Published" give no publication date', () => {
    expect(publishedOf([block('Received 3 November 2014', { y: 780 }), block('Accepted 23 January 2015', { y: 760 })])).toBeNull();
  });

  test('a month and year alone at the top of page 1 keeps its precision', () => {
    expect(publishedOf([block('June 2023', { y: 800 })])).toMatchObject({ value: '2023-06', source: 'masthead' });
  });

  test('a date alone far down the page (an infobox) is no publication date', () => {
    expect(publishedOf([PARAGRAPH, block('2 July 2011', { y: 300 })])).toBeNull();
  });

  test('a print timestamp in the footer is ignored; the running head date is taken', () => {
    const found = publishedOf([
      block('VerDate Sep 2014 16:21 Aug 05, 2020 Jkt 250001', { y: 20, role: 'running-footer', page: 2 }),
      block('Federal Register / Vol. 85, No. 152 / Thursday, August 6, 2020 / Proposed Rules', { y: 815, role: 'running-header', page: 2 }),
    ]);
    expect(found).toMatchObject({ value: '2020-08-06', source: 'header', page: 2 });
  });

  test('a preprint stamp in the margin dates the paper', () => {
    const found = publishedOf([block('arXiv:1601.03642v1 [cs.CV] 12 Jan 2016', { y: 400, role: 'margin' })]);
    expect(found).toMatchObject({ value: '2016-01-12', source: 'stamp' });
  });

  test('a copyright line gives its latest year', () => {
    expect(publishedOf([block('©2015, 2017 Free Software Foundation', { y: 100 })])).toMatchObject({ value: '2017', source: 'copyright' });
  });

  test('a date inside the running text is no publication date', () => {
    expect(publishedOf([])).toBeNull();
  });

  test('"Published" after another label on a short line counts; "published" inside a sentence does not', () => {
    expect(publishedOf([block('Updated March 4, 2024 | Published March 3, 2024', { y: 760 })])?.value).toBe('2024-03-03');
    expect(publishedOf([block('The report, published March 3, 2024, found little.', { y: 760 })])).toBeNull();
    expect(publishedOf([block('Published 10:15 AM EST, March 3, 2024', { y: 760 })])?.value).toBe('2024-03-03');
  });

  test("the document's own suggested citation gives its year; another work's does not", () => {
    const cite = block('Reference: Doe J. (2009). "Overview of the Acceptance Model: Origins," Working Papers, 9(37).', { y: 100 });
    const title = 'Overview of the Acceptance Model: Origins and Directions';
    expect(findPublished(inputOf([cite]), { title })).toMatchObject({ value: '2009', source: 'label' });
    expect(findPublished(inputOf([cite]), { title: 'Some Other Title of Another Paper' })).toBeNull();
  });

  test.each([
    ['BERLIN, 3. März 2021 (dpa) – Die Regierung hat', '2021-03-03'],
    ['CINCINNATI, Sept. 8, 2023 /PRNewswire/ -- The Kroger Co. today', '2023-09-08'],
  ])('dateline %j', (text, value) => {
    expect(publishedOf([block(text, { y: 760 })])).toMatchObject({ value, source: 'dateline' });
  });

  test("a site footer's copyright on the last page dates nothing", () => {
    expect(publishedOf([block('© 2025 Example News. All rights reserved.', { y: 40, page: 3 })])).toBeNull();
  });

  test('history lines and the masthead date are front matter; a date in the text is not', () => {
    const blocks = [
      block('June 2023', { y: 800 }),
      block(['Received', '3 November 2014'], { y: 780 }),
      block('Published 25 February 2015', { y: 750 }),
      block('On 4 May 2019 it rained.', { y: 720 }),
    ];
    const input = inputOf(blocks);
    const found = dateBlocks(input, findPublished(input, {}));
    expect(found.map((b) => b.lines.map((l) => l.spans[0]?.text).join(' '))).toEqual([
      'Received 3 November 2014',
      'Published 25 February 2015',
    ]);
    const masthead = inputOf([block('June 2023', { y: 800 }), PARAGRAPH]);
    expect(dateBlocks(masthead, findPublished(masthead, {}))).toHaveLength(1);
  });
});
