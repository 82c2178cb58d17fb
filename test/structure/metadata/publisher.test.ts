import { describe, expect, test } from 'vitest';
import type { Block } from '../../../src/model/document.js';
import { findPublisher, orgCase, releasingCompany } from '../../../src/structure/metadata/publisher.js';
import { block } from '../../helpers/layout.js';
import { inputOf } from './input.js';

const publisherOf = (blocks: Block[], authors: string[] = [], urls: string[] = []) =>
  findPublisher(
    inputOf(blocks),
    'A Title',
    authors.map((name) => ({ name, sources: ['byline'] })),
    urls,
  );

describe('findPublisher', () => {
  test("a journal's running line names it", () => {
    const found = publisherOf([
      block('Federal Register / Vol. 85, No. 152 / Thursday, August 6, 2020', { y: 815, role: 'running-header', page: 2 }),
    ]);
    expect(found).toMatchObject({ value: 'Federal Register', source: 'header', page: 2 });
    expect(publisherOf([block('SCIENTIFIC REPORTS | 5 : 8555 | DOI: 10.1038/srep08555', { y: 20, role: 'running-footer' })])?.value).toBe(
      'Scientific Reports',
    );
  });

  test("a journal's line with its ISSN above the title of a one-page piece", () => {
    expect(publisherOf([block('Working Papers on Information Systems ISSN 1535-6078', { y: 820 })])).toMatchObject({
      value: 'Working Papers on Information Systems',
      source: 'masthead',
    });
  });

  test('a running header that is the title is no issuer', () => {
    expect(publisherOf([block('A Title', { y: 815, role: 'running-header' })])).toBeNull();
  });

  test('an issuing body as running header', () => {
    expect(publisherOf([block('U.S. GOVERNMENT ACCOUNTABILITY OFFICE', { y: 815, role: 'running-header' })])).toMatchObject({
      value: 'U.S. Government Accountability Office',
      source: 'masthead',
    });
  });

  test('a copyright holder, but not when the holder is the author', () => {
    expect(publisherOf([block('© 2023 The Kroger Co. All rights reserved.', { y: 60 })])).toMatchObject({
      value: 'The Kroger Co.',
      source: 'copyright',
    });
    expect(publisherOf([block('Copyright © 2021 by Gabriele Rossi', { y: 60 })], ['Gabriele Rossi'])).toBeNull();
    expect(publisherOf([block('© 2021 Jane Doe', { y: 60 })])).toBeNull();
  });

  test('an organisation above its street address on the cover', () => {
    expect(publisherOf([block('Viewpoints Research Institute, 1209 Grand Central Avenue, Glendale, CA 91201', { y: 100 })])?.value).toBe(
      'Viewpoints Research Institute',
    );
  });

  test("an author's name in a running line with the issue is no publisher", () => {
    expect(publisherOf([block('Gabriele Rossi | Vol. 2 (2021)', { y: 815, role: 'running-header', page: 2 })])).toBeNull();
  });

  test('an affiliation with a street address near the top is no imprint', () => {
    expect(publisherOf([block('Department of Physics, 450 Serra Mall, Stanford', { y: 700 })])).toBeNull();
  });

  test('"About X" names an issuer only when X reads as one', () => {
    expect(publisherOf([block('About GAO', { y: 300, page: 2 })])?.value).toBe('GAO');
    expect(publisherOf([block('About Face', { y: 300, page: 2 })])).toBeNull();
  });

  test('"Published by" an organisation names the publisher', () => {
    expect(publisherOf([block('This report was published by the Brookings Institution in Washington.', { y: 100 })])).toMatchObject({
      value: 'Brookings Institution',
      source: 'label',
    });
    expect(publisherOf([block('Herausgegeben von der Stiftung Beispiel', { y: 100 })])?.value).toBe('Stiftung Beispiel');
    expect(publisherOf([block('A study published by Harvard University found that it rained.', { y: 100 })])).toBeNull();
  });

  test('a known site in a printed address', () => {
    expect(publisherOf([], [], ['https://www.reuters.com/world/a-story-2024-03-03/'])).toMatchObject({ value: 'Reuters', source: 'url' });
    expect(publisherOf([], [], ['https://edition.cnn.com/2024/03/03/politics/a-story/index.html'])?.value).toBe('CNN');
    expect(publisherOf([], [], ['https://www.example-news.org/2024/03/03/a-story/'])).toBeNull();
  });
});

describe('releasingCompany', () => {
  test.each([
    ['CINCINNATI, September 8, 2023 – The Kroger Co. (NYSE: KR) today reported its results', 'The Kroger Co.'],
    ['MENLO PARK, Calif. – July 26, 2023 – Meta Platforms, Inc. (Nasdaq: META) today reported', 'Meta Platforms, Inc.'],
    ['BERLIN, 3. März 2021 – Beispiel AG today announced a plan', 'Beispiel AG'],
    ['The company today announced a plan', undefined],
  ])('%j → %s', (text, name) => {
    expect(releasingCompany(text)).toBe(name);
  });
});

describe('orgCase', () => {
  test.each([
    ['DEPARTMENT OF TRANSPORTATION', 'Department of Transportation'],
    ['The Kroger Co.', 'The Kroger Co.'],
  ])('%j → %j', (text, name) => {
    expect(orgCase(text)).toBe(name);
  });
});
