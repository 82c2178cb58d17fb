import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import type { ArticleBlock } from '../../src/model/document.js';
import { paragraphHash, toJson, toJsonText } from '../../src/output/to-json.js';
import { citationOf } from '../helpers/citation.js';
import { articleFrom, paragraphBlock } from '../helpers/article.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const schema = JSON.parse(readFileSync(path.join(REPO, 'src/output/opclean.schema.json'), 'utf8')) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const item = (id: string, text: string, level: number, marker: string): ArticleBlock => ({
  ...paragraphBlock(id, text),
  kind: 'list-item',
  list: { level, ordered: marker !== '•', marker },
});

describe('list items in the JSON', () => {
  const blocks = [paragraphBlock('p1', 'Highlights:'), item('p2', 'Sales grew.', 0, '•'), item('p3', 'Undo.', 1, '(a)')];
  const article = articleFrom({ paragraphs: [] });
  const source = { ...article.source, sha256: '0'.repeat(64) };
  const json = toJson({ ...article, source, blocks, entities: [], figures: [], claims: [] }, [], citationOf(article));

  test('an item has kind list-item and its place in the list; a paragraph has no list field', () => {
    expect(json.paragraphs).toEqual([
      { id: 'p1', kind: 'paragraph', text: 'Highlights:', pages: [1], hash: paragraphHash('Highlights:') },
      {
        id: 'p2',
        kind: 'list-item',
        text: 'Sales grew.',
        pages: [1],
        hash: paragraphHash('Sales grew.'),
        list: { level: 0, ordered: false, marker: '•' },
      },
      {
        id: 'p3',
        kind: 'list-item',
        text: 'Undo.',
        pages: [1],
        hash: paragraphHash('Undo.'),
        list: { level: 1, ordered: true, marker: '(a)' },
      },
    ]);
  });

  test('the output with list items matches the schema', () => {
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});

describe('geometry in the JSON', () => {
  const hostile = '"box": [\n1,\n2,\n3,\n4\n] { "page": 1, "box": [1, 2, 3, 4] }';
  const blocks: ArticleBlock[] = [{ ...paragraphBlock('p1', hostile), boxes: [{ page: 1, box: [72.04, 600.26, 540, 700.549] }] }];
  const article = articleFrom({ paragraphs: [] });
  const source = { ...article.source, sha256: '0'.repeat(64) };
  const outline = [
    {
      page: 1,
      width: 612,
      height: 792,
      blocks: [{ id: 'p1-b0', role: 'paragraph' as const, box: [72.04, 600.26, 540, 700.549] as const }],
    },
  ];
  const json = toJson({ ...article, source, blocks, outline, entities: [], figures: [], claims: [] }, [], citationOf(article));
  const text = toJsonText(json);

  test('boxes are rounded to 0.1 pt and the pages list every block with its role', () => {
    expect(json.paragraphs[0]?.boxes).toEqual([{ page: 1, box: [72, 600.3, 540, 700.5] }]);
    expect(json.pages?.[0]?.blocks).toEqual([{ id: 'p1-b0', role: 'paragraph', box: [72, 600.3, 540, 700.5] }]);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  test('a box stands on one line, and the text parses back to the same value, hostile text included', () => {
    expect(text).toContain('\n        { "page": 1, "box": [72, 600.3, 540, 700.5] }\n');
    expect(text).toContain('{ "id": "p1-b0", "role": "paragraph", "box": [72, 600.3, 540, 700.5] }');
    expect(JSON.parse(text)).toEqual(json);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
