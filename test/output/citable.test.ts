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

describe('citing in the run’s style', async () => {
  const { render } = await import('../../src/output/index.js');
  const { TEST_ACCESSED } = await import('../helpers/citation.js');
  const article = await extract(
    articleFrom({
      paragraphs: ['Opening words of the piece.', 'In 2015, China spent $40 billion on chips, according to Reuters.'],
      author: 'Farhad Gojayev',
      published: '2025-02-09',
    }),
    createContext(),
  );
  const run = (options: Partial<Parameters<typeof createContext>[0]>) =>
    render(article, createContext({ accessed: TEST_ACCESSED, ...options }));

  test('claims and figures carry in-text citations by paragraph and by page, in the chosen style', async () => {
    const chicago = JSON.parse((await run({})).json ?? '{}') as { claims: { inText: { paragraph: string; page: string } }[] };
    expect(chicago.claims[0]?.inText).toEqual({ paragraph: '(Gojayev 2025, para. 2)', page: '(Gojayev 2025, 1)' });
    const apa = JSON.parse((await run({ citeStyle: 'apa' })).json ?? '{}') as {
      figures: { inText: { paragraph: string; page: string } }[];
      citation: string;
    };
    expect(apa.figures[0]?.inText).toEqual({ paragraph: '(Gojayev, 2025, para. 2)', page: '(Gojayev, 2025, p. 1)' });
    expect(apa.citation).toMatch(/^Gojayev, F\. \(2025/);
  });

  test('the frontmatter holds the CSL item pandoc’s citeproc reads; the "How to cite" section only when asked', async () => {
    const plain = (await run({})).markdown ?? '';
    expect(plain).toMatch(/^references:\n {2}- \{"id":"gojayev2025/m);
    expect(plain).not.toContain('## How to cite');
    const withSection = (await run({ howToCite: true })).markdown ?? '';
    expect(withSection).toMatch(/## How to cite\n\nGojayev, Farhad\. 2025\./);
  });
});

test('with citations off, no reference and no in-text citations; the CSL item stays', async () => {
  const { render } = await import('../../src/output/index.js');
  const { TEST_ACCESSED } = await import('../helpers/citation.js');
  const article = await extract(
    articleFrom({ paragraphs: ['In 2015, China spent $40 billion on chips.'], published: '2025-02-09' }),
    createContext(),
  );
  const out = await render(article, createContext({ accessed: TEST_ACCESSED, cite: false }));
  const json = JSON.parse(out.json ?? '{}') as { citation: unknown; csl: { id: string }; figures: Record<string, unknown>[] };
  expect(json.citation).toBeNull();
  expect(json.csl.id).toMatch(/2025/);
  expect(json.figures[0]).not.toHaveProperty('inText');
  expect(out.markdown).toMatch(/^citation: null$/m);
});
