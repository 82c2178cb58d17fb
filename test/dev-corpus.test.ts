/**
 * The shared dev corpus (../shared/corpus/dev, next to the repository): metadata, paragraph
 * boundaries, noise and the author typo against each document's gold file. Skipped, with the
 * reason printed, where ../shared is absent (a fresh clone elsewhere, CI).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { createContext } from '../src/model/context.js';
import { type Trace, runPipeline } from '../src/pipeline.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const DEV = path.join(path.resolve(REPO, '../shared'), 'corpus', 'dev');
const available = existsSync(DEV);
if (!available) console.warn(`dev-corpus tests skipped: ${DEV} not found (the shared corpus sits next to the repository)`);

interface Gold {
  readonly title: string;
  readonly author: string;
  readonly published: string;
  readonly url: string;
  readonly bio: string | null;
  readonly headings: readonly string[];
  readonly paragraphs: readonly string[];
  readonly noise: readonly string[];
  readonly typos?: readonly string[];
}

const golds = available
  ? readdirSync(DEV)
      .filter((f) => f.endsWith('.gold.json'))
      .sort()
  : [];
const words = (s: string, n = 6) => s.split(/\s+/).slice(0, n).join(' ');

describe.skipIf(!available)('dev corpus', () => {
  for (const goldFile of golds) {
    const name = goldFile.replace(/\.gold\.json$/, '');
    describe(name, () => {
      const gold = JSON.parse(readFileSync(path.join(DEV, goldFile), 'utf8')) as Gold;
      let trace: Trace;
      beforeAll(async () => {
        const bytes = new Uint8Array(readFileSync(path.join(DEV, `${name}.pdf`)));
        trace = await runPipeline(bytes, `${name}.pdf`, createContext({ extract: false }));
      });

      test('metadata', () => {
        const { article } = trace;
        expect({ title: article.title, author: article.authors[0]?.name, published: article.published, url: article.url }).toEqual({
          title: gold.title,
          author: gold.author,
          published: gold.published,
          url: gold.url,
        });
      });

      test('paragraphs and headings', () => {
        expect(trace.article.blocks.filter((b) => b.kind === 'paragraph').map((b) => words(b.text))).toEqual(
          gold.paragraphs.map((p) => words(p)),
        );
        expect(trace.article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(gold.headings);
      });

      test('no noise and no typo in the Markdown body', () => {
        const body = (trace.output.markdown ?? '').replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^# .*$/m, '');
        expect(gold.noise.filter((n) => n.length >= 6 && body.includes(n))).toEqual([]);
        for (const typo of gold.typos ?? []) expect(trace.output.markdown).not.toContain(typo);
      });
    });
  }
});
