import { isMainThread, parentPort } from 'node:worker_threads';
import { convertFileJob, toFileError } from './file-job.js';
import { type CitationText, renderCitationsElsewhere } from '../output/citation/render-citation.js';
import type { CiteReply, CiteRequest, ConvertReply, ConvertRequest, WorkerMessage } from './protocol.js';
import { startThread } from './threads.js';
import { preloadNlp } from '../extract/nlp/load.js';

/**
 * A conversion process: forked by the parent's pool, it converts one file at a time to the end
 * (read → … → extract → render) and replies with the rendered files over IPC. The parent kills
 * it at the per-file time limit and the memory limit; its watchdog thread kills it too when the
 * parent is gone or the memory limit is passed, so nothing here has to be interruptible. Run as
 * a thread of the parent instead (thread-child.ts), it talks over its port, and the parent,
 * whose thread stays free, is its only watchdog.
 *
 * Environment: OPCLEAN_MAX_RSS_MB, the memory limit; OPCLEAN_PRELOAD, what to load at start
 * besides pdf.js: `extract` (compromise: the run extracts) and `cite` (citeproc: the run renders
 * references), comma-separated; OPCLEAN_CITE_IN_PARENT=1 (a thread only): the starting thread
 * renders the references, with citeproc it loaded while this one read.
 */

/** How often to report resident size where the parent cannot read /proc, ms; blocked during
 *  synchronous decoding, so the watchdog and the time limit back it up. */
const MEMORY_REPORT_MS = 200;

// compromise takes a few hundred milliseconds to load in its thread: it starts first, so that it
// loads while pdf.js and the pipeline load and the file is read, not after
const preloaded = (process.env.OPCLEAN_PRELOAD ?? '').split(',');
if (preloaded.includes('extract')) preloadNlp();

/** The parent's end when this runs as a thread; undefined in a process of its own. */
const port = isMainThread ? undefined : parentPort;

const send = (message: WorkerMessage | CiteRequest): void => {
  if (port) port.postMessage(message);
  else if (process.connected) process.send?.(message);
};

let current: number | undefined;

async function handle(request: ConvertRequest): Promise<void> {
  current = request.id;
  let reply: ConvertReply;
  try {
    reply = { type: 'result', id: request.id, ok: true, ...(await convertFileJob(request.input, request.options)) };
  } catch (error) {
    reply = { type: 'result', id: request.id, ok: false, error: toFileError(error) };
  }
  current = undefined;
  send(reply);
}

const maxRssMb = Number(process.env.OPCLEAN_MAX_RSS_MB);
if (!port && process.ppid > 1 && Number.isFinite(maxRssMb) && maxRssMb > 0) {
  startThread(new URL(import.meta.url.endsWith('.ts') ? './watchdog.ts' : './watchdog.js', import.meta.url), {
    workerData: { parentPid: process.ppid, maxRssBytes: maxRssMb * 2 ** 20 },
  }).unref();
}

/** Citations asked of the thread that started this one, by request id. */
const citing = new Map<number, { resolve: (text: CitationText) => void; reject: (error: Error) => void }>();
let citeIds = 0;
if (port && process.env.OPCLEAN_CITE_IN_PARENT === '1') {
  renderCitationsElsewhere(
    (ask) =>
      new Promise<CitationText>((resolve, reject) => {
        const id = ++citeIds;
        citing.set(id, { resolve, reject });
        send({ type: 'cite', id, ask });
      }),
  );
}

const onRequest = (message: ConvertRequest | CiteReply): void => {
  if (message.type === 'convert') void handle(message);
  else if (message.type === 'cite-reply') {
    const waiting = citing.get(message.id);
    citing.delete(message.id);
    if (message.ok) waiting?.resolve(message.text);
    else waiting?.reject(new Error(message.message));
  }
};
if (port) port.on('message', onRequest);
else process.on('message', onRequest);

// the parent is gone (or closed the pool): nothing can receive our results
if (!port) process.on('disconnect', () => process.exit(0));

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

// load every stage now, while the parent still parses arguments and lists inputs
import('../pipeline.js')
  .then(async ({ preloadStages }) => {
    const { createContext } = await import('../model/context.js');
    return preloadStages(createContext({ extract: preloaded.includes('extract'), cite: preloaded.includes('cite') }));
  })
  .catch((error: unknown) => {
    // the first conversion will hit the same error and report it for its file
    process.stderr.write(`preload failed: ${String(error)}\n`);
  });
