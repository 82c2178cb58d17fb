import { describe, expect, test } from 'vitest';
import type { OpcleanJson } from '../../src/output/to-json.js';
import { documentPage, rootOf } from '../../src/review/document-page.js';
import { esc, hrefOf, jsonForScript, safeUrl } from '../../src/review/html.js';
import { markedText } from '../../src/review/highlights.js';
import { indexPage } from '../../src/review/index-page.js';
import { linkBlocks } from '../../src/review/page-view.js';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> "quoted" \'single\' & \u0000\u0007\uD800 end';

/** A small JSON of schema 1.6.0 with the fields the review reads. */
function jsonWith(text: string): Partial<OpcleanJson> {
  const box = [72, 600, 540, 700] as const;
  return {
    schemaVersion: '1.6.0',
    source: { file: `${text}.pdf`, sha256: '0'.repeat(64), pages: 1, producer: null, creator: null },
    title: text,
    authors: [{ name: text, sources: ['byline'] }],
    published: null,
    url: 'javascript:alert(3)',
    publisher: null,
    missing: ['published', 'publisher'],
    paragraphs: [{ id: 'p1', kind: 'paragraph', text, pages: [1], hash: '0'.repeat(16), boxes: [{ page: 1, box }] }],
    removed: [{ text, kind: 'running-header', page: 1, boxes: [{ page: 1, box: [72, 750, 540, 770] }] }],
    entities: [],
    figures: [],
    claims: [],
    diagnostics: [{ code: 'clean/x', severity: 'warning', message: text }],
    pages: [
      {
        page: 1,
        width: 612,
        height: 792,
        blocks: [
          { id: 'p1-b0', role: 'running-header', box: [72, 750, 540, 770] },
          { id: 'p1-b1', role: 'paragraph', box },
          { id: 'p1-b2', role: 'other', box: [72, 50, 80, 60] },
        ],
      },
    ],
  };
}

describe('escaping', () => {
  test('markup characters are escaped and unprintable characters shown as U+FFFD', () => {
    expect(esc('<a href="x">&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
    expect(esc('a\u0000b\u0007c\uD800d\uD83D\uDE00')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uD83D\uDE00');
  });

  test('JSON in a script element cannot close it; links are http(s) only; paths keep one segment per folder', () => {
    expect(jsonForScript({ a: '</script><!--' })).toBe('{"a":"\\u003c/script>\\u003c!--"}');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(hrefOf(['doc', '2024', 'a #1?.html'])).toBe('doc/2024/a%20%231%3F.html');
    expect(rootOf('2024/x')).toBe('../../');
  });

  test('a document page holds no markup from the document: every field is escaped', () => {
    const html = documentPage({ name: 'x', status: 'ok', json: jsonWith(HOSTILE), pages: [{ page: 1, width: 612, height: 792 }] });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('href="javascript:');
    expect(html).not.toMatch(/[\u0000\u0007]/);
    expect(html.match(/<script\b/g)).toHaveLength(2); // the data and review.js
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('the index escapes names, titles and error messages', () => {
    const html = indexPage(
      [
        { name: HOSTILE, status: 'failed', error: { kind: 'damaged', message: HOSTILE } },
        { name: 'a', status: 'ok', title: HOSTILE, href: hrefOf(['doc', 'a.html']), missing: [] },
      ],
      HOSTILE,
    );
    expect(html).not.toContain('<script>alert');
    expect(html.match(/<script\b/g)).toHaveLength(1);
  });
});

describe('marks in the text', () => {
  test.each([
    ['no marks', [], 'a &lt; b'],
    ['one mark', [{ start: 0, end: 1, classes: 'e e-person', tag: 'e0' }], '<span class="hl e e-person" data-h="e0">a</span> &lt; b'],
    [
      'a figure inside a claim: pieces carry both',
      [
        { start: 0, end: 5, classes: 'c', tag: 'c0' },
        { start: 4, end: 5, classes: 'f', tag: 'f1' },
      ],
      '<span class="hl c" data-h="c0">a &lt; </span><span class="hl c f" data-h="c0 f1">b</span>',
    ],
    ['a mark past the end is clipped', [{ start: 4, end: 99, classes: 'f', tag: 'f0' }], 'a &lt; <span class="hl f" data-h="f0">b</span>'],
  ])('%s', (_, marks, html) => {
    expect(markedText('a < b', marks)).toBe(html);
  });
});

describe('blocks linked to the article', () => {
  test('a paragraph and a removed line find their blocks by page and box; other blocks stay unlinked', () => {
    const linked = linkBlocks(jsonWith('text'), [{ page: 1, width: 612, height: 792 }]);
    expect(linked.blocksOf.get('p1')).toEqual(['b-1-1']);
    expect(linked.blocksOf.get('removed-0')).toEqual(['b-1-0']);
    expect(linked.pages[0]?.blocks.map((b) => [b.rectId, b.role, b.ref])).toEqual([
      ['b-1-0', 'running-header', 'removed-0'],
      ['b-1-1', 'paragraph', 'p1'],
      ['b-1-2', 'other', undefined],
    ]);
  });

  test('a box no block of pages[] has is outlined on its own; a JSON without pages[] still links its boxes', () => {
    const { pages: _, ...old } = jsonWith('text');
    const linked = linkBlocks(old, [{ page: 1, width: 612, height: 792 }]);
    expect(linked.pages[0]?.blocks.map((b) => [b.rectId, b.ref])).toEqual([
      ['b-1-0', 'p1'],
      ['b-1-1', 'removed-0'],
    ]);
  });
});
