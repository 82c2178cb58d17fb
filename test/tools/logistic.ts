/**
 * Learns a linear model (src/extract/linear-model.ts) by logistic regression: multinomial over
 * the classes given, by full-batch gradient descent from zero weights with an L2 penalty, so the
 * same examples always give the same weights. Features seen in fewer than `minCount` examples
 * are left out, and weights are kept to four decimals.
 */
import type { LinearModelFile } from '../../src/extract/linear-model.js';

export interface LabelledExample {
  readonly document: string;
  readonly features: readonly string[];
  /** Index into the classes. */
  readonly label: number;
}

export interface TrainSettings {
  readonly minCount: number;
  readonly iterations: number;
  readonly rate: number;
  /** L2 penalty. */
  readonly l2: number;
}

export function trainLinear(examples: readonly LabelledExample[], classes: readonly string[], settings: TrainSettings): LinearModelFile {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts]
    .filter(([, n]) => n >= settings.minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const k = classes.length;
  const bias = vocabulary.length; // the always-present feature's row
  const rows = examples.map((e) => [...e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), bias]);
  const w = new Float64Array((vocabulary.length + 1) * k);
  const g = new Float64Array(w.length);
  const n = examples.length;
  const scores = new Float64Array(k);
  for (let it = 0; it < settings.iterations; it++) {
    g.fill(0);
    rows.forEach((row, r) => {
      scores.fill(0);
      for (const f of row) for (let c = 0; c < k; c++) scores[c] = (scores[c] as number) + (w[f * k + c] as number);
      let top = Number.NEGATIVE_INFINITY;
      for (const s of scores) top = Math.max(top, s);
      let sum = 0;
      for (let c = 0; c < k; c++) {
        scores[c] = Math.exp((scores[c] as number) - top);
        sum += scores[c] as number;
      }
      const label = (examples[r] as LabelledExample).label;
      for (let c = 0; c < k; c++) {
        const d = (scores[c] as number) / sum - (c === label ? 1 : 0);
        for (const f of row) g[f * k + c] = (g[f * k + c] as number) + d;
      }
    });
    for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) - settings.rate * (((g[i] as number) + settings.l2 * (w[i] as number)) / n);
  }
  const weightsOf = (f: number): number[] => Array.from({ length: k }, (_, c) => Math.round((w[f * k + c] as number) * 1e4) / 1e4);
  const features: Record<string, number[]> = {};
  vocabulary.forEach((f, i) => {
    const ws = weightsOf(i);
    if (ws.some((x) => x !== 0)) features[f] = ws;
  });
  return {
    classes: [...classes],
    trainedOn: { documents: new Set(examples.map((e) => e.document)).size, examples: n },
    bias: weightsOf(bias),
    features,
  };
}
