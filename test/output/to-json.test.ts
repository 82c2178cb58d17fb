import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import type { ArticleBlock } from '../../src/model/document.js';
import { paragraphHash, toJson } from '../../src/output/to-json.js';
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
