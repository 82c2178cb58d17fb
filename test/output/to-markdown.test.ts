import { describe, expect, test } from 'vitest';
import type { Enriched } from '../../src/model/enriched.js';
import { toMarkdown } from '../../src/output/to-markdown.js';
import { toMdast } from '../../src/output/to-mdast.js';
import { type ArticleSeed, articleFrom } from '../helpers/article.js';

function render(seed: ArticleSeed, extra: Partial<Enriched> = {}): string {
  const article = articleFrom(seed);
  return toMarkdown(toMdast({ ...article, entities: [], figures: [], claims: [], ...extra }));
}

const frontmatterOf = (md: string): string => /^---\n([\s\S]*?)\n---\n/.exec(md)?.[1] ?? '';
const bodyOf = (md: string): string => md.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('toMarkdown(toMdast(article))', () => {
  const md = render(
    { paragraphs: ['First paragraph.', 'Second paragraph.'], author: 'Jane Doe', published: '2024-03-03', bio: 'Jane Doe writes.' },
    { title: 'Opinion – A Title', url: 'https://www.e-ir.info/2024/03/03/a-title/', publisher: 'E-International Relations' },
  );

  test('opens with YAML frontmatter, fields in a fixed order', () => {
    expect(md.startsWith('---\n')).toBe(true);
    const keys = frontmatterOf(md)
      .split('\n')
      .filter((l) => /^\w/.test(l))
      .map((l) => l.split(':')[0]);
    expect(keys).toEqual(['title', 'author', 'date', 'url', 'publisher', 'source', 'sha256', 'pages', 'citation']);
    expect(frontmatterOf(md)).toContain('author:\n  - "Jane Doe"');
    expect(frontmatterOf(md)).toContain('date: "2024-03-03"');
  });

  test('then the title, the byline, the body with anchors and the bio', () => {
    expect(bodyOf(md).trim().split('\n\n')).toEqual([
      '# Opinion – A Title',
      '_By Jane Doe · 2024-03-03 · E-International Relations_',
      '<span id="p1" data-pages="1"></span>First paragraph.',
      '<span id="p2" data-pages="1"></span>Second paragraph.',
      '## About the author',
      '<span id="bio" data-pages="1"></span>Jane Doe writes.',
    ]);
  });

  test('missing metadata stays in the frontmatter as null', () => {
    const bare = render({ paragraphs: ['Text.'] });
    expect(frontmatterOf(bare)).toMatch(/^title: null$/m);
    expect(frontmatterOf(bare)).toMatch(/^date: null$/m);
    expect(frontmatterOf(bare)).toMatch(/^author: \[\]$/m);
    expect(bodyOf(bare)).not.toContain('By ');
  });

  test('YAML-significant characters in values are quoted', () => {
    const quoted = render({ paragraphs: ['Text.'] }, { title: 'Opinion: "Quotes" – and # hash' });
    expect(frontmatterOf(quoted)).toMatch(/^title: "Opinion: \\"Quotes\\" – and # hash"$/m);
  });

  test.each([
    ['*not emphasis*', '\\*not emphasis\\*'],
    ['snake_case_name', 'snake_case_name'],
    ['<b>tag</b>', '\\<b>tag\\</b>'],
    ['[link](x)', '\\[link]\\(x)'],
    ['`code`', '\\`code\\`'],
  ])('paragraph text %j is escaped as %j', (text, escaped) => {
    expect(bodyOf(render({ paragraphs: [text] }))).toContain(`</span>${escaped}\n`);
  });

  test.each([['# not a heading'], ['1. not a list'], ['- not a list'], ['> not a quote']])(
    'a paragraph %j does not turn into block syntax',
    (text) => {
      const body = bodyOf(render({ paragraphs: ['Lead.'], bio: text }));
      const bioLine = body.trim().split('\n').at(-1) ?? '';
      // no line of the body starts with the syntax: the text stays after its anchor, escaped
      expect(body.split('\n').some((line) => line.startsWith(text.slice(0, 2)))).toBe(false);
      expect(bioLine.replace(/^<span [^>]*><\/span>/, '').replace(/\\/g, '')).toBe(text);
    },
  );

  test('the same article renders to the same bytes', () => {
    const seed = { paragraphs: ['One.', 'Two.'], author: 'Jane Doe' };
    expect(render(seed)).toBe(render(seed));
  });

  describe('notes', () => {
    const notes = [
      { id: '1', marker: '1', text: 'The report of 2020.', spans: [], pages: [1], refs: [{ paragraph: 'p1', start: 12, end: 13 }] },
      { id: '∗', marker: '∗', text: 'Jane Doe teaches.', spans: [], pages: [1], refs: [] },
    ];
    const md = render({ paragraphs: ['It was said.¹ Then more.', 'Second.'] }, { notes });

    test('a marker becomes a footnote reference in its sentence', () => {
      expect(bodyOf(md)).toContain('</span>It was said.[^1] Then more.\n');
    });

    test('the notes close the document as footnote definitions under a Notes heading', () => {
      expect(bodyOf(md).trim().split('\n\n').slice(-3)).toEqual(['## Notes', '[^1]: The report of 2020.', '[^∗]: Jane Doe teaches.']);
    });

    test('without notes there is no Notes heading', () => {
      expect(render({ paragraphs: ['Text.¹'] })).not.toContain('Notes');
    });
  });
});
