import { describe, expect, test } from 'vitest';
import { type Covered, forEachOpenRun } from '../../src/layout/open-runs.js';

type Run = [x: number, from: number, to: number, starts: number];

const runsOf = (covered: readonly Covered[], start: number, end: number, step: number, changesOnly = false): Run[] => {
  const runs: Run[] = [];
  forEachOpenRun(covered, start, end, step, (x, from, to, starts) => runs.push([x, from, to, starts]), { changesOnly });
  return runs;
};

/** Each run (bands and starts) once, at the first position it is visited at. */
const firstVisits = (runs: readonly Run[]): Run[] => {
  const seen = new Set<string>();
  return runs.filter(([, from, to, starts]) => {
    const key = `${from}:${to}:${starts}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** The definition, tested stretch by stretch at every position. */
function runsByDefinition(covered: readonly Covered[], start: number, end: number, step: number): Run[] {
  const runs: Run[] = [];
  for (let x = start; x < end; x += step) {
    let from = -1;
    for (let b = 0; b <= covered.length; b++) {
      const open = b < covered.length && (covered[b] as Covered).every(([a, z]) => z <= x || a >= x);
      if (open && from < 0) from = b;
      if (!open && from >= 0) {
        const starts = covered.slice(from, b).reduce((n, stretches) => n + stretches.filter(([a]) => a < x).length, 0);
        runs.push([x, from, b - 1, starts]);
        from = -1;
      }
    }
  }
  return runs;
}

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('forEachOpenRun', () => {
  test('two columns: the bands open in the gutter form one run, with the left stretches counted', () => {
    const twoColumns: Covered[] = Array.from({ length: 4 }, () => [
      [50, 280],
      [310, 540],
    ]);
    const runs = runsOf(twoColumns, 282, 310, 2);
    expect(runs.map(([x]) => x)).toEqual([282, 284, 286, 288, 290, 292, 294, 296, 298, 300, 302, 304, 306, 308]);
    expect(runs.every(([, from, to, starts]) => from === 0 && to === 3 && starts === 4)).toBe(true);
  });

  test('a full-width band splits the runs; a stretch ending or starting at x does not cross it', () => {
    const covered: Covered[] = [[[0, 100]], [[0, 300]], [[100, 200]]];
    expect(runsOf(covered, 100, 101, 2)).toEqual([
      [100, 0, 0, 1],
      [100, 2, 2, 0],
    ]);
    expect(runsOf(covered, 250, 251, 2)).toEqual([
      [250, 0, 0, 1],
      [250, 2, 2, 1],
    ]);
  });

  test('no position before the end: no run', () => {
    expect(runsOf([[[0, 10]]], 20, 20, 2)).toEqual([]);
  });

  test('the same runs as testing every stretch at every position, on random pages', () => {
    const next = random(7);
    for (let page = 0; page < 200; page++) {
      const covered: Covered[] = Array.from({ length: 1 + Math.floor(next() * 12) }, () =>
        Array.from({ length: Math.floor(next() * 4) }, () => {
          const a = Math.round(next() * 600 * 4) / 4;
          return [a, a + Math.round(next() * 300 * 4) / 4] as const;
        }),
      );
      const start = 0.35 + next() * 40;
      expect(runsOf(covered, start, 595, 2)).toEqual(runsByDefinition(covered, start, 595, 2));
    }
  });

  test('visited only where a stretch starts or ends, each run still comes first where it first appears', () => {
    const next = random(11);
    let skipped = 0;
    for (let page = 0; page < 200; page++) {
      const covered: Covered[] = Array.from({ length: 1 + Math.floor(next() * 12) }, () =>
        Array.from({ length: Math.floor(next() * 4) }, () => {
          const a = Math.round(next() * 600 * 4) / 4;
          return [a, a + Math.round(next() * 300 * 4) / 4] as const;
        }),
      );
      const all = runsOf(covered, 0.5, 595, 2);
      const changed = runsOf(covered, 0.5, 595, 2, true);
      expect(firstVisits(changed)).toEqual(firstVisits(all));
      skipped += all.length - changed.length;
    }
    expect(skipped).toBeGreaterThan(0);
  });

  test('visited only where a stretch starts or ends: two columns are seen once in their gutter', () => {
    const twoColumns: Covered[] = Array.from({ length: 4 }, () => [
      [50, 280],
      [310, 540],
    ]);
    expect(runsOf(twoColumns, 282, 310, 2, true)).toEqual([[282, 0, 3, 4]]);
  });

  test('a stretch with an end that is not a number crosses x as a comparison says', () => {
    const covered: Covered[] = [[[Number.NaN, 100]], [[50, Number.NaN]], [[Number.NaN, Number.NaN]], []];
    expect(runsOf(covered, 0, 200, 10)).toEqual(runsByDefinition(covered, 0, 200, 10));
  });
});
