import { describe, expect, test } from 'vitest';
import type { ArticleBlock } from '../../src/model/document.js';
import { toMarkdown } from '../../src/output/to-markdown.js';
import { toMdast } from '../../src/output/to-mdast.js';
import { articleFrom, paragraphBlock } from '../helpers/article.js';

/** A list item block at `level`, its marker as printed. */
function listItem(id: string, text: string, level: number, marker = '•'): ArticleBlock {
  const ordered = marker !== '•' && marker !== 'o';
  return { ...paragraphBlock(id, text), kind: 'list-item', list: { level, ordered, marker } };
}

function body(blocks: readonly ArticleBlock[]): string {
  const article = { ...articleFrom({ paragraphs: [] }), blocks, entities: [], figures: [], claims: [] };
  return toMarkdown(toMdast(article)).replace(/^---\n[\s\S]*?\n---\n\n/, '');
}

const anchor = (id: string) => `<span id="${id}" data-pages="1"></span>`;

describe('list items in the Markdown', () => {
  test('consecutive items make one list, a deeper item a list inside the one before', () => {
    const md = body([
      paragraphBlock('p1', 'Highlights:'),
      listItem('p2', 'Sales grew.', 0),
      listItem('p3', 'Digital sales grew.', 1, 'o'),
      listItem('p4', 'Costs fell.', 0),
      paragraphBlock('p5', 'More below.'),
    ]);
    expect(md).toBe(
      `${anchor('p1')}Highlights:\n\n- ${anchor('p2')}Sales grew.\n  - ${anchor('p3')}Digital sales grew.\n- ${anchor('p4')}Costs fell.\n\n${anchor('p5')}More below.\n`,
    );
  });

  test('numbered items make an ordered list from their first number', () => {
    const md = body([listItem('p1', 'Undo.', 0, '3.'), listItem('p2', 'Redo.', 0, '4.')]);
    expect(md).toBe(`3. ${anchor('p1')}Undo.\n4. ${anchor('p2')}Redo.\n`);
  });

  test('letters and roman numerals, which Markdown cannot number, stay in the text', () => {
    const md = body([listItem('p1', 'Comments due.', 0, '(a)'), listItem('p2', 'Affected rules.', 0, '(b)')]);
    expect(md).toBe(`- ${anchor('p1')}(a) Comments due.\n- ${anchor('p2')}(b) Affected rules.\n`);
  });

  test('items carry their id and pages in data', () => {
    const tree = toMdast({
      ...articleFrom({ paragraphs: [] }),
      blocks: [listItem('p7', 'Sales grew.', 0)],
      entities: [],
      figures: [],
      claims: [],
    });
    const list = tree.children.find((n) => n.type === 'list');
    expect(list?.type === 'list' ? list.children[0]?.data?.opclean : undefined).toEqual({ id: 'p7', pages: [1] });
  });
});
