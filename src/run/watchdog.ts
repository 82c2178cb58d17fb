import { readFileSync, writeSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { MEMORY_KILL_MARK } from './protocol.js';

/**
 * The worker process's watchdog thread. It runs while the process's main thread may be blocked
 * in synchronous decoding (pdf.js inflates a stream in one call), and kills the whole process
 * when its parent is gone (a SIGKILLed or crashed run must not leave workers behind) or when it
 * grows past the memory limit, which so holds even when no parent polls it.
 */

export interface WatchdogSettings {
  /** The parent's pid at start: a different parent pid later means the parent died. */
  readonly parentPid: number;
  /** Resident size past which the process kills itself, bytes. */
  readonly maxRssBytes: number;
}

/** How often the watchdog looks, ms: pdf.js inflates a bomb at about 100 MB/s here, so the
 *  limit is overshot by a few MB at most, and an orphan lives a tenth of a second. */
const WATCH_MS = 50;

const settings = workerData as WatchdogSettings;

function rssBytes(): number {
  try {
    const kb = /^VmRSS:\s*(\d+)\s*kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb !== undefined) return Number(kb) * 1024;
  } catch {
    // no /proc (not Linux): Node's own reading below
  }
  return process.memoryUsage.rss();
}

function die(reason: string): void {
  try {
    writeSync(2, `${reason}\n`);
  } catch {
    // stderr is gone with the parent: nothing to tell
  }
  process.kill(process.pid, 'SIGKILL');
}

setInterval(() => {
  if (process.ppid !== settings.parentPid) die('opclean-worker: the run that started this process is gone');
  const rss = rssBytes();
  if (rss > settings.maxRssBytes) die(`${MEMORY_KILL_MARK} (${Math.round(rss / 2 ** 20)} MB)`);
}, WATCH_MS);
