import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { ReviewInputError, buildReview } from '../../src/run/review.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-review-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const line = (entry: object): string => `${JSON.stringify({ ms: 1, settings: '', ...entry })}\n`;

/** An output folder as a run leaves it: two-column.pdf converted (its golden JSON), a failed file
 *  and a line whose name would leave the site's folder. */
function outFolder(name: string): string {
  const out = path.join(dir, name);
  rmSync(out, { recursive: true, force: true });
  const golden = path.join(ROOT, 'test/golden/two-column/6-output.json');
  mkdirSync(path.join(out, 'sub'), { recursive: true });
  copyFileSync(golden, path.join(out, 'sub', 'two-column.json'));
  const sha256 = (JSON.parse(readFileSync(golden, 'utf8')) as { source: { sha256: string } }).source.sha256;
  writeFileSync(
    path.join(out, 'index.jsonl'),
    line({
      input: path.join(ROOT, 'fixtures/two-column.pdf'),
      name: 'sub/two-column',
      status: 'ok',
      outputs: ['sub/two-column.json'],
      sha256,
      pages: 2,
    }) +
      line({ input: 'x.pdf', name: 'x', status: 'failed', outputs: [], error: { kind: 'damaged', message: 'cut short' } }) +
      line({ input: 'y.pdf', name: '../y', status: 'ok', outputs: ['../y.json'] }),
  );
  return out;
}

describe('buildReview', () => {
  test('a folder without index.jsonl is no output folder', async () => {
    await expect(buildReview(dir)).rejects.toBeInstanceOf(ReviewInputError);
  });

  test('writes the index, a page per document with its pictures, and draws again only what changed', async () => {
    const out = outFolder('out');
    const first = await buildReview(out, { jobs: 1, widthPx: 300 });
    expect(first).toMatchObject({ documents: 1, failed: 1, pages: 2, drawn: 2, reused: 0, withoutPictures: [] });
    const site = path.join(out, 'review');
    expect(readdirSync(path.join(site, 'doc', 'sub')).sort()).toEqual([
      'two-column.html',
      'two-column.page-1.jpg',
      'two-column.page-2.jpg',
    ]);
    expect(readdirSync(path.join(site, 'assets')).sort()).toEqual(['review.css', 'review.js']);
    const index = readFileSync(path.join(site, 'index.html'), 'utf8');
    expect(index).toContain('href="doc/sub/two-column.html"');
    expect(index).toContain('the name is not a plain relative path');
    expect(existsSync(path.join(dir, 'y.html'))).toBe(false);
    const page = readFileSync(path.join(site, 'doc', 'sub', 'two-column.html'), 'utf8');
    expect(page).toContain('href="../../assets/review.css"');
    expect(page).toContain('src="two-column.page-1.jpg"');

    const second = await buildReview(out, { jobs: 1, widthPx: 300 });
    expect(second).toMatchObject({ drawn: 0, reused: 2 });
    const wider = await buildReview(out, { jobs: 1, widthPx: 320 });
    expect(wider).toMatchObject({ drawn: 2, reused: 0 });
  }, 60_000);

  test('a PDF that is gone leaves outlines on blank pages, said once; a document no longer in the run leaves the site', async () => {
    const out = outFolder('moved');
    const index = path.join(out, 'index.jsonl');
    writeFileSync(index, readFileSync(index, 'utf8').replace(/"input":"[^"]*two-column.pdf"/, '"input":"gone/two-column.pdf"'));
    const summary = await buildReview(out, { jobs: 1 });
    expect(summary.withoutPictures).toEqual([{ name: 'sub/two-column', reason: `${path.resolve('gone/two-column.pdf')} was not found` }]);
    const page = readFileSync(path.join(out, 'review', 'doc', 'sub', 'two-column.html'), 'utf8');
    expect(page).toContain('No pictures:');
    expect(page).not.toContain('<img');
    expect(page.match(/<rect id=/g)?.length).toBeGreaterThan(10);

    writeFileSync(
      index,
      line({ input: 'x.pdf', name: 'x', status: 'failed', outputs: [], error: { kind: 'damaged', message: 'cut short' } }),
    );
    await buildReview(out, { jobs: 1, pictures: false });
    expect(existsSync(path.join(out, 'review', 'doc', 'sub'))).toBe(false);
  }, 60_000);
});
