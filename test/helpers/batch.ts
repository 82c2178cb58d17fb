import { type BatchOptions, type BatchSummary, type FileResult, convertBatch } from '../../src/run/batch.js';
import type { Options } from '../../src/model/options.js';

/** Runs convertBatch and returns its summary with every file's result, in discovery order. */
export async function runBatch(
  inputs: readonly string[],
  outDir: string,
  options: Partial<Options> = {},
  batch: BatchOptions = {},
): Promise<{ results: FileResult[]; summary: BatchSummary }> {
  const order = new Map<string, number>();
  const results: FileResult[] = [];
  const summary = await convertBatch(inputs, outDir, options, {
    ...batch,
    onFound: (input) => {
      order.set(input.name, order.size);
      batch.onFound?.(input);
    },
    onResult: (result) => {
      results.push(result);
      batch.onResult?.(result);
    },
  });
  results.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
  return { results, summary };
}
