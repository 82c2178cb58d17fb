import { Writable } from 'node:stream';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { BatchSummary, FileResult } from '../../src/run/batch.js';
import { createProgress, formatDuration, summaryLine } from '../../src/run/progress.js';

afterEach(() => {
  vi.useRealTimers();
});

const summary = (over: Partial<BatchSummary> = {}): BatchSummary => ({
  converted: 0,
  unchanged: 0,
  notPdf: 0,
  failed: {},
  pages: 0,
  ms: 0,
  ...over,
});

const result = (status: FileResult['status'], pages?: number): FileResult => ({
  input: 'a.pdf',
  name: 'a',
  status,
  outputs: [],
  diagnostics: [],
  ms: 5,
  ...(pages === undefined ? {} : { pages }),
});

/** A stream that keeps what is written to it. */
function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('summaryLine', () => {
  test.each<[string, Partial<BatchSummary>, string]>([
    ['nothing', {}, 'opclean: 0 converted; 0 pages in 0.0 s'],
    ['all converted', { converted: 4, pages: 12, ms: 3_000 }, 'opclean: 4 converted; 12 pages in 3.0 s, 4.0 pages/s'],
    [
      'a mixed run',
      { converted: 3, unchanged: 2, notPdf: 1, failed: { timeout: 1, 'too-large': 2 }, pages: 30, ms: 12_000 },
      'opclean: 3 converted, 2 unchanged (skipped), 1 not PDF (skipped), 3 failed (1 timeout, 2 too-large); 30 pages in 12.0 s, 2.5 pages/s',
    ],
    [
      'a run stopped early',
      { converted: 1, failed: { 'write-failed': 1 }, pages: 2, ms: 90_000, stopped: 'no space left on the device' },
      'opclean: 1 converted, 1 failed (1 write-failed); 2 pages in 1m 30s, 0.0 pages/s; stopped early: no space left on the device',
    ],
  ])('%s', (_what, over, expected) => {
    expect(summaryLine(summary(over))).toBe(expected);
  });
});

describe('formatDuration', () => {
  test.each([
    [0, '0.0 s'],
    [850, '0.9 s'], // not "0.8 s" (0.85 is a shade under in binary)
    [1_050, '1.1 s'],
    [49, '0.0 s'],
    [50, '0.1 s'],
    [12_340, '12.3 s'],
    [59_900, '59.9 s'],
    [59_949, '59.9 s'],
    [59_960, '1m 00s'], // not "60.0 s"
    [60_000, '1m 00s'],
    [65_000, '1m 05s'],
    [119_600, '2m 00s'],
    [3_599_000, '59m 59s'],
    [3_600_000, '1h 00m 00s'],
    [3_725_000, '1h 02m 05s'],
    [90_000_000, '25h 00m 00s'],
  ])('%i ms → %j', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe('createProgress', () => {
  test("'plain' finish writes exactly one line, the summary", () => {
    const { stream, text } = sink();
    const progress = createProgress('plain', stream);
    progress.found();
    progress.allFound();
    progress.ended(result('ok', 3));
    const done = summary({ converted: 1, pages: 3, ms: 1_000 });
    progress.finish(done);
    expect(text()).toBe(`${summaryLine(done)}\n`);
  });

  test.each(['plain', 'quiet'] as const)("'%s' log() writes the line (errors go through it)", (mode) => {
    const { stream, text } = sink();
    createProgress(mode, stream).log('opclean: a.pdf: damaged');
    expect(text()).toBe('opclean: a.pdf: damaged\n');
  });

  test("'quiet' writes nothing but log lines: no progress, no summary", () => {
    vi.useFakeTimers();
    const { stream, text } = sink();
    const progress = createProgress('quiet', stream);
    progress.found();
    progress.allFound();
    progress.ended(result('failed'));
    vi.advanceTimersByTime(60_000);
    progress.finish(summary({ failed: { damaged: 1 } }));
    expect(text()).toBe('');
  });

  test.each([
    [true, /^opclean: 1\/2 files, [\d.]+ pages\/s, ETA [\d.]+ s, 1 failed\n$/],
    [false, /^opclean: 1\/2\+ files, [\d.]+ pages\/s, 1 failed\n$/], // total not known yet: no ETA
  ])("'plain' prints a progress line every 10 s (discovery done: %s)", (allFound, expected) => {
    vi.useFakeTimers();
    const { stream, text } = sink();
    const progress = createProgress('plain', stream);
    progress.found();
    progress.found();
    if (allFound) progress.allFound();
    progress.ended(result('failed'));
    vi.advanceTimersByTime(9_999);
    expect(text()).toBe('');
    vi.advanceTimersByTime(1);
    expect(text()).toMatch(expected);
    progress.finish(summary());
    vi.advanceTimersByTime(60_000);
    expect(text().split('\n')).toHaveLength(3); // the progress line, the summary, nothing after finish
  });

  test('nothing is written to a closed stream (`opclean … 2>&1 | head -1`)', () => {
    let writes = 0;
    const closed = {
      destroyed: true,
      write: () => {
        writes++;
        throw new Error('write EPIPE');
      },
    } as unknown as NodeJS.WritableStream;
    const progress = createProgress('plain', closed);
    progress.log('x');
    progress.finish(summary());
    expect(writes).toBe(0);
  });
});

test('the summary lists the kinds of failure by name, whichever failed first', () => {
  const line = (failed: Record<string, number>) =>
    summaryLine({ converted: 1, unchanged: 0, notPdf: 0, failed, pages: 2, ms: 1000 } as BatchSummary);
  expect(line({ 'not-a-pdf': 1, damaged: 1 })).toBe(line({ damaged: 1, 'not-a-pdf': 1 }));
  expect(line({ 'not-a-pdf': 1, damaged: 1 })).toContain('2 failed (1 damaged, 1 not-a-pdf)');
});
