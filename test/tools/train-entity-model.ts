/**
 * Trains the entity model (src/extract/entities/model.ts) and writes
 * src/extract/entities/entity-model.json: each article of test/extraction-gold/ (a text and its
 * exhaustive gold, in the dev corpus's conventions) is run through extraction with the rules
 * alone, and every name found, at any confidence, is labelled with its gold type, or as no name
 * when the gold does not hold it (names the gold marks as ignorable are left out). With --folds N
 * it first reports, fold by fold over the gold's folders, what the model does to names it was
 * not trained on, against the rules alone. Run it whenever the entity rules change:
 *   npm run train:entities [-- --folds 4] [gold folder]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_CLASSES, MODEL_FILE, entityFeatures, likeliestType, mayLift, weighs } from '../../src/extract/entities/model.js';
import { extract } from '../../src/extract/index.js';
import { type LinearModel, type LinearModelFile, classProbabilities, modelFromFile } from '../../src/extract/linear-model.js';
import { createContext } from '../../src/model/context.js';
import { normEntAll } from '../eval/exhaustive.js';
import { EXTRACTION_GOLD, goldArticles } from './extraction-gold.js';
import { type TrainSettings, trainLinear } from './logistic.js';

/** A name found by the rules, its features and its gold class. */
export interface Example {
  readonly group: string;
  readonly document: string;
  readonly features: readonly string[];
  /** Index into MODEL_CLASSES. */
  readonly label: number;
  /** The rules' type and whether their confidence cleared the default threshold. */
  readonly ruleType: string;
  readonly ruleKept: boolean;
  /** Whether the model weighs it (weighs) and may lift it above the threshold (mayLift). */
  readonly weighed: boolean;
  readonly mayLift: boolean;
}

/** Runs the rules over every article of the folder and labels what they find. */
export async function examplesOf(folder: string = EXTRACTION_GOLD): Promise<{ examples: Example[]; documents: number }> {
  const examples: Example[] = [];
  let documents = 0;
  for (const { group, document, article, gold } of goldArticles(folder)) {
    const out = await extract(article, createContext({ minConfidence: 0 }), { entityModel: null });
    const typeOf = new Map<string, string>();
    for (const g of gold.entities_all)
      for (const n of [g.name, ...(g.aliases ?? [])]) if (!typeOf.has(normEntAll(n))) typeOf.set(normEntAll(n), g.type);
    const ignored = new Set((gold.entities_ignore ?? []).map(normEntAll));
    const texts = new Map(article.blocks.map((b) => [b.id, b.text]));
    for (const entity of out.entities) {
      const type = [entity.name, ...entity.aliases].map((n) => typeOf.get(normEntAll(n))).find((t) => t !== undefined);
      if (type === undefined && ignored.has(normEntAll(entity.name))) continue;
      const label = MODEL_CLASSES.indexOf((type ?? 'none') as (typeof MODEL_CLASSES)[number]);
      if (label < 0) continue;
      examples.push({
        group,
        document,
        features: entityFeatures(entity, (id) => texts.get(id)),
        label,
        ruleType: entity.type,
        ruleKept: entity.confidence >= 0.5,
        weighed: weighs(entity),
        mayLift: mayLift(entity, (id) => texts.get(id)),
      });
    }
    documents++;
  }
  return { examples, documents };
}

export const TRAIN_SETTINGS: TrainSettings = { minCount: 2, iterations: 1000, rate: 0.5, l2: 1 };

export const train = (examples: readonly Example[], settings: TrainSettings = TRAIN_SETTINGS): LinearModelFile =>
  trainLinear(examples, MODEL_CLASSES, settings);

/** What the scorer would count over these names: untyped and typed precision of those kept, and
 *  the share of gold names among the candidates that are kept. */
export function measure(examples: readonly Example[], decide: (e: Example) => { kept: boolean; type: string }) {
  let kept = 0;
  let named = 0;
  let typed = 0;
  let goldNames = 0;
  let goldKept = 0;
  for (const e of examples) {
    const { kept: keep, type } = decide(e);
    const isName = MODEL_CLASSES[e.label] !== 'none';
    if (isName) goldNames++;
    if (!keep) continue;
    kept++;
    if (isName) {
      named++;
      goldKept++;
      if (MODEL_CLASSES[e.label] === type) typed++;
    }
  }
  return { precision: named / kept, typedPrecision: typed / kept, keptOfFound: goldKept / goldNames, kept };
}

const byModel =
  (model: LinearModel) =>
  (e: Example): { kept: boolean; type: string } => {
    if (!e.weighed || (!e.ruleKept && !e.mayLift)) return { kept: e.ruleKept, type: e.ruleType };
    const p = classProbabilities(model, e.features);
    const best = likeliestType(p);
    return { kept: (p[best] as number) >= 0.5, type: MODEL_CLASSES[best] as string };
  };

const show = (m: ReturnType<typeof measure>): string =>
  `precision ${m.precision.toFixed(3)}  typed ${m.typedPrecision.toFixed(3)}  gold names kept ${m.keptOfFound.toFixed(3)}  (${m.kept} kept)`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const foldsAt = args.indexOf('--folds');
  const folds = foldsAt >= 0 ? Number(args[foldsAt + 1]) : 0;
  const rest = args.filter((_, i) => i !== foldsAt && i !== foldsAt + 1);
  const folder = rest[0] ?? EXTRACTION_GOLD;
  const { examples, documents } = await examplesOf(folder);
  console.log(`${documents} articles, ${examples.length} names found by the rules`);
  if (folds > 1) {
    const groups = [...new Set(examples.map((e) => e.group))];
    const decided = new Map<Example, { kept: boolean; type: string }>();
    for (let f = 0; f < folds; f++) {
      const held = new Set(groups.filter((_, i) => i % folds === f));
      const model = modelFromFile(train(examples.filter((e) => !held.has(e.group))), MODEL_CLASSES);
      for (const e of examples.filter((x) => held.has(x.group))) decided.set(e, byModel(model)(e));
    }
    console.log(`rules alone:          ${show(measure(examples, (e) => ({ kept: e.ruleKept, type: e.ruleType })))}`);
    console.log(`model, ${folds} folds held out: ${show(measure(examples, (e) => decided.get(e) ?? { kept: false, type: '' }))}`);
  }
  const file = train(examples);
  writeFileSync(MODEL_FILE, `${JSON.stringify(file)}\n`);
  console.log(`wrote ${fileURLToPath(MODEL_FILE)}: ${Object.keys(file.features).length} features`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
