/**
 * Trains the claim model (src/extract/claims/model.ts) and writes
 * src/extract/claims/claim-model.json: each article of test/extraction-gold/ is run through
 * extraction with the claim rules alone, and every claim is labelled central when it matches one
 * of the gold's `claims_central` as the scorer matches claims. With --folds N it first reports,
 * fold by fold over the gold's folders, the share of central claims among each text's ten best
 * kept claims and of checkable ones among its five best, for the rules alone and with the model
 * trained on the other folds. Run it whenever the claim rules change:
 *   npm run train:claims [-- --folds 4] [gold folder]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLAIM_CLASSES, CLAIM_MODEL_FILE, bodyPlacesOf, claimFeatures, weighClaims } from '../../src/extract/claims/model.js';
import { rankClaims } from '../../src/extract/claims/index.js';
import { extract } from '../../src/extract/index.js';
import { type LinearModelFile, modelFromFile } from '../../src/extract/linear-model.js';
import { createContext } from '../../src/model/context.js';
import type { ArticleBlock } from '../../src/model/document.js';
import type { Claim } from '../../src/model/enriched.js';
import { claimMatch } from '../eval/exhaustive.js';
import { EXTRACTION_GOLD, goldArticles } from './extraction-gold.js';
import { type TrainSettings, trainLinear } from './logistic.js';

/** One article's claims as the rules ranked them, with what the gold says of each. */
export interface ClaimDocument {
  readonly group: string;
  readonly document: string;
  readonly blocks: readonly ArticleBlock[];
  readonly claims: readonly Claim[];
  readonly central: readonly boolean[];
  readonly checkable: readonly boolean[];
  readonly centralCount: number;
}

export async function claimDocuments(folder: string = EXTRACTION_GOLD): Promise<ClaimDocument[]> {
  const out: ClaimDocument[] = [];
  for (const { group, document, article, gold } of goldArticles(folder)) {
    const enriched = await extract(article, createContext({ minConfidence: 0 }), { claimModel: null });
    const central = gold.claims_central ?? [];
    const checkable = gold.claims_checkable ?? [];
    out.push({
      group,
      document,
      blocks: article.blocks,
      claims: enriched.claims,
      central: enriched.claims.map((c) => central.some((g) => claimMatch(c.text, g))),
      checkable: enriched.claims.map((c) => checkable.some((g) => claimMatch(c.text, g))),
      centralCount: central.length,
    });
  }
  return out;
}

export const TRAIN_SETTINGS: TrainSettings = { minCount: 2, iterations: 1000, rate: 0.5, l2: 5 };

export function train(documents: readonly ClaimDocument[], settings: TrainSettings = TRAIN_SETTINGS): LinearModelFile {
  const examples = documents.flatMap((d) => {
    const places = bodyPlacesOf(d.blocks);
    return d.claims.map((c, rank) => ({
      document: d.document,
      features: claimFeatures(c, rank, places.get(c.paragraph)),
      label: d.central[rank] ? 1 : 0,
    }));
  });
  return trainLinear(examples, CLAIM_CLASSES, settings);
}

/** The scorer's two claim figures, averaged over the documents: central claims among the ten
 *  best kept (confidence 0.5 or more) and gold checkable ones among the five best. */
export function measure(documents: readonly ClaimDocument[], rank: (d: ClaimDocument) => readonly Claim[]) {
  let central = 0;
  let centralDocs = 0;
  let top5 = 0;
  let top5Docs = 0;
  for (const d of documents) {
    const kept = rank(d).filter((c) => c.confidence >= 0.5);
    const isCentral = (c: Claim) => d.central[d.claims.findIndex((x) => x.start === c.start && x.paragraph === c.paragraph)] === true;
    const isCheckable = (c: Claim) => d.checkable[d.claims.findIndex((x) => x.start === c.start && x.paragraph === c.paragraph)] === true;
    if (d.centralCount > 0) {
      central += kept.slice(0, 10).filter(isCentral).length / d.centralCount;
      centralDocs++;
    }
    const five = kept.slice(0, 5);
    if (five.length) {
      top5 += five.filter(isCheckable).length / five.length;
      top5Docs++;
    }
  }
  return { centralTop10: central / centralDocs, checkableTop5: top5 / top5Docs };
}

const show = (m: ReturnType<typeof measure>): string =>
  `central in top 10 ${m.centralTop10.toFixed(3)}  checkable in top 5 ${m.checkableTop5.toFixed(3)}`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const foldsAt = args.indexOf('--folds');
  const folds = foldsAt >= 0 ? Number(args[foldsAt + 1]) : 0;
  const rest = args.filter((_, i) => i !== foldsAt && i !== foldsAt + 1);
  const documents = await claimDocuments(rest[0] ?? EXTRACTION_GOLD);
  console.log(`${documents.length} articles, ${documents.reduce((n, d) => n + d.claims.length, 0)} claims`);
  if (folds > 1) {
    const groups = [...new Set(documents.map((d) => d.group))];
    const ranked = new Map<ClaimDocument, readonly Claim[]>();
    for (let f = 0; f < folds; f++) {
      const held = new Set(groups.filter((_, i) => i % folds === f));
      const model = modelFromFile(train(documents.filter((d) => !held.has(d.group))), CLAIM_CLASSES);
      for (const d of documents.filter((x) => held.has(x.group))) ranked.set(d, rankClaims(weighClaims(d.claims, d.blocks, model)));
    }
    console.log(`rules alone:          ${show(measure(documents, (d) => d.claims))}`);
    console.log(`model, ${folds} folds held out: ${show(measure(documents, (d) => ranked.get(d) ?? []))}`);
  }
  const file = train(documents);
  writeFileSync(CLAIM_MODEL_FILE, `${JSON.stringify(file)}\n`);
  console.log(`wrote ${fileURLToPath(CLAIM_MODEL_FILE)}: ${Object.keys(file.features).length} features`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
