import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { stopNlp } from '../../src/extract/nlp/load.js';
import { createContext } from '../../src/model/context.js';
import { runPipeline } from '../../src/pipeline.js';
import { TEST_ACCESSED } from '../helpers/citation.js';

const hasPandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasPandoc) console.log('pandoc-outputs.test.ts: pandoc is not installed (Debian: apt-get install pandoc); skipped');

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-pandoc-out-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await stopNlp();
});

const pandoc = (args: string[]) => spawnSync('pandoc', args, { encoding: 'utf8', maxBuffer: 1 << 26 });

describe.skipIf(!hasPandoc)('pandoc --standalone on a converted fixture', async () => {
  const file = 'subheadings.pdf';
  const trace = await runPipeline(
    new Uint8Array(readFileSync(path.join(REPO, 'fixtures', file))),
    file,
    createContext({ accessed: TEST_ACCESSED }),
  );
  const md = path.join(dir, 'article.md');
  writeFileSync(md, trace.output.markdown ?? '');
  const { article } = trace;
  const ids = [...article.blocks.map((b) => b.id), ...(article.bio ? ['bio'] : [])];

  test('HTML: the title once, the author and date in the metadata, every anchor', () => {
    const run = pandoc([md, '-s', '--wrap=none', '--shift-heading-level-by=-1', '-t', 'html']);
    expect(run.status, run.stderr).toBe(0);
    const html = run.stdout;
    expect(html.split(article.title ?? '').length - 1).toBe(2); // <title> and the title block
    expect(html.match(/<h1 class="title"/g)).toHaveLength(1);
    expect(html).toContain(`<meta name="author" content="${article.authors[0]?.name}" />`);
    expect(html).toContain(`<meta name="dcterms.date" content="${article.published}" />`);
    for (const id of ids) expect(html, id).toContain(`id="${id}"`);
  });

  test('HTML with a table of contents: no link inside a link', () => {
    const run = pandoc([md, '-s', '--toc', '--shift-heading-level-by=-1', '-t', 'html']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/<a [^>]*>(?:(?!<\/a>).)*<a /s);
  });

  test('Word: every anchor is a bookmark, the author and date in the document properties', () => {
    const docx = path.join(dir, 'article.docx');
    expect(pandoc([md, '-s', '--shift-heading-level-by=-1', '-o', docx]).status).toBe(0);
    const unzip = (member: string) => spawnSync('unzip', ['-p', docx, member], { encoding: 'utf8' }).stdout;
    const body = unzip('word/document.xml');
    for (const id of ids) expect(body, id).toContain(`w:name="${id}"`);
    const core = unzip('docProps/core.xml');
    expect(core).toContain(article.authors[0]?.name ?? '?');
    expect(core).toContain(article.title ?? '?');
  });
});
