import { copyFile, lstat, mkdir, readFile, readdir, rmdir, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { OpcleanJson } from '../output/to-json.js';
import { ASSET_FILES, assetPath } from '../review/assets.js';
import { hrefOf } from '../review/html.js';
import { type ReviewDocument, documentPage } from '../review/document-page.js';
import { type IndexRow, indexPage } from '../review/index-page.js';
import type { PageToDraw } from '../review/page-view.js';
import { type DrawnPage, createDrawPool } from './draw-pool.js';
import { type IndexEntry, isIndexFile, parseIndexLine } from './index-log.js';
import { byName } from './inputs.js';

/** The site's folder inside the output folder. */
export const REVIEW_DIR = 'review';
/** What the last build drew, so that a rebuild draws only new or changed PDFs. */
const PICTURES_FILE = '.pictures.json';

/** Picture width in pixels: the page's text reads at a page's width on a laptop screen, and a
 *  text page is about 110 KB as JPEG at quality 60 (fixtures and real corpus, 91 pages). */
export const DEFAULT_PICTURE_WIDTH_PX = 800;
export const DEFAULT_PICTURE_QUALITY = 60;
/** Time to draw one PDF: a floor, and a share per page for long ones. */
const DRAW_TIMEOUT_MS = 60_000;
const DRAW_MS_PER_PAGE = 1_000;

export interface ReviewOptions {
  /** Drawing processes at once; one per core by default. */
  readonly jobs?: number;
  readonly widthPx?: number;
  readonly quality?: number;
  /** Draw the pages (default); without, outlines stand on blank pages of the right size. */
  readonly pictures?: boolean;
  readonly password?: string;
  /** Called as each document's page is written. */
  readonly onDocument?: (name: string) => void;
}

export interface ReviewSummary {
  /** The site's index page. */
  readonly index: string;
  readonly documents: number;
  readonly failed: number;
  readonly pages: number;
  /** Pages drawn this time, and pages whose pictures a previous build drew. */
  readonly drawn: number;
  readonly reused: number;
  /** Documents shown without some or all of their pictures, with the reason. */
  readonly withoutPictures: readonly { readonly name: string; readonly reason: string }[];
}

/** An output folder the review cannot read: no index.jsonl. */
export class ReviewInputError extends Error {
  override readonly name = 'ReviewInputError';
}

interface PictureRecord {
  readonly sha256: string;
  readonly widthPx: number;
  readonly quality: number;
  readonly pages: readonly DrawnPage[];
}

/**
 * Builds the review site of an output folder, `<out>/review/`: index.html (every input of the
 * run), one page per converted document under doc/ (its pages drawn, every block outlined,
 * beside the cleaned article) and the shared assets once. Reads `index.jsonl` (and the shards'
 * indexes) and the JSON outputs; draws each PDF from its input path as recorded, in drawing
 * processes, unless a previous build drew the same file at the same settings.
 */
export async function buildReview(outDir: string, options: ReviewOptions = {}): Promise<ReviewSummary> {
  const root = path.resolve(outDir);
  const entries = await readRunIndex(root);
  const site = path.join(root, REVIEW_DIR);
  await mkdir(path.join(site, 'assets'), { recursive: true });
  await mkdir(path.join(site, 'doc'), { recursive: true });
  for (const file of ASSET_FILES) await copyFile(assetPath(file), path.join(site, 'assets', file));
  const previous = await readPictures(site);
  const settings = { widthPx: options.widthPx ?? DEFAULT_PICTURE_WIDTH_PX, quality: options.quality ?? DEFAULT_PICTURE_QUALITY };
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const pool = options.pictures === false ? undefined : createDrawPool(jobs);
  const pictures: Record<string, PictureRecord> = {};
  const kept = new Set<string>();
  const rows: IndexRow[] = [];
  const withoutPictures: { name: string; reason: string }[] = [];
  let drawn = 0;
  let reused = 0;
  try {
    // a few more documents in hand than drawing processes, so that none waits for its JSON
    await forEachLimit(entries, jobs * 2 + 1, async (entry) => {
      const row = await reviewOne(entry);
      rows.push(row);
      options.onDocument?.(entry.name);
    });
  } finally {
    pool?.close();
  }

  async function reviewOne(entry: IndexEntry): Promise<IndexRow> {
    const base: IndexRow = {
      name: entry.name,
      status: entry.status,
      ...(entry.pages === undefined ? {} : { pages: entry.pages }),
      ...(entry.error ? { error: entry.error } : {}),
    };
    const jsonOutput = entry.outputs.find((o) => o.endsWith('.json') && !o.endsWith('.csl.json'));
    if (entry.status === 'failed' || !jsonOutput) return base;
    if (!isSafeName(entry.name)) return { ...base, error: { kind: 'review', message: 'the name is not a plain relative path' } };
    let json: Partial<OpcleanJson>;
    try {
      json = JSON.parse(await readFile(path.join(root, jsonOutput), 'utf8')) as Partial<OpcleanJson>;
    } catch (error) {
      return { ...base, error: { kind: 'review', message: `${jsonOutput} unreadable: ${messageOf(error)}` } };
    }
    const page = path.join(site, 'doc', `${entry.name}.html`);
    await mkdir(path.dirname(page), { recursive: true });
    const { drawnPages, note } = await picturesOf(entry, json);
    const picture = new Map(drawnPages.filter((p) => p.file).map((p) => [p.page, path.basename(p.file as string)]));
    for (const file of picture.values()) kept.add(path.join(path.dirname(page), file));
    const sizes = json.pages ?? drawnPages;
    const pages: PageToDraw[] = sizes.map((p) => {
      const file = picture.get(p.page);
      return { page: p.page, width: p.width, height: p.height, ...(file ? { image: encodeURIComponent(file) } : {}) };
    });
    const doc: ReviewDocument = { name: entry.name, status: entry.status, json, pages, ...(note ? { pictureNote: note } : {}) };
    await writeFile(page, documentPage(doc));
    kept.add(page);
    const missing = json.missing ?? [];
    return {
      ...base,
      ...(json.source?.pages === undefined ? {} : { pages: json.source.pages }),
      title: json.title ?? null,
      removed: json.removed?.length ?? 0,
      missing,
      entities: json.entities?.length ?? 0,
      figures: json.figures?.length ?? 0,
      claims: json.claims?.length ?? 0,
      warnings: (json.diagnostics ?? []).filter((d) => d.severity === 'warning').length,
      href: `${hrefOf(['doc', ...entry.name.split('/')])}.html`,
    };
  }

  /** The document's pictures: kept from the last build when the PDF and settings are the same,
   *  else drawn now; and why pages lack one, if they do. */
  async function picturesOf(entry: IndexEntry, json: Partial<OpcleanJson>): Promise<{ drawnPages: readonly DrawnPage[]; note?: string }> {
    if (!pool) return { drawnPages: [], note: 'Pages not drawn (--no-pictures): outlines on blank pages.' };
    const sha256 = json.source?.sha256 ?? entry.sha256 ?? '';
    const before = previous[entry.name];
    if (before && before.sha256 === sha256 && before.widthPx === settings.widthPx && before.quality === settings.quality) {
      const files = before.pages.flatMap((p) => (p.file ? [p.file] : []));
      if ((await Promise.all(files.map(exists))).every(Boolean)) {
        pictures[entry.name] = before;
        reused += files.length;
        return { drawnPages: before.pages };
      }
    }
    const prefix = path.join(site, 'doc', `${entry.name}.page-`);
    const pageCount = json.source?.pages ?? entry.pages ?? 1;
    const result = await pool.draw(
      { pdf: path.resolve(entry.input), ...(sha256 ? { sha256 } : {}), prefix, ...settings, ...passwordOf(options) },
      Math.max(DRAW_TIMEOUT_MS, pageCount * DRAW_MS_PER_PAGE),
    );
    const done = result.pages.filter((p) => p.file).length;
    drawn += done;
    if (!result.error) pictures[entry.name] = { sha256, ...settings, pages: result.pages };
    const failed = result.pages.filter((p) => p.error);
    const reason = result.error ?? (failed.length > 0 ? `page ${failed.map((p) => p.page).join(', ')} could not be drawn` : undefined);
    if (reason === undefined) return { drawnPages: result.pages };
    withoutPictures.push({ name: entry.name, reason });
    return { drawnPages: result.pages, note: `${done === 0 ? 'No pictures' : 'Some pages have no picture'}: ${reason}.` };
  }

  rows.sort(byName);
  const index = path.join(site, 'index.html');
  await writeFile(index, indexPage(rows, path.basename(root)));
  await writeFile(path.join(site, PICTURES_FILE), `${JSON.stringify(pictures)}\n`);
  await removeStale(path.join(site, 'doc'), kept);
  return {
    index,
    documents: rows.filter((r) => r.href).length,
    failed: rows.filter((r) => r.status === 'failed').length,
    pages: rows.reduce((sum, r) => sum + (r.href ? (r.pages ?? 0) : 0), 0),
    drawn,
    reused,
    withoutPictures,
  };
}

const passwordOf = (options: ReviewOptions): { password?: string } =>
  options.password === undefined ? {} : { password: options.password };

/** The run's entries, one per name (the last line of a name wins, across the shards' indexes
 *  too), sorted by name. */
async function readRunIndex(root: string): Promise<IndexEntry[]> {
  const names = await readdir(root).catch((error: unknown) => {
    throw new ReviewInputError(`${root}: cannot read the folder (${(error as NodeJS.ErrnoException).code ?? messageOf(error)})`);
  });
  const files = names.filter(isIndexFile).sort();
  if (files.length === 0) throw new ReviewInputError(`${root}: no index.jsonl (not an opclean output folder?)`);
  const entries = new Map<string, IndexEntry>();
  for (const file of files) {
    for (const line of (await readFile(path.join(root, file), 'utf8')).split('\n')) {
      const entry = parseIndexLine(line);
      if (entry) entries.set(entry.name, entry);
    }
  }
  return [...entries.values()].sort(byName);
}

/** A name the site can use as a path under doc/: relative, no `.` or `..` parts, no NUL. */
const isSafeName = (name: string): boolean =>
  name !== '' &&
  !name.includes('\0') &&
  !name.includes('\\') &&
  name.split('/').every((part) => part !== '' && part !== '.' && part !== '..');

async function readPictures(site: string): Promise<Record<string, PictureRecord>> {
  try {
    return JSON.parse(await readFile(path.join(site, PICTURES_FILE), 'utf8')) as Record<string, PictureRecord>;
  } catch {
    return {}; // none yet, or unreadable: everything is drawn again
  }
}

const exists = (file: string): Promise<boolean> =>
  lstat(file).then(
    (s) => s.isFile(),
    () => false,
  );

/** Removes the pages and pictures under doc/ this build did not write or keep (documents no
 *  longer in the run), and the folders left empty; nothing else. */
async function removeStale(dir: string, kept: ReadonlySet<string>): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      await removeStale(full, kept);
      await rmdir(full).catch(() => undefined); // kept when not empty
    } else if (entry.isFile() && !kept.has(full) && /(\.html|\.page-\d+\.jpg)$/.test(entry.name)) {
      await unlink(full);
    }
  }
}

/** Runs `task` on every item, at most `limit` at once. */
async function forEachLimit<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
