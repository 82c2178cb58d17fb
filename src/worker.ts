import { readArticleFile } from './convert-file.js';
import { ConversionError } from './model/errors.js';
import type { ConvertReply, ConvertRequest, FileError, WorkerMessage } from './worker-protocol.js';

/**
 * Conversion process: forked by the worker pool, reads one PDF at a time on request up to its
 * article (the parent extracts and renders) and replies over IPC. The parent enforces time and memory limits by killing this process, so
 * nothing here has to be interruptible.
 */

/** How often to report resident size where the parent cannot read /proc, ms; blocked during
 *  synchronous decoding, so a time limit still backs it up. */
const MEMORY_REPORT_MS = 200;

/** RangeError messages V8 uses when an allocation fails: the input is too big, not our bug. */
const ALLOCATION_FAILURE = /allocation failed|invalid (string|array|typed array) length/i;

const send = (message: WorkerMessage): void => {
  process.send?.(message);
};

let current: number | undefined;

/** Turns whatever a conversion threw into the error the parent reports for the file. */
function toFileError(error: unknown): FileError {
  if (error instanceof ConversionError) {
    const cause = error.cause instanceof Error ? error.cause.stack : undefined;
    return { kind: error.code, message: error.message, ...(cause ? { detail: cause } : {}) };
  }
  const message = error instanceof Error ? error.message : String(error);
  const detail = error instanceof Error && error.stack ? { detail: error.stack } : {};
  if (error instanceof RangeError && ALLOCATION_FAILURE.test(message)) {
    return { kind: 'too-large', message: `ran out of memory while converting (${message})`, ...detail };
  }
  return { kind: 'internal', message: `internal error, please report it with the file (${message})`, ...detail };
}

async function handle(request: ConvertRequest): Promise<void> {
  current = request.id;
  let reply: ConvertReply;
  try {
    const read = await readArticleFile(request.input, request.options);
    reply = { type: 'result', id: request.id, ok: true, ...read };
  } catch (error) {
    reply = { type: 'result', id: request.id, ok: false, error: toFileError(error) };
  }
  current = undefined;
  send(reply);
}

process.on('message', (message: ConvertRequest) => {
  if (message.type === 'convert') void handle(message);
});

// the parent is gone (or closed the pool): nothing can receive our results
process.on('disconnect', () => process.exit(0));

process.on('uncaughtException', (error) => {
  // the state of a half-run conversion is unknown: report the file and let the pool respawn us
  if (current !== undefined) send({ type: 'result', id: current, ok: false, error: toFileError(error) });
  process.stderr.write(`${error.stack ?? String(error)}\n`);
  process.exit(1);
});

process.on('unhandledRejection', (reason) => {
  // pdf.js rejects some internal promises nobody awaits; the conversion's own promise decides
  process.stderr.write(`unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}\n`);
});

if (process.platform !== 'linux') {
  setInterval(() => send({ type: 'memory', rssBytes: process.memoryUsage.rss() }), MEMORY_REPORT_MS).unref();
}

send({ type: 'ready' });

// load pdf.js and the stages now, while the parent still parses arguments and lists inputs
import('./pipeline.js')
  .then(() => import('./read/pdfjs.js'))
  .then((pdfjs) => pdfjs.loadPdfJs())
  .catch((error: unknown) => {
    // the first conversion will hit the same error and report it for its file
    process.stderr.write(`preload failed: ${String(error)}\n`);
  });
