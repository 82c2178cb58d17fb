import { describe, expect, test } from 'vitest';
import type { Block } from '../../../src/model/document.js';
import { findUrl, normaliseUrl } from '../../../src/structure/metadata/url.js';
import { block } from '../../helpers/layout.js';
import { inputOf } from './input.js';

const urlOf = (blocks: Block[]) => findUrl(inputOf(blocks)).evidence;

describe('findUrl', () => {
  test('a DOI in the running footer becomes a doi.org address', () => {
    const found = urlOf([block('SCIENTIFIC REPORTS | 5 : 8555 | DOI: 10.1038/srep08555', { y: 20, role: 'running-footer' })]);
    expect(found).toMatchObject({ value: 'https://doi.org/10.1038/srep08555', source: 'doi' });
  });

  test("a note citing another work's DOI gives no URL", () => {
    expect(urlOf([block('¹ See Doe et al. (2020), doi:10.1234/other.5678', { y: 100 })])).toBeNull();
    expect(urlOf([block('https://doi.org/10.1234/this.5678', { y: 780 })])?.value).toBe('https://doi.org/10.1234/this.5678');
  });

  test('a labelled stable URL is taken', () => {
    expect(urlOf([block('Stable URL: http://sprouts.aisnet.org/9-37', { y: 700 })])).toMatchObject({
      value: 'http://sprouts.aisnet.org/9-37',
      source: 'label',
    });
  });

  test.each([
    'http://www.gnu.org/licenses/',
    'https://creativecommons.org/licenses/by/4.0/',
    'www.example.org',
    'https://www.example.org/',
  ])('%j is no article address', (text) => {
    expect(urlOf([block(text, { y: 700 })])).toBeNull();
  });

  test('a site section in the running header is no article address', () => {
    expect(urlOf([block('www.nature.com/scientificreports', { y: 815, role: 'running-header' })])).toBeNull();
  });

  test('an address line of the front matter is the article URL', () => {
    const url = 'https://www.example.org/2024/03/03/a-test/';
    expect(findUrl(inputOf([block(url, { y: 700 })])).block).toBeDefined();
  });
});

describe('normaliseUrl', () => {
  test.each([
    ['www.example.org/a/b', 'https://www.example.org/a/b'],
    ['https://example.org/a-b-c/https://example.org/a-b-c/', 'https://example.org/a-b-c/'],
    ['https://www.example.org/2024/x/.', 'https://www.example.org/2024/x/'],
  ])('%j → %j', (text, url) => {
    expect(normaliseUrl(text)).toBe(url);
  });
});
