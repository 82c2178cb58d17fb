import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, describe, expect, test } from 'vitest';
import { stopNlp } from '../../src/extract/nlp/load.js';
import { createContext } from '../../src/model/context.js';
import { citationOf } from '../helpers/citation.js';
import { SCHEMA_VERSION, toJson } from '../../src/output/to-json.js';
import { runPipeline } from '../../src/pipeline.js';
import { articleFrom } from '../helpers/article.js';
import { furnitureLearntFrom, templatePdfs } from '../helpers/template-pdfs.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const schema = JSON.parse(readFileSync(path.join(REPO, 'src/output/opclean.schema.json'), 'utf8')) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const fixtures = readdirSync(path.join(REPO, 'fixtures'))
  .filter((f) => f.endsWith('.pdf'))
  .sort();

afterAll(() => stopNlp());

describe('the JSON output matches its schema', () => {
  test('the schema names the version the code writes', () => {
    expect((schema.properties as { schemaVersion: { const: string } }).schemaVersion.const).toBe(SCHEMA_VERSION);
  });

  test.each(fixtures)('%s, with extraction', async (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(REPO, 'fixtures', file)));
    const trace = await runPipeline(bytes, file, createContext());
    const json = JSON.parse(trace.output.json ?? 'null') as unknown;
    const ok = validate(json);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });

  test('a file cleaned by a learnt template, its removed[] with evidence', async () => {
    const { multiPage, onePage } = await templatePdfs();
    const furniture = await furnitureLearntFrom(multiPage);
    const trace = await runPipeline(new Uint8Array(onePage), 'one-page.pdf', createContext({ furniture }));
    const json = JSON.parse(trace.output.json ?? 'null') as { removed: { evidence?: string }[] };
    expect(json.removed.filter((r) => r.evidence !== undefined)).toHaveLength(2);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  test('a document with notes', () => {
    const article = articleFrom({ paragraphs: ['Said.¹'] });
    const notes = [{ id: '1', marker: '1', text: 'A note.', spans: [], pages: [1], refs: [{ paragraph: 'p1', start: 5, end: 6 }] }];
    const source = { ...article.source, sha256: '0'.repeat(64) };
    const json = toJson({ ...article, source, notes, entities: [], figures: [], claims: [] }, [], citationOf(article));
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  test('a document that breaks the schema is rejected', () => {
    expect(validate({ schemaVersion: SCHEMA_VERSION, title: 7 })).toBe(false);
  });
});

describe('nested objects are checked too', async () => {
  const bytes = new Uint8Array(readFileSync(path.join(REPO, 'fixtures', 'seed-mic25.chromium.pdf')));
  const good = JSON.parse((await runPipeline(bytes, 'seed.pdf', createContext())).output.json ?? 'null') as {
    entities: { mentions: { paragraph: string }[]; [key: string]: unknown }[];
    figures: { locator: { paragraph: string } }[];
  };
  const broken = (change: (doc: typeof good) => void): boolean => {
    const doc = structuredClone(good);
    change(doc);
    return validate(doc);
  };

  test('the document as written passes, bio mentions included', () => {
    expect(good.entities.some((e) => e.mentions.some((m) => m.paragraph === 'bio'))).toBe(true);
    expect(validate(good), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  test('a paragraph reference that is no paragraph id is rejected', () => {
    expect(broken((d) => ((d.entities[0]?.mentions[0] as { paragraph: string }).paragraph = 'banana'))).toBe(false);
    expect(broken((d) => ((d.figures[0]?.locator as { paragraph: string }).paragraph = 'banana'))).toBe(false);
  });

  test('an unknown key in an entity is rejected', () => {
    expect(broken((d) => ((d.entities[0] as Record<string, unknown>).colour = 'blue'))).toBe(false);
  });
});
