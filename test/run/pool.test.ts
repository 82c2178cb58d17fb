import { afterEach, describe, expect, test, vi } from 'vitest';
import { type Pool, createPool } from '../../src/run/pool.js';
import { MEMORY_KILL_MARK } from '../../src/run/protocol.js';
import { FakeChild, type Script, converted, dieOf, growTo, hang, replyAfter, until } from '../helpers/fake-child.js';

const MB = 2 ** 20;

let pool: Pool | undefined;
afterEach(() => {
  pool?.close();
  pool = undefined;
  vi.useRealTimers();
});

/** A pool of fake workers: the n-th started runs `scripts[n]` (the last one for any after). */
function fakePool(size: number, scripts: readonly Script[], { ready = true }: { ready?: boolean } = {}) {
  const spawned: FakeChild[] = [];
  pool = createPool({
    size,
    spawn: () => {
      const child = new FakeChild(scripts[Math.min(spawned.length, scripts.length - 1)], { ready });
      spawned.push(child);
      return child;
    },
  });
  return { pool, spawned };
}

describe('createPool', () => {
  test('a reply resolves the file with its outcome', async () => {
    const { pool, spawned } = fakePool(2, [replyAfter(1)]);
    expect(await pool.convert('a.pdf', {})).toEqual(converted('a.pdf'));
    expect(spawned).toHaveLength(1);
  });

  test('no more than `size` workers, each with one file at a time; every file gets its own outcome', async () => {
    let busy = 0;
    let mostBusy = 0;
    const { pool, spawned } = fakePool(2, [
      (child, request) => {
        mostBusy = Math.max(mostBusy, ++busy);
        setTimeout(() => {
          busy--;
          child.reply(request);
        }, 10);
      },
    ]);
    const inputs = ['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf', 'e.pdf'];
    const outcomes = await Promise.all(inputs.map((input) => pool.convert(input, {})));
    expect(outcomes).toEqual(inputs.map((input) => converted(input)));
    expect(spawned).toHaveLength(2);
    expect(mostBusy).toBe(2);
    expect(spawned.map((child) => child.requests.length).sort()).toEqual([2, 3]);
  });

  test('prewarm starts workers before any file, never more than size', () => {
    const { pool, spawned } = fakePool(2, [hang]);
    pool.prewarm(5);
    expect(spawned).toHaveLength(2);
  });

  test('an idle worker that dies is replaced for the next file', async () => {
    const { pool, spawned } = fakePool(1, [replyAfter(1)]);
    pool.prewarm(1);
    spawned[0]?.die(null, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 5)); // its 'close' arrives
    expect(await pool.convert('a.pdf', {})).toEqual(converted('a.pdf'));
    expect(spawned).toHaveLength(2);
    expect(spawned[0]?.requests).toEqual([]);
  });

  test("a file's clock starts when a worker takes it, not when it was queued", async () => {
    vi.useFakeTimers();
    const { pool, spawned } = fakePool(1, [replyAfter(60)]);
    const both = Promise.all([pool.convert('a.pdf', { timeoutMs: 100 }), pool.convert('b.pdf', { timeoutMs: 100 })]);
    await vi.advanceTimersByTimeAsync(300); // b waits 60 ms for a, then takes 60 ms of its own
    expect(await both).toEqual([converted('a.pdf'), converted('b.pdf')]);
    expect(spawned).toHaveLength(1);
  });

  test('a timeout kills the worker; the next file gets a fresh one', async () => {
    const { pool, spawned } = fakePool(1, [hang, replyAfter(1)]);
    const [late, next] = await Promise.all([pool.convert('slow.pdf', { timeoutMs: 30 }), pool.convert('b.pdf', {})]);
    expect(late).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(next).toEqual(converted('b.pdf'));
    expect(spawned).toHaveLength(2);
    expect(spawned[0]?.signals).toContain('SIGKILL');
  });

  test('a worker over the memory limit is killed and the file fails as too-large, not retried', async () => {
    const { pool, spawned } = fakePool(1, [growTo(150 * MB, 1_000), replyAfter(1)]);
    const outcome = await pool.convert('bomb.pdf', { maxMemoryMb: 100 });
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    expect(spawned).toHaveLength(1);
  });

  test('MEMORY_KILL_MARK in the output of a SIGKILLed worker: too-large, not retried', async () => {
    const { pool, spawned } = fakePool(1, [dieOf('SIGKILL', { stderr: `${MEMORY_KILL_MARK} (600 MB)\n` }), replyAfter(1)]);
    expect(await pool.convert('bomb.pdf', {})).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    expect(spawned).toHaveLength(1);
  });

  test('a worker killed from outside after ready: the file is retried once in a fresh worker', async () => {
    const { pool, spawned } = fakePool(1, [dieOf('SIGKILL'), replyAfter(1)]);
    expect(await pool.convert('a.pdf', {})).toEqual(converted('a.pdf'));
    expect(spawned).toHaveLength(2);
    expect(spawned[1]?.requests.map((r) => r.input)).toEqual(['a.pdf']);
  });

  test('a file whose worker dies twice is damaged, the message naming the signal and the retry', async () => {
    const { pool, spawned } = fakePool(1, [dieOf('SIGSEGV'), dieOf('SIGSEGV'), replyAfter(1)]);
    const outcome = await pool.convert('crash.pdf', {});
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'damaged' } });
    const message = outcome.ok ? '' : outcome.error.message;
    expect(message).toContain('killed by SIGSEGV');
    expect(message).toContain('died again on a retry');
    expect(spawned).toHaveLength(2);
  });

  test('a worker that dies before ready, twice: internal, could not start', async () => {
    const { pool, spawned } = fakePool(1, [dieOf(null, { code: 1 })], { ready: false });
    const outcome = await pool.convert('a.pdf', {});
    expect(outcome).toMatchObject({
      ok: false,
      error: { kind: 'internal', message: 'the conversion process could not start (exit code 1)' },
    });
    expect(spawned).toHaveLength(2);
  });

  test.each([
    [0.6, 2], // past half the limit: replaced after its file
    [0.3, 1], // under it: kept
  ])('a worker whose peak was %s of the memory limit: %s workers for two files', async (share, workers) => {
    const { pool, spawned } = fakePool(1, [growTo(share * 100 * MB, 120)]);
    for (const input of ['a.pdf', 'b.pdf']) expect(await pool.convert(input, { maxMemoryMb: 100 })).toEqual(converted(input));
    expect(spawned).toHaveLength(workers);
    if (workers === 2) expect(spawned[0]?.signals).toContain('SIGKILL');
  });

  test('close() fails the running and the queued files and kills the workers', async () => {
    const { pool, spawned } = fakePool(1, [hang]);
    const running = pool.convert('a.pdf', {});
    const queued = pool.convert('b.pdf', {});
    await until(() => spawned[0]?.requests.length === 1);
    pool.close();
    expect(await running).toMatchObject({
      ok: false,
      error: { kind: 'internal', message: 'the run was stopped while this file was converting' },
    });
    expect(await queued).toMatchObject({ ok: false, error: { kind: 'internal', message: 'the run was stopped before this file' } });
    expect(await pool.convert('c.pdf', {})).toMatchObject({ ok: false, error: { message: 'the run was stopped before this file' } });
    expect(spawned).toHaveLength(1);
    expect(spawned[0]?.signals).toContain('SIGKILL');
  });
});
