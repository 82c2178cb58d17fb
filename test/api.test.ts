import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as api from '../src/index.js';

const INDEX = fileURLToPath(new URL('../src/index.ts', import.meta.url));

/** Names exported by `export type { … }` statements: types vanish at run time, so read the source. */
function typeExports(source: string): string[] {
  const names: string[] = [];
  for (const match of source.matchAll(/export\s+type\s*\{([^}]*)\}/g)) {
    for (const name of (match[1] ?? '').split(',')) if (name.trim()) names.push(name.trim());
  }
  return names.sort();
}

describe('the JSON Schema ships with the package', () => {
  test('"opclean/schema" resolves to the schema the JSON is written to', async () => {
    const schema = (await import('opclean/schema', { with: { type: 'json' } })).default as {
      properties: { schemaVersion: { const: string } };
    };
    expect(schema.properties.schemaVersion.const).toBe(api.SCHEMA_VERSION);
  });
});

describe('public API (src/index.ts)', () => {
  test('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ConversionError',
      'DEFAULT_OPTIONS',
      'SCHEMA_VERSION',
      'convertBatch',
      'convertFile',
      'createContext',
      'runPipeline',
    ]);
  });

  test('exports exactly these types', () => {
    expect(typeExports(readFileSync(INDEX, 'utf8'))).toEqual(
      [
        'Article',
        'ArticleBlock',
        'Author',
        'BatchOptions',
        'BatchSummary',
        'Block',
        'Box',
        'Claim',
        'ClaimKind',
        'Context',
        'ConvertedFile',
        'Correction',
        'Diagnostic',
        'DocInfo',
        'Enriched',
        'Entity',
        'EntityType',
        'FailureCode',
        'Figure',
        'FigureKind',
        'FileError',
        'FileResult',
        'FontInfo',
        'FurnitureLine',
        'FurnitureTemplate',
        'JsonParagraph',
        'LaidOutPage',
        'Line',
        'Mention',
        'Note',
        'NoteRef',
        'OpcleanJson',
        'Options',
        'OutputFormat',
        'PageLayout',
        'Prov',
        'RawDoc',
        'RawPage',
        'Rendered',
        'Removed',
        'RemovedKind',
        'Role',
        'Sink',
        'SourceInfo',
        'Span',
        'TemplateKey',
        'Stage',
        'TextItem',
        'Trace',
      ].sort(),
    );
  });

  test('values have the expected shapes', () => {
    expect(typeof api.convertFile).toBe('function');
    expect(typeof api.convertBatch).toBe('function');
    expect(typeof api.runPipeline).toBe('function');
    expect(api.SCHEMA_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.isFrozen(api.DEFAULT_OPTIONS)).toBe(true);
    const error = new api.ConversionError('damaged', 'broken xref');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ConversionError');
    expect(error.code).toBe('damaged');
    const ctx = api.createContext({ extract: false });
    expect(ctx.options.extract).toBe(false);
    expect(ctx.options.formats).toEqual(api.DEFAULT_OPTIONS.formats);
  });
});
