import { afterAll, describe, expect, test } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { stopNlp } from '../../src/extract/nlp/load.js';
import { createContext } from '../../src/model/context.js';
import { paragraphHash, toJson } from '../../src/output/to-json.js';
import { articleFrom } from '../helpers/article.js';
import { citationOf } from '../helpers/citation.js';

afterAll(() => stopNlp());

describe('paragraph hashes', () => {
  test('the same text gives the same hash whatever its spacing or Unicode form', () => {
    expect(paragraphHash('Café  au\nlait.')).toBe(paragraphHash('Cafe\u0301 au lait.'));
    expect(paragraphHash('Café au lait.')).toMatch(/^[0-9a-f]{16}$/);
  });

  test('a changed word changes the hash', () => {
    expect(paragraphHash('Prices rose 4 percent.')).not.toBe(paragraphHash('Prices rose 5 percent.'));
  });

  test('every paragraph of the JSON carries its hash', async () => {
    const article = await extract(articleFrom({ paragraphs: ['One sentence here.', 'Another one there.'] }), createContext());
    const json = toJson(article, [], citationOf(article));
    for (const p of json.paragraphs) expect(p.hash).toBe(paragraphHash(p.text));
  });
});

test('every figure and claim carries a locator: its paragraph and pages', async () => {
  const article = await extract(
    articleFrom({ paragraphs: ['In 2015, China spent $40 billion on chips, according to Reuters.'], published: '2025-02-09' }),
    createContext(),
  );
  expect(article.figures.length).toBeGreaterThan(0);
  expect(article.claims.length).toBeGreaterThan(0);
  for (const item of [...article.figures, ...article.claims]) {
    expect(item.locator.paragraph).toBe(item.paragraph);
    expect(item.locator.pages).toContain(item.page);
  }
});
