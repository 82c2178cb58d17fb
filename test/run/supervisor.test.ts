import { afterEach, describe, expect, test, vi } from 'vitest';
import { MEMORY_KILL_MARK } from '../../src/run/protocol.js';
import { type Job, type SuperviseHooks, supervise } from '../../src/run/supervisor.js';
import { FakeChild, type Script, converted, dieOf, growTo, hang, replyAfter, until } from '../helpers/fake-child.js';

const MB = 2 ** 20;

afterEach(() => {
  vi.useRealTimers();
});

const job = (over: Partial<Job> = {}): Job => ({
  input: 'in/a.pdf',
  options: { formats: ['md'] },
  timeoutMs: 5_000,
  maxMemoryMb: 100,
  ...over,
});

/** A supervised fake worker whose resident size reads as `rss` (null: not readable, as where
 *  there is no /proc). */
function started(script: Script, { ready = true, rss = 0, onExit }: { ready?: boolean; rss?: number | null } & SuperviseHooks = {}) {
  const child = new FakeChild(script, { ready });
  const worker = supervise(child, { readRss: async () => rss ?? undefined, ...(onExit ? { onExit } : {}) });
  return { child, worker };
}

describe('supervise', () => {
  test('a reply resolves the job with its outcome; the request carries the file and options', async () => {
    const { child, worker } = started(replyAfter(5));
    const end = await worker.run(job());
    expect(end).toEqual({ outcome: converted('in/a.pdf'), diedUnexplained: false, peakRssBytes: 0 });
    expect(child.requests).toEqual([{ type: 'convert', id: expect.any(Number), input: 'in/a.pdf', options: { formats: ['md'] } }]);
    expect(worker.isBusy).toBe(false);
    expect(worker.isAlive).toBe(true);
    expect(child.signals).toEqual([]);
  });

  test('a reply to another request id is not taken for this job', async () => {
    const { worker } = started((child, request) => {
      child.message({ type: 'result', id: request.id + 1000, ...converted('someone else') });
      setTimeout(() => child.reply(request), 5);
    });
    expect((await worker.run(job())).outcome).toEqual(converted('in/a.pdf'));
  });

  test('a second job while one runs is refused, not queued', async () => {
    const { worker } = started(replyAfter(20));
    const first = worker.run(job());
    expect(worker.isBusy).toBe(true);
    const second = await worker.run(job({ input: 'b.pdf' }));
    expect(second.outcome).toMatchObject({ ok: false, error: { kind: 'internal', message: 'no conversion process was free' } });
    expect((await first).outcome.ok).toBe(true);
  });

  test('past the time limit the process is killed and the file fails as timeout', async () => {
    const { child, worker } = started(hang);
    const end = await worker.run(job({ timeoutMs: 50 }));
    expect(end.outcome).toMatchObject({ ok: false, error: { kind: 'timeout', message: expect.stringContaining('0.05 s') } });
    expect(end.diedUnexplained).toBe(false);
    expect(child.signals).toContain('SIGKILL');
    expect(worker.isAlive).toBe(false);
  });

  test("a file's clock starts when its process is ready, not while it is starting", async () => {
    vi.useFakeTimers();
    const { worker } = started(
      (child, request) => {
        setTimeout(() => {
          child.message({ type: 'ready' });
          setTimeout(() => child.reply(request), 60);
        }, 80);
      },
      { ready: false },
    );
    const ended = worker.run(job({ timeoutMs: 100 }));
    await vi.advanceTimersByTimeAsync(200);
    expect((await ended).outcome).toEqual(converted('in/a.pdf'));
  });

  test('a process that never gets ready is still stopped, after a start-up allowance', async () => {
    vi.useFakeTimers();
    const { child, worker } = started(hang, { ready: false });
    let end: Awaited<ReturnType<typeof worker.run>> | undefined;
    void worker.run(job({ timeoutMs: 100 })).then((e) => {
      end = e;
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(end).toBeUndefined();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(end?.outcome).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(child.signals).toContain('SIGKILL');
  });

  test.each([
    ['read from /proc', 150 * MB, null, 'too-large'],
    ['reported by the worker', null, 150 * MB, 'too-large'],
    ['under the limit, read', 60 * MB, null, 'ok'],
    ['under the limit, reported', null, 60 * MB, 'ok'],
  ])('resident size %s: %s bytes read, %s reported → %s', async (_how, rss, reported, expected) => {
    // the reply comes after a few memory polls (every 50 ms)
    const { child, worker } = started(reported === null ? replyAfter(130) : growTo(reported, 130), { rss });
    const end = await worker.run(job({ maxMemoryMb: 100 }));
    if (expected === 'ok') {
      expect(end.outcome.ok).toBe(true);
      expect(child.signals).toEqual([]);
    } else {
      expect(end.outcome).toMatchObject({ ok: false, error: { kind: expected, message: expect.stringContaining('100 MB') } });
      expect(child.signals).toContain('SIGKILL');
      expect(end.diedUnexplained).toBe(false);
    }
    expect(end.peakRssBytes).toBe(rss ?? reported);
  });

  test.each([
    [MEMORY_KILL_MARK, 'SIGKILL', 'too-large', false],
    ['\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n', 'SIGABRT', 'too-large', false],
    ['some other trouble', 'SIGKILL', 'internal', true],
    ['', 'SIGSEGV', 'internal', true],
  ] as const)('a death with output %j by %s → %s (unexplained: %s)', async (stderr, signal, kind, unexplained) => {
    const { worker } = started(dieOf(signal, { stderr }));
    const end = await worker.run(job());
    expect(end.outcome).toMatchObject({ ok: false, error: { kind } });
    expect(end.diedUnexplained).toBe(unexplained);
    if (kind === 'internal') {
      expect(end.outcome).toMatchObject({
        error: { message: `the conversion process died while converting this file (killed by ${signal}), not stopped by opclean` },
      });
    }
    if (stderr.trim() !== '') expect(end.outcome).toMatchObject({ error: { detail: stderr.trim() } });
  });

  test('a death before the worker said ready is a start-up failure', async () => {
    const { worker } = started(dieOf(null, { code: 1, stderr: 'Error: Cannot find module' }), { ready: false });
    const end = await worker.run(job());
    expect(end.outcome).toMatchObject({
      ok: false,
      error: { kind: 'internal', message: 'the conversion process could not start (exit code 1)', detail: 'Error: Cannot find module' },
    });
    expect(end.diedUnexplained).toBe(true);
  });

  test('an IPC error ends the job as a death', async () => {
    const { worker } = started((child) => child.emit('error', new Error('channel broke')));
    const end = await worker.run(job());
    expect(end.outcome).toMatchObject({ ok: false, error: { kind: 'internal', detail: expect.stringContaining('channel broke') } });
    expect(end.diedUnexplained).toBe(true);
  });

  test('stop() ends a running job as stopped, at once, and calls onExit once', async () => {
    let exits = 0;
    const { child, worker } = started(hang, { onExit: () => exits++ });
    const running = worker.run(job());
    await until(() => child.requests.length === 1);
    worker.stop();
    const end = await running;
    expect(end.outcome).toMatchObject({
      ok: false,
      error: { kind: 'internal', message: 'the run was stopped while this file was converting' },
    });
    expect(end.diedUnexplained).toBe(false);
    expect(child.signals).toContain('SIGKILL');
    expect(child.connected).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 10)); // the fake's own 'close' arrives after stop
    expect(exits).toBe(1);
  });

  test('a dead worker refuses a job', async () => {
    const { child, worker } = started(hang);
    child.die(0, null);
    await until(() => !worker.isAlive);
    const end = await worker.run(job());
    expect(end.outcome).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(child.requests).toEqual([]);
  });
});
