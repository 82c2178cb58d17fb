/** The compiled CLI and worker for tests that run it as a user would, rebuilt first when src/ is newer. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');
/** The compiled worker: tests run on it because a worker started from source via tsx idles
 *  near 400 MB and compiles the pipeline anew each time it is started. */
export const WORKER = path.join(ROOT, 'dist/run/worker.js');

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs;
    }),
  );
}

/** Builds dist/ with tsc when dist/cli.js is missing or older than any file in src/. */
export function ensureBuilt(): void {
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newestSource(path.join(ROOT, 'src'))) return;
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.json')], {
      stdio: 'pipe',
    });
  } catch (error) {
    // tsc still emits on type errors; only a missing CLI is fatal here
    if (!existsSync(CLI)) throw new Error('could not build dist/cli.js', { cause: error });
  }
}
