import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Page pictures drawn by Poppler's `pdftoppm`, where it is installed: about three times faster
 * than pdf.js's display path through the canvas addon (a path per glyph), which stays the way
 * pages are drawn everywhere else and for any page Poppler does not draw as opclean measures it
 * (a rotated page: opclean's boxes are unrotated). Each program runs under coreutils' `timeout`,
 * so it ends by itself even when the drawing process is killed.
 */

const run = promisify(execFile);

/** A page drawn, with its size in points (its crop box). */
export interface PopplerPage {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  /** The JPEG file drawn, moved to `<prefix><page>.jpg`; undefined when Poppler drew none. */
  readonly file?: string;
}

export interface PopplerRequest {
  readonly pdf: string;
  readonly prefix: string;
  readonly widthPx: number;
  readonly quality: number;
  readonly password?: string;
  /** The longest either program may run, seconds. */
  readonly seconds: number;
  /** The longest side a picture may have, px: a page drawn longer is left to pdf.js, which scales it down. */
  readonly maxSidePx: number;
}

let available: Promise<boolean> | undefined;

/** Whether pdftoppm, pdfinfo and timeout can be run (checked once per process); OPCLEAN_DRAW=pdfjs turns Poppler off. */
export function hasPoppler(): Promise<boolean> {
  if (process.env.OPCLEAN_DRAW === 'pdfjs') return Promise.resolve(false);
  available ??= Promise.all([run('pdftoppm', ['-v']), run('pdfinfo', ['-v']), run('timeout', ['--version'])]).then(
    () => true,
    () => false,
  );
  return available;
}

/** One page's crop box and rotation, from `pdfinfo -box` lines ("Page    2 CropBox: 0 0 612 792", "Page    2 rot:  0"). */
export function pageBoxes(pdfinfo: string): { page: number; width: number; height: number; rotation: number }[] {
  const pages = new Map<number, { width: number; height: number; rotation: number }>();
  const at = (n: number) => pages.get(n) ?? pages.set(n, { width: 0, height: 0, rotation: 0 }).get(n)!;
  for (const m of pdfinfo.matchAll(/^Page\s+(\d+)\s+CropBox:\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)/gm)) {
    const [x0, y0, x1, y1] = [m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number];
    Object.assign(at(Number(m[1])), { width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) });
  }
  for (const m of pdfinfo.matchAll(/^Page\s+(\d+)\s+rot:\s+(-?\d+)/gm)) at(Number(m[1])).rotation = ((Number(m[2]) % 360) + 360) % 360;
  return [...pages].sort((a, b) => a[0] - b[0]).map(([page, box]) => ({ page, ...box }));
}

/**
 * Draws every page of a PDF with pdftoppm into `<prefix><page>.jpg`; undefined when Poppler cannot
 * draw it as opclean measures it (a rotated page, no page sizes, a failure), so that the caller
 * draws it with pdf.js instead.
 */
export async function drawWithPoppler(request: PopplerRequest): Promise<PopplerPage[] | undefined> {
  const limit = String(Math.max(1, Math.ceil(request.seconds)));
  const password = request.password === undefined ? [] : ['-upw', request.password];
  let boxes: ReturnType<typeof pageBoxes>;
  try {
    const info = await run('timeout', ['-s', 'KILL', limit, 'pdfinfo', '-box', '-f', '1', '-l', '1000000', ...password, request.pdf], {
      maxBuffer: 64 * 2 ** 20,
    });
    boxes = pageBoxes(info.stdout);
  } catch {
    return undefined;
  }
  const fits = (b: (typeof boxes)[number]): boolean =>
    b.rotation === 0 && b.width > 0 && b.height > 0 && (request.widthPx * Math.max(b.width, b.height)) / b.width <= request.maxSidePx;
  if (boxes.length === 0 || !boxes.every(fits)) return undefined;
  const scratch = await mkdtemp(`${request.prefix}poppler-`);
  try {
    const args = [
      '-cropbox',
      '-jpeg',
      '-jpegopt',
      `quality=${request.quality}`,
      '-scale-to-x',
      String(request.widthPx),
      '-scale-to-y',
      '-1',
    ];
    await run('timeout', ['-s', 'KILL', limit, 'pdftoppm', ...args, ...password, request.pdf, path.join(scratch, 'p')]);
    // "p-1.jpg" … or "p-01.jpg" …: the page number is the last run of digits
    const drawn = new Map<number, string>();
    for (const name of await readdir(scratch)) {
      const page = /-(\d+)\.jpg$/.exec(name)?.[1];
      if (page) drawn.set(Number(page), path.join(scratch, name));
    }
    const pages: PopplerPage[] = [];
    for (const box of boxes) {
      const from = drawn.get(box.page);
      const file = `${request.prefix}${box.page}.jpg`;
      if (from) await rename(from, file);
      pages.push({ page: box.page, width: box.width, height: box.height, ...(from ? { file } : {}) });
    }
    return pages;
  } catch {
    return undefined;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
