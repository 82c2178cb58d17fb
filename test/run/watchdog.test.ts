import { fork } from 'node:child_process';
import { beforeAll, expect, test } from 'vitest';
import { MEMORY_KILL_MARK } from '../../src/run/protocol.js';
import { WORKER, ensureBuilt } from '../robustness/built-cli.js';

beforeAll(() => ensureBuilt(), 60_000);

test('a worker whose parent does not watch it still stops itself at the memory limit', async () => {
  // a worker loading pdf.js passes 40 MB within its first second; nobody polls it here
  const child = fork(WORKER, [], { env: { ...process.env, OPCLEAN_MAX_RSS_MB: '40' }, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const { signal } = await new Promise<{ signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (_code, sig) => resolve({ signal: sig })),
  );
  expect(signal).toBe('SIGKILL');
  expect(stderr).toContain(MEMORY_KILL_MARK);
}, 20_000);

test('a worker under its memory limit keeps running until told to stop', async () => {
  const child = fork(WORKER, [], { env: { ...process.env, OPCLEAN_MAX_RSS_MB: '2048' }, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(child.exitCode).toBeNull();
  expect(child.signalCode).toBeNull();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  child.disconnect(); // the parent going away: the worker exits on its own
  const code = await exited;
  expect(code).toBe(0);
}, 20_000);
