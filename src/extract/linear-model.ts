import { readFileSync } from 'node:fs';

/**
 * A linear model over named binary features (a logistic regression, multinomial for more than
 * two classes), as the entity and claim models use it: each feature present adds its weights,
 * one per class, to the classes' scores, and a softmax turns the scores into probabilities.
 * Its weights are learnt by test/tools/logistic.ts and kept as JSON beside the code using them.
 */
export interface LinearModel {
  readonly classes: readonly string[];
  /** Weights per feature, one per class. */
  readonly weights: ReadonlyMap<string, readonly number[]>;
  /** Weights of the always-present feature. */
  readonly bias: readonly number[];
}

/** A model file as written: its classes, what it was trained on, and its weights. */
export interface LinearModelFile {
  readonly classes: readonly string[];
  readonly trainedOn: { readonly documents: number; readonly examples: number };
  readonly bias: readonly number[];
  readonly features: Readonly<Record<string, readonly number[]>>;
}

export function modelFromFile(file: LinearModelFile, classes: readonly string[]): LinearModel {
  if (file.classes.join() !== classes.join()) throw new Error(`model classes ${file.classes.join()} are not ${classes.join()}`);
  return { classes, weights: new Map(Object.entries(file.features)), bias: file.bias };
}

/** The model kept in `file`, read once per process; null when it is missing or of other classes
 *  (callers then keep the rules' decisions). */
export function shippedModel(file: URL, classes: readonly string[]): () => LinearModel | null {
  let model: LinearModel | null | undefined;
  return () => {
    if (model === undefined) {
      try {
        model = modelFromFile(JSON.parse(readFileSync(file, 'utf8')) as LinearModelFile, classes);
      } catch {
        model = null;
      }
    }
    return model;
  };
}

/** A probability or a score as the models write it, to hundredths. */
export const toHundredths = (x: number): number => Math.round(x * 100) / 100;

/** Each class's summed weights for these features. */
export function classScores(model: LinearModel, features: Iterable<string>): number[] {
  const scores = [...model.bias];
  for (const feature of features) {
    const w = model.weights.get(feature);
    if (w) for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] as number) + (w[k] ?? 0);
  }
  return scores;
}

/** The probability of each class for these features. */
export function classProbabilities(model: LinearModel, features: Iterable<string>): number[] {
  const scores = classScores(model, features);
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}
