import { describe, expect, test } from 'vitest';
import { citationOf } from '../helpers/citation.js';
import { toJson } from '../../src/output/to-json.js';
import { articleFrom } from '../helpers/article.js';

describe('notes in the JSON', () => {
  const article = articleFrom({ paragraphs: ['One.¹ Two.¹', 'Three.'] });
  const note = {
    id: '1',
    marker: '1',
    text: 'The note.',
    spans: [],
    pages: [2, 3],
    refs: [
      { paragraph: 'p1', start: 4, end: 5 },
      { paragraph: 'p1', start: 10, end: 11 },
    ],
  };

  test('each note lists its first page and the paragraphs referring to it, once each', () => {
    const json = toJson({ ...article, notes: [note], entities: [], figures: [], claims: [] }, [], citationOf(article));
    expect(json.notes).toEqual([{ id: '1', marker: '1', text: 'The note.', page: 2, refs: ['p1'] }]);
  });

  test('a document without notes has an empty list', () => {
    expect(toJson({ ...article, entities: [], figures: [], claims: [] }, [], citationOf(article)).notes).toEqual([]);
  });
});
