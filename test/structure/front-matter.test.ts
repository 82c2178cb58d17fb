import { describe, expect, test } from 'vitest';
import { buildArticle } from '../../src/structure/index.js';
import { block, layout, page, testContext } from '../helpers/layout.js';

const SOURCE = { fileName: 'x.pdf', sha256: '0'.repeat(64), pages: 1 };
const URL = 'https://www.example.org/2024/03/03/opinion-a-test/';

/** Page 1 with a large title, the given front-matter block(s) and two body paragraphs. */
function article(front: ReturnType<typeof block>[]) {
  const doc = layout([
    page(1, [
      block('Opinion – A Test of Front Matter', { y: 760, size: 20 }),
      ...front,
      block(['The body starts here and runs on for a while as body text does,', 'and then it ends.'], { y: 600 }),
      block(['A second paragraph follows with more words in it, as paragraphs do,', 'and ends too.'], { y: 560 }),
    ]),
  ]);
  return buildArticle(doc, testContext(), SOURCE);
}

describe('front matter', () => {
  test('URL and byline in separate blocks', () => {
    const a = article([block(URL, { y: 720, size: 8 }), block('JANE DOE, MAR 3 2024', { y: 700, size: 9 })]);
    expect([a.url, a.published, a.authors.map((x) => x.name)]).toEqual([URL, '2024-03-03', ['Jane Doe']]);
  });

  test('URL and byline set as one block (same size and leading) are still told apart', () => {
    const a = article([block([URL, 'JANE DOE, MAR 3 2024'], { y: 720, size: 9, leading: 11 })]);
    expect([a.url, a.published, a.authors.map((x) => x.name)]).toEqual([URL, '2024-03-03', ['Jane Doe']]);
    expect(a.blocks.map((b) => b.text.slice(0, 8))).toEqual(['The body', 'A second']);
  });

  test('without a URL line, the address printed in a running footer is used (page number dropped)', () => {
    const a = article([block(`${URL} | 1`, { y: 20, size: 7, role: 'running-footer' })]);
    expect([a.url, a.published]).toEqual([URL, '2024-03-03']);
  });
});
