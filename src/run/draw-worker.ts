import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { MAX_SIDE_PX, drawPages } from '../read/render-pages.js';
import { drawWithPoppler, hasPoppler } from './draw-poppler.js';

/**
 * A drawing process of `opclean review`: forked by draw-pool.ts, it draws one PDF at a time and
 * writes each page's picture as `<prefix><page>.jpg`, reporting each page as it is written.
 * The parent kills it at the time limit; it ends when the parent goes.
 */

/** One PDF to draw. */
export interface DrawRequest {
  readonly id: number;
  readonly pdf: string;
  /** The PDF's SHA-256 when it was converted: a file that changed since is not drawn. */
  readonly sha256?: string;
  readonly prefix: string;
  readonly widthPx: number;
  readonly quality: number;
  readonly password?: string;
  /** How long the parent waits for it, ms: the longest a program drawing it may run. */
  readonly timeoutMs?: number;
}

export type DrawMessage =
  | {
      readonly type: 'page';
      readonly id: number;
      readonly page: number;
      readonly width: number;
      readonly height: number;
      readonly file?: string;
      readonly error?: string;
    }
  | { readonly type: 'done'; readonly id: number; readonly error?: string };

const send = (message: DrawMessage): void => {
  if (process.connected) process.send?.(message);
};

async function draw(request: DrawRequest): Promise<void> {
  const { id } = request;
  try {
    const bytes = await readFile(request.pdf);
    if (request.sha256 && createHash('sha256').update(bytes).digest('hex') !== request.sha256) {
      send({ type: 'done', id, error: `${request.pdf} has changed since it was converted` });
      return;
    }
    // Poppler where it is installed and draws the pages as opclean measures them; pdf.js otherwise
    const byPoppler = (await hasPoppler())
      ? await drawWithPoppler({
          pdf: request.pdf,
          prefix: request.prefix,
          widthPx: request.widthPx,
          quality: request.quality,
          seconds: (request.timeoutMs ?? 60_000) / 1000,
          maxSidePx: MAX_SIDE_PX,
          ...(request.password === undefined ? {} : { password: request.password }),
        })
      : undefined;
    if (byPoppler) {
      for (const { page, width, height, file } of byPoppler) {
        send(file ? { type: 'page', id, page, width, height, file } : { type: 'page', id, page, width, height, error: 'not drawn' });
      }
      send({ type: 'done', id });
      return;
    }
    await drawPages(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      widthPx: request.widthPx,
      quality: request.quality,
      ...(request.password === undefined ? {} : { password: request.password }),
      onPage: async ({ page, width, height, jpeg, error }) => {
        if (!jpeg) {
          send({ type: 'page', id, page, width, height, error: error ?? 'not drawn' });
          return;
        }
        const file = `${request.prefix}${page}.jpg`;
        await writeFile(file, jpeg);
        send({ type: 'page', id, page, width, height, file });
      },
    });
    send({ type: 'done', id });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    send({
      type: 'done',
      id,
      error: code === 'ENOENT' ? `${request.pdf} was not found` : error instanceof Error ? error.message : String(error),
    });
  }
}

let queue: Promise<void> = Promise.resolve();
process.on('message', (request: DrawRequest) => {
  queue = queue.then(() => draw(request));
});
process.on('disconnect', () => process.exit(0));
