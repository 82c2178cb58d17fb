/** Stretches of x a band's text covers, [start, end]. */
export type Covered = readonly (readonly [number, number])[];

/** Called for one run of consecutive bands that no text crosses at x: bands `from` to `to`
 *  (inclusive), whose stretches begin left of x `starts` times in all. */
export type RunVisitor = (x: number, from: number, to: number, starts: number) => void;

// what an event does to its band at its position
const BLOCK = 0;
const UNBLOCK = 1;
const START = 2;

/**
 * Visits, at x = start, start + step, … while x < end, every run of consecutive bands whose
 * text no stretch crosses at x (a stretch [a, z] crosses x when a < x < z), in order of x and
 * then of band. The same as testing every stretch of every band at every x, but each stretch
 * is placed once (by binary search over the positions) and each position then costs one look
 * at each band: column detection ran this scan on every region of every page, and testing
 * every stretch at every position was the largest share of laying out a page. With
 * `changesOnly`, runs are visited at the first position and then only where some stretch starts
 * or ends, as at the positions between they are those of the last visit again.
 */
export function forEachOpenRun(
  covered: readonly Covered[],
  start: number,
  end: number,
  step: number,
  visit: RunVisitor,
  { changesOnly = false }: { readonly changesOnly?: boolean } = {},
): void {
  const xs: number[] = [];
  // the positions as a loop stepping x would reach them, rounding included
  for (let x = start; x < end; x += step) xs.push(x);
  if (xs.length === 0) return;
  const bands = covered.length;
  const steps = xs.length;
  // what changes at which position: [position, band, kind], in order of position
  const events: [number, number, number][] = [];
  for (let b = 0; b < bands; b++) {
    for (const [a, z] of covered[b] as Covered) {
      // a NaN compares false either way: such an end never stops the stretch crossing x
      const from = Number.isNaN(a) ? 0 : firstAbove(xs, a);
      const to = Number.isNaN(z) ? steps : firstAtLeast(xs, z);
      if (!Number.isNaN(a)) events.push([from, b, START]);
      if (from < to) events.push([from, b, BLOCK], [to, b, UNBLOCK]);
    }
  }
  events.sort((p, q) => p[0] - q[0]);
  const blocked = new Int32Array(bands);
  const starts = new Int32Array(bands);
  let e = 0;
  for (let k = 0; k < steps; k++) {
    // the runs change only where a stretch starts or ends: between, they are the last ones again
    if (changesOnly && k > 0 && (e >= events.length || (events[e] as [number, number, number])[0] !== k)) continue;
    for (; e < events.length && (events[e] as [number, number, number])[0] === k; e++) {
      const [, band, kind] = events[e] as [number, number, number];
      if (kind === BLOCK) blocked[band] = (blocked[band] as number) + 1;
      else if (kind === UNBLOCK) blocked[band] = (blocked[band] as number) - 1;
      else starts[band] = (starts[band] as number) + 1;
    }
    const x = xs[k] as number;
    let from = -1;
    let sum = 0;
    for (let b = 0; b <= bands; b++) {
      const open = b < bands && blocked[b] === 0;
      if (open) {
        if (from < 0) {
          from = b;
          sum = 0;
        }
        sum += starts[b] as number;
      } else if (from >= 0) {
        visit(x, from, b - 1, sum);
        from = -1;
      }
    }
  }
}

/** Index of the first of the ascending xs above v (xs.length when none is). */
function firstAbove(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) > v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first of the ascending xs at or above v (xs.length when none is). */
function firstAtLeast(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) >= v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
