/**
 * The review site in a real browser: Debian's chromium, headless, driven by playwright-core.
 * Skipped, with the reason printed, where no chromium is installed or it cannot start (.ci/run
 * installs it where it can). The corpus part also needs ../shared/corpus/real.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLI, ROOT, ensureBuilt } from '../robustness/built-cli.js';

const RUN_MS = 180_000;
const CANDIDATES = [process.env.OPCLEAN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const REAL = path.resolve(ROOT, '../shared/corpus/real');
/** Two of the real corpus: a two-column preprint and a press release with a photo. */
const REAL_PDFS = ['05-creativity-ml-arxiv-pdftex.pdf', '13-kroger-press-release-pdfium.pdf'];

async function launch(): Promise<{ browser?: Browser; reason?: string }> {
  const executable = CANDIDATES.find((file) => file !== undefined && existsSync(file));
  if (!executable) return { reason: 'no chromium found (Debian: apt-get install chromium; or set OPCLEAN_CHROMIUM)' };
  try {
    return { browser: await chromium.launch({ executablePath: executable, args: ['--no-sandbox'] }) };
  } catch (error) {
    return { reason: `${executable} did not start: ${String(error).split('\n')[0]}` };
  }
}

const { browser, reason } = await launch();
if (!browser) console.log(`review browser tests skipped: ${reason}`);
const hasCorpus = REAL_PDFS.every((file) => existsSync(path.join(REAL, file)));
if (browser && !hasCorpus) console.log(`review browser tests on the real corpus skipped: ${REAL} not found`);

const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-review-'));
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the built CLI from the repository's folder, as a user would. */
function opclean(args: readonly string[]): string {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: RUN_MS });
  if (run.status !== 0 && run.status !== 1) throw new Error(`opclean ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  return run.stderr;
}

async function open(file: string): Promise<Page> {
  const page = await (browser as Browser).newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`file://${file}`);
  return page;
}

const visibleRows = (page: Page) => page.locator('#runs tbody tr:not([hidden])');

describe.skipIf(!browser)('the review site of the fixtures', () => {
  const out = path.join(dir, 'fixtures-out');
  const site = path.join(out, 'review');

  beforeAll(() => {
    ensureBuilt();
    opclean(['fixtures', '--out', out, '--review', '-q']);
  }, RUN_MS);

  test('the index lists every file; its columns sort, by keyboard too', async () => {
    const page = await open(path.join(site, 'index.html'));
    await expect.poll(() => visibleRows(page).count()).toBe(10);
    await page.getByRole('button', { name: 'Pages' }).click();
    const pages = async () => (await page.locator('#runs tbody tr td:nth-child(3)').allTextContents()).map(Number);
    expect(await pages()).toEqual([...(await pages())].sort((a, b) => a - b));
    await page.getByRole('button', { name: 'Pages' }).press('Enter');
    expect((await pages())[0]).toBe(4);
    expect(await page.locator('th:nth-child(3)').getAttribute('aria-sort')).toBe('descending');
    await page.getByRole('button', { name: 'Document' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#runs tbody tr:first-child td:first-child a').textContent()).toBe('footer-variants');
    await page.close();
  });

  test('the index filters by text, status and metadata', async () => {
    const page = await open(path.join(site, 'index.html'));
    await page.keyboard.press('/');
    await page.keyboard.type('baltic'); // a title, not a file name
    await expect.poll(() => visibleRows(page).count()).toBe(1);
    expect(await page.locator('#f-count').textContent()).toBe('1 of 10 shown');
    await page.locator('#f-text').fill('');
    await page.locator('#f-status').selectOption('partial');
    await expect.poll(() => visibleRows(page).count()).toBe(2);
    await page.locator('#f-status').selectOption('');
    await page.locator('#f-missing').selectOption('url');
    expect(await visibleRows(page).locator('td:first-child a').allTextContents()).toEqual(['not-eir-report']);
    await page.close();
  });

  test('a document shows its pages drawn, every block outlined, beside the article', async () => {
    const index = await open(path.join(site, 'index.html'));
    await index.getByRole('link', { name: 'seed-mic25.chromium' }).click();
    const page = index;
    await expect.poll(() => page.locator('.page img').count()).toBe(2);
    await expect
      .poll(() =>
        page
          .locator('.page img')
          .first()
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBe(800);
    expect(await page.locator('#page-1 rect.blk').count()).toBeGreaterThan(8);
    expect(await page.locator('#page-1 rect.g-running').count()).toBe(2); // the running header and footer
    expect(await page.locator('#page-1 rect.g-noise').count()).toBe(1); // the disclaimer
    expect(await page.locator('.article .para').count()).toBeGreaterThan(5);
    await page.close();
  });

  test('focusing a paragraph lights its source blocks, and a block lights its paragraph', async () => {
    const page = await open(path.join(site, 'doc', 'two-column.html'));
    await page.locator('#p3').focus(); // runs from page 1 onto page 2
    const lit = page.locator('rect.blk.lit');
    await expect.poll(() => lit.count()).toBe(2);
    expect(await lit.evaluateAll((rects) => rects.map((r) => r.closest('.page')?.id))).toEqual(['page-1', 'page-2']);
    expect(await page.locator('#p3').getAttribute('class')).toContain('lit');
    expect(await page.locator('#inspector').textContent()).toContain('p3: 2 blocks on page 1, 2');
    // the lit block stands where the paragraph is printed: in the lower half of page 1
    const sheet = await page.locator('#page-1 .sheet').boundingBox();
    const block = await lit.first().boundingBox();
    expect(block && sheet && block.y > sheet.y + sheet.height / 2).toBe(true);

    await page.locator('rect[data-ref="p5"]').first().focus();
    expect(await page.locator('#p5').getAttribute('class')).toContain('lit');
    expect(await page.locator('#p3').getAttribute('class')).not.toContain('lit');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('p5');
    await page.close();
  });

  test('the keyboard moves between the blocks of a page and from a removed line to its block', async () => {
    const page = await open(path.join(site, 'doc', 'two-column.html'));
    const first = page.locator('#page-1 rect.blk').first();
    expect(await first.getAttribute('tabindex')).toBe('0');
    await first.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('b-1-1');
    await page.locator('#removed-0').focus();
    expect(await page.locator('#b-1-0').getAttribute('class')).toContain('lit');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('b-1-0');
    await page.close();
  });

  test('a highlight type toggles off and on', async () => {
    const page = await open(path.join(site, 'doc', 'seed-mic25.chromium.html'));
    const place = page.locator('.article .hl.e-place').first();
    const background = () => place.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe('rgb(191, 219, 254)');
    await page.getByRole('checkbox', { name: 'Places' }).press('Space');
    expect(await page.evaluate(() => document.body.classList.contains('hide-e-place'))).toBe(true);
    expect(await background()).toBe('rgba(0, 0, 0, 0)');
    await page.getByRole('checkbox', { name: 'Places' }).check();
    expect(await background()).toBe('rgb(191, 219, 254)');
    await page.getByRole('checkbox', { name: 'Running head or foot' }).uncheck();
    expect(await page.locator('#page-1 rect.g-running').first().isVisible()).toBe(false);
    await page.close();
  });

  test('the site stays small: under 200 KB per page of PDF', () => {
    const bytes = sizeOf(site);
    expect(bytes / 23).toBeLessThan(200 * 1024);
  });
});

describe.skipIf(!browser)('a hostile document', () => {
  test('its text shows as text: no markup, no script runs; without its PDF the blocks stand on blank pages', async () => {
    const out = path.join(dir, 'hostile-out');
    mkdirSync(out);
    const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>\u0000';
    const box = [72, 600, 540, 700];
    const json = {
      schemaVersion: '1.6.0',
      source: { file: 'evil.pdf', sha256: '0'.repeat(64), pages: 1, producer: null, creator: null },
      title: evil,
      authors: [{ name: evil, sources: ['byline'] }],
      url: `javascript:window.pwned=3`,
      paragraphs: [{ id: 'p1', kind: 'paragraph', text: evil, pages: [1], hash: '0'.repeat(16), boxes: [{ page: 1, box }] }],
      removed: [{ text: evil, kind: 'disclaimer', page: 1, evidence: evil }],
      pages: [{ page: 1, width: 612, height: 792, blocks: [{ id: 'p1-b0', role: 'paragraph', box }] }],
    };
    writeFileSync(path.join(out, 'evil".json'), JSON.stringify(json));
    const entry = { input: 'no/such/evil.pdf', name: 'evil"', status: 'ok', outputs: ['evil".json'], ms: 1, settings: '' };
    writeFileSync(path.join(out, 'index.jsonl'), `${JSON.stringify(entry)}\n`);
    opclean(['review', out, '-q']);
    const page = await open(path.join(out, 'review', 'doc', 'evil".html'));
    let dialogs = 0;
    page.on('dialog', () => dialogs++);
    expect(await page.locator('h1').textContent()).toBe(evil.replace('\u0000', '\uFFFD'));
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('.article img, .meta img').count()).toBe(0);
    expect(await page.locator('.meta a').count()).toBe(0);
    expect(await page.locator('.pages .note').textContent()).toContain('was not found');
    expect(await page.locator('#page-1 rect.blk').count()).toBe(1);
    expect(dialogs).toBe(0);
    await page.close();
  });
});

describe.skipIf(!browser || !hasCorpus)('the review of two real PDFs', () => {
  const out = path.join(dir, 'real-out');
  const site = path.join(out, 'review');

  beforeAll(() => {
    ensureBuilt();
    opclean([...REAL_PDFS.map((f) => path.join(REAL, f)), '--out', out, '--review', '-q']);
  }, RUN_MS);

  test.each(REAL_PDFS)('%s: pictures drawn, and each paragraph lights its blocks', async (file) => {
    const page = await open(path.join(site, 'doc', file.replace(/\.pdf$/, '.html')));
    const pages = await page.locator('.page').count();
    expect(pages).toBeGreaterThan(1);
    await expect.poll(() => page.locator('.page img').count()).toBe(pages);
    const paragraphs = page.locator('.article p.para');
    const count = Math.min(await paragraphs.count(), 8);
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      await paragraphs.nth(i).focus();
      expect(await page.locator('rect.blk.lit').count()).toBeGreaterThan(0);
    }
    await page.close();
  });

  test('the site stays under 200 KB per page of PDF', async () => {
    const page = await open(path.join(site, 'index.html'));
    const pages = (await page.locator('#runs tbody td:nth-child(3)').allTextContents()).reduce((sum, n) => sum + Number(n), 0);
    expect(sizeOf(site) / pages).toBeLessThan(200 * 1024);
    await page.close();
  });
});

function sizeOf(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(folder, entry.name);
    return sum + (entry.isDirectory() ? sizeOf(full) : statSync(full).size);
  }, 0);
}
