import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

/**
 * The output folder of a run: checked before any conversion starts, locked against a second run
 * writing into it at the same time, with a staging folder for half-written outputs that the next
 * run sweeps whatever killed this one.
 */

/** The output folder cannot be used; the run does not start (exit 2). */
export class OutDirError extends Error {
  override readonly name = 'OutDirError';
}

export interface OutDir {
  readonly root: string;
  /** Outputs are written here first, then renamed into place. */
  readonly staging: string;
  /** Removes the staging folder and the lock (synchronous: also for exit and signal handlers). */
  release(): void;
}

/** Output folders open in this process, for signal handlers. */
const open = new Set<OutDir>();

/** Releases every output folder this process holds (synchronous, for signal and exit handlers). */
export function releaseOutDirs(): void {
  for (const dir of open) dir.release();
}

/** `suffix` tells shards of one corpus apart: each locks, stages and indexes on its own, so
 *  shards on several machines can share one output folder. */
export async function openOutDir(dir: string, suffix = ''): Promise<OutDir> {
  const root = path.resolve(dir);
  await makeFolder(root);
  const lock = path.join(root, `.opclean${suffix}.lock`);
  takeLock(lock, root);
  const staging = path.join(root, `.opclean${suffix}-staging`);
  try {
    await rm(staging, { recursive: true, force: true }); // what a killed run left half-written
    await mkdir(staging);
  } catch (error) {
    rmSync(lock, { force: true });
    throw new OutDirError(`cannot write into ${root} (${reason(error)})`, { cause: error });
  }
  const handle: OutDir = {
    root,
    staging,
    release() {
      if (!open.delete(handle)) return;
      rmSync(staging, { recursive: true, force: true });
      rmSync(lock, { force: true });
    },
  };
  open.add(handle);
  return handle;
}

/** Creates `dir` and any missing parents one level at a time: Node's recursive mkdir loops for
 *  ever on some paths (under /proc), and an error here must name the folder. */
async function makeFolder(dir: string, target = dir): Promise<void> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new OutDirError(`cannot use ${target} as the output folder (${reason(error)} at ${dir})`, { cause: error });
  });
  if (info?.isDirectory()) return;
  if (info) throw new OutDirError(`cannot use ${target} as the output folder: ${dir === target ? 'it' : dir} is a file`);
  const parent = path.dirname(dir);
  if (parent === dir) throw new OutDirError(`cannot use ${target} as the output folder`);
  await makeFolder(parent, target);
  await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') return;
    throw new OutDirError(`cannot create the output folder ${target} (${reason(error)} at ${dir})`, { cause: error });
  });
}

/** Takes the folder's lock file, or says which run holds it. A lock whose process is gone (a
 *  killed run) is taken over. */
function takeLock(lock: string, root: string): void {
  const owner = `${process.pid} ${hostname()}\n`;
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new OutDirError(`cannot write into ${root} (${reason(error)})`, { cause: error });
      }
      const holder = readHolder(lock);
      if (holder && isAlive(holder)) {
        const who =
          holder.pid === 0
            ? 'another opclean run'
            : `another opclean run (pid ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`})`;
        throw new OutDirError(`${who} is writing into ${root}; wait for it, or use another --out`);
      }
      rmSync(lock, { force: true });
      continue;
    }
    try {
      writeSync(fd, owner); // on a full disk this is where the run learns it
    } catch (error) {
      closeSync(fd);
      rmSync(lock, { force: true });
      throw new OutDirError(`cannot write into ${root} (${reason(error)})`, { cause: error });
    }
    closeSync(fd);
    return;
  }
  throw new OutDirError(`cannot take the lock ${lock}`);
}

/** How long a lock file may stay empty before it counts as stale, ms: a run writes its pid
 *  right after creating it, so an older empty one was left by a run killed in between. */
const EMPTY_LOCK_GRACE_MS = 5_000;

function readHolder(lock: string): { pid: number; host: string } | undefined {
  try {
    const text = readFileSync(lock, 'utf8');
    if (text === '') {
      // being written by a run that is just starting, unless it has been so for a while
      const isFresh = Date.now() - statSync(lock).mtimeMs < EMPTY_LOCK_GRACE_MS;
      return isFresh ? { pid: 0, host: '' } : undefined;
    }
    const [pid, host] = text.trim().split(' ');
    return Number.isInteger(Number(pid)) && Number(pid) > 0 ? { pid: Number(pid), host: host ?? '' } : undefined;
  } catch {
    return undefined; // removed meanwhile, or unreadable: treat as stale
  }
}

/** A lock held on another machine (a shared folder) counts as alive: its process can't be checked. */
function isAlive(holder: { pid: number; host: string }): boolean {
  if (holder.pid === 0 || holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A file-system error as a person reads it. */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOSPC: 'no space left on the device',
    EROFS: 'read-only file system',
    ENOENT: 'no such file or folder',
    ENOTDIR: 'a part of the path is a file',
    EDQUOT: 'disk quota exceeded',
  };
  return code ? `${words[code] ?? code}${words[code] ? `, ${code}` : ''}` : String(error);
}
