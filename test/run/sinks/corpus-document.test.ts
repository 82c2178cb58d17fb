import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { paragraphHash } from '../../../src/output/to-json.js';
import { NotOpcleanJsonError, loadCorpusDocument } from '../../../src/run/sinks/corpus-document.js';

const SHA = 'a'.repeat(64);

/** A small opclean JSON: two paragraphs, a bio, one entity mentioned in both. */
function opcleanJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: '1.5.0',
    source: { file: 'x.pdf', sha256: SHA, pages: 2, producer: null, creator: null },
    title: 'A title',
    authors: [{ name: 'Jane Doe', sources: ['byline'] }],
    published: '2024-03',
    url: null,
    publisher: null,
    bio: { id: 'bio', text: 'Jane Doe writes about Chile.', pages: [2] },
    citation: 'Doe 2024',
    csl: { id: 'doe2024title', accessed: { 'date-parts': [[2026, 1, 5]] } },
    language: 'eng',
    paragraphs: [
      { id: 'p1', kind: 'paragraph', text: 'Chile grew 5% in 2023.', pages: [1], hash: paragraphHash('Chile grew 5% in 2023.') },
      { id: 'h1', kind: 'heading', text: 'Outlook 🌎 Chile', pages: [1, 2], hash: paragraphHash('Outlook 🌎 Chile') },
    ],
    entities: [
      {
        id: 'place:chile',
        name: 'Chile',
        type: 'place',
        country: 'CL',
        aliases: ['Republic of Chile'],
        count: 3,
        confidence: 0.9,
        evidence: [],
        mentions: [
          { paragraph: 'p1', page: 1, start: 0, end: 5 },
          { paragraph: 'h1', page: 2, start: 11, end: 16 },
          { paragraph: 'bio', page: 2, start: 22, end: 27 },
        ],
      },
    ],
    figures: [
      {
        text: '5%',
        kind: 'percent',
        value: 5,
        unit: '%',
        approximate: false,
        sentence: 'Chile grew 5% in 2023.',
        paragraph: 'p1',
        page: 1,
        start: 11,
        end: 13,
      },
    ],
    claims: [
      {
        text: 'Chile grew 5% in 2023.',
        kinds: ['quantitative', 'factual'],
        checkable: true,
        hedged: false,
        score: 5,
        paragraph: 'p1',
        page: 1,
        start: 0,
        end: 22,
      },
    ],
    removed: [{ text: '1', kind: 'page-number', page: 1 }],
    diagnostics: [{ code: 'clean/page-number', severity: 'info', message: 'page number "1"' }],
    ...overrides,
  };
}

describe('loadCorpusDocument', () => {
  test('an opclean JSON becomes the rows of its document', () => {
    const text = JSON.stringify(opcleanJson());
    const doc = loadCorpusDocument(text, 'sub/x');
    expect(doc).toMatchObject({
      name: 'sub/x',
      sha256: SHA,
      jsonSha256: createHash('sha256').update(text).digest('hex'),
      schemaVersion: '1.5.0',
      sourceFile: 'x.pdf',
      published: '2024-03',
      convertedAt: '2026-01-05',
      bio: 'Jane Doe writes about Chile.',
      authors: ['Jane Doe'],
      entities: [
        { id: 'place:chile', name: 'Chile', type: 'place', country: 'CL', aliases: 'Republic of Chile', mentions: 3, confidence: 0.9 },
      ],
      figures: [{ anchor: 'p1', kind: 'percent', value: 5, low: null, unit: '%', per: null, date: null, approximate: false }],
      claims: [{ anchor: 'p1', kinds: 'quantitative,factual', checkable: true, score: 5, confidence: null }],
    });
    expect(doc.paragraphs.map((p) => [p.anchor, p.firstPage, p.lastPage])).toEqual([
      ['p1', 1, 1],
      ['h1', 1, 2],
    ]);
    // mention texts cut from their paragraph (or the bio) with the JSON's UTF-16 offsets
    expect(doc.mentions.map((m) => [m.anchor, m.text])).toEqual([
      ['p1', 'Chile'],
      ['h1', 'Chile'],
      ['bio', 'Chile'],
    ]);
  });

  test('a 1.4.0 JSON, without paragraph hashes, gets the hashes 1.5.0 writes', () => {
    const json = opcleanJson({ schemaVersion: '1.4.0' });
    const paragraphs = (json['paragraphs'] as { hash?: string }[]).map(({ hash, ...p }) => p);
    const doc = loadCorpusDocument(JSON.stringify({ ...json, paragraphs }), 'x');
    expect(doc.paragraphs.map((p) => p.hash)).toEqual([paragraphHash('Chile grew 5% in 2023.'), paragraphHash('Outlook 🌎 Chile')]);
    expect(doc.convertedAt).toBe('2026-01-05');
  });

  test('an entity listed twice is one row with the mentions of both', () => {
    const json = opcleanJson();
    const [entity] = json['entities'] as Record<string, unknown>[];
    const doc = loadCorpusDocument(JSON.stringify({ ...json, entities: [entity, entity] }), 'x');
    expect(doc.entities).toHaveLength(1);
    expect(doc.mentions).toHaveLength(6);
  });

  test.each([
    ['CSL-JSON', JSON.stringify([{ id: 'x', type: 'article' }]), /not an opclean document/],
    ['an index line', JSON.stringify({ input: 'a.pdf', name: 'a', status: 'ok' }), /not an opclean document/],
    ['schema 1.3.0', JSON.stringify(opcleanJson({ schemaVersion: '1.3.0' })), /only 1\.4\.0 to 1\.x/],
    ['schema 2.0.0', JSON.stringify(opcleanJson({ schemaVersion: '2.0.0' })), /only 1\.4\.0 to 1\.x/],
    ['no sha256', JSON.stringify(opcleanJson({ source: { file: 'x.pdf' } })), /not a SHA-256/],
    ['not JSON', '{"schemaVersion": "1.5', /not JSON/],
    [
      'a paragraph id twice',
      JSON.stringify(
        opcleanJson({
          paragraphs: [
            { id: 'p1', text: 'a' },
            { id: 'p1', text: 'b' },
          ],
        }),
      ),
      /"p1" appears twice/,
    ],
  ])('%s is refused with its reason', (_, text, reason) => {
    expect(() => loadCorpusDocument(text, 'x')).toThrow(NotOpcleanJsonError);
    expect(() => loadCorpusDocument(text, 'x')).toThrow(reason);
  });
});
