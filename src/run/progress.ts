import cliProgress from 'cli-progress';
import type { BatchSummary, FileResult } from './batch.js';

/**
 * What a run tells the person watching it: a live bar on a terminal (files done of found,
 * pages/s, ETA, failures so far), a plain line every PLAIN_EVERY_MS when stderr is a file or
 * a pipe, nothing but errors with --quiet, and always one summary line at the end.
 */

/** How often a plain progress line is printed when stderr is not a terminal, ms. */
const PLAIN_EVERY_MS = 10_000;

export interface Progress {
  /** A file was found (discovery streams, so the total grows). */
  found(): void;
  /** Discovery ended: the total is known. */
  allFound(): void;
  /** The total is known ahead of discovery (a counting walk). */
  total(count: number): void;
  /** A file ended (converted, unchanged, failed). */
  ended(result: FileResult): void;
  /** Prints a line above the bar (or plainly). */
  log(line: string): void;
  /** Stops the bar and prints the summary. */
  finish(summary: BatchSummary): void;
}

export type ProgressMode = 'bar' | 'plain' | 'quiet';

interface Counts {
  found: number;
  /** Inputs in all, once counted. */
  total?: number;
  isComplete: boolean;
  done: number;
  failed: number;
  pages: number;
}

const safeWrite = (stream: NodeJS.WritableStream, text: string): void => {
  // a closed pipe (`opclean … 2>&1 | head -1`) must not stop the run
  if (!(stream as { destroyed?: boolean }).destroyed) stream.write(text);
};

/** A progress reporter writing to `stream` (stderr). */
export function createProgress(mode: ProgressMode, stream: NodeJS.WritableStream = process.stderr): Progress {
  const started = performance.now();
  const counts: Counts = { found: 0, isComplete: false, done: 0, failed: 0, pages: 0 };
  const pagesPerSecond = (): number => counts.pages / Math.max(0.001, (performance.now() - started) / 1000);
  const tokens = () => ({
    pps: pagesPerSecond().toFixed(1),
    failed: counts.failed,
    more: counts.isComplete || counts.total !== undefined ? '' : '+',
  });

  const view = mode === 'bar' ? barView(stream, counts, tokens) : plainView(mode, stream, counts, started, tokens);
  return {
    found() {
      counts.found++;
      if (counts.found % 100 === 0) view.update();
    },
    allFound() {
      counts.isComplete = true;
      view.update();
    },
    total(total) {
      counts.total = total;
      view.update();
    },
    ended(result) {
      count(counts, result);
      view.update();
    },
    log: view.log,
    finish(summary) {
      view.stop();
      if (mode !== 'quiet') safeWrite(stream, `${summaryLine(summary)}\n`);
    },
  };
}

/** How one mode shows the counts: redrawn on a change, or on a timer of its own. */
interface View {
  update(): void;
  log(line: string): void;
  stop(): void;
}

type Tokens = () => { pps: string; failed: number; more: string };

/** A live bar (cli-progress) that log lines are printed above. */
function barView(stream: NodeJS.WritableStream, counts: Counts, tokens: Tokens): View {
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: ' {bar} {value}/{total}{more} files | {pps} pages/s | ETA {eta_formatted} | {failed} failed',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(0, 0, tokens());
  const update = () => {
    bar.setTotal(counts.total ?? counts.found);
    bar.update(counts.done, tokens());
  };
  return {
    update,
    log: (line) => bars.log(`${line}\n`),
    stop() {
      update();
      bars.stop();
    },
  };
}

/** Log lines as they come and, in 'plain' mode, a progress line every PLAIN_EVERY_MS. */
function plainView(mode: ProgressMode, stream: NodeJS.WritableStream, counts: Counts, started: number, tokens: Tokens): View {
  const timer =
    mode === 'plain'
      ? setInterval(() => {
          const eta = etaSeconds(counts, performance.now() - started);
          const { pps, more } = tokens();
          safeWrite(
            stream,
            `opclean: ${counts.done}/${counts.total ?? counts.found}${more} files, ${pps} pages/s` +
              `${eta === undefined ? '' : `, ETA ${formatDuration(eta * 1000)}`}, ${counts.failed} failed\n`,
          );
        }, PLAIN_EVERY_MS)
      : undefined;
  timer?.unref();
  return {
    update: () => undefined,
    log: (line) => safeWrite(stream, `${line}\n`),
    stop: () => clearInterval(timer),
  };
}

function count(counts: Counts, result: FileResult): void {
  counts.done++;
  if (result.status === 'failed') counts.failed++;
  counts.pages += result.pages ?? 0;
}

function etaSeconds(counts: Counts, elapsedMs: number): number | undefined {
  const total = counts.total ?? (counts.isComplete ? counts.found : undefined);
  if (counts.done === 0 || total === undefined) return undefined;
  return ((total - counts.done) * elapsedMs) / counts.done / 1000;
}

/** The last line of a run: what happened to every input, pages and time. */
export function summaryLine(summary: BatchSummary): string {
  const parts = [`${summary.converted} converted`];
  if (summary.unchanged > 0) parts.push(`${summary.unchanged} unchanged (skipped)`);
  if (summary.notPdf > 0) parts.push(`${summary.notPdf} not PDF (skipped)`);
  // (by kind's name, so that the line reads the same whichever file failed first)
  const failedKinds = Object.entries(summary.failed).sort(([a], [b]) => a.localeCompare(b));
  const failed = failedKinds.reduce((sum, [, n]) => sum + n, 0);
  if (failed > 0) parts.push(`${failed} failed (${failedKinds.map(([kind, n]) => `${n} ${kind}`).join(', ')})`);
  const seconds = summary.ms / 1000;
  const rate = seconds > 0 ? `, ${(summary.pages / seconds).toFixed(1)} pages/s` : '';
  const stopped = summary.stopped ? `; stopped early: ${summary.stopped}` : '';
  return `opclean: ${parts.join(', ')}; ${summary.pages} pages in ${formatDuration(summary.ms)}${rate}${stopped}`;
}

/** 850 ms → "0.9 s", 65,000 ms → "1m 05s". */
export function formatDuration(ms: number): string {
  // whole tenths first: toFixed on a binary fraction rounds 0.85 down, and 59.96 up to "60.0 s"
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
  const total = Math.round(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}h ${String(minutes).padStart(2, '0')}m ${seconds}s` : `${minutes}m ${seconds}s`;
}
