// npm run eval — prints entity, figure and claim-tag figures against gold. A report, not a test:
// nothing here passes or fails. See test/eval/README.md.
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../src/extract/index.js';
import { stopNlp } from '../../src/extract/nlp/load.js';
import { createContext } from '../../src/model/context.js';
import type { Enriched } from '../../src/model/enriched.js';
import { articleFrom } from '../helpers/article.js';
import {
  type ClaimCounts,
  type EntityCounts,
  type FigureCounts,
  claimMatch,
  claimsAll,
  entitiesAll,
  figuresAll,
  rankedClaims,
} from './exhaustive.js';
import { CORPUS, devArticle, devArticleBlocks, devGolds, splitText } from './gold-texts.js';
import { scoreEntities, scoreFigures } from './scorer-match.js';

const f2 = (x: number): string => x.toFixed(2);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const prf = (tp: number, fp: number, fn: number) => {
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return `P=${f2(p)} R=${f2(r)} F1=${f2(p + r ? (2 * p * r) / (p + r) : 0)} (tp=${tp} fp=${fp} fn=${fn})`;
};

async function devCorpus(): Promise<void> {
  console.log('== dev corpus (scorer matching rules, gold paragraphs as input)');
  const rows = [];
  for (const g of devGolds()) {
    const e = await extract(devArticle(g), createContext());
    const ent = scoreEntities(e.entities, g.entities);
    const fig = scoreFigures(e.figures, g.figures);
    rows.push({ ent, fig });
    console.log(
      `${g.name.padEnd(28)} entR=${f2(ent.recall)} entT=${f2(ent.typeAcc)} entN=${ent.predicted} figR=${f2(fig.recall)} figV=${f2(fig.valueAgree)} figN=${e.figures.length}`,
    );
    if (ent.missed.length) console.log(`   missed entities: ${ent.missed.join(', ')}`);
    if (ent.mistyped.length) console.log(`   mistyped: ${ent.mistyped.join(', ')}`);
    if (fig.missed.length) console.log(`   missed figures: ${fig.missed.join(', ')}`);
    const inNames = e.figures.filter((f) =>
      e.entities.some((x) => x.mentions.some((m) => m.paragraph === f.paragraph && m.start < f.end && f.start < m.end)),
    );
    if (inNames.length) console.log(`   figures inside names: ${inNames.map((f) => f.text).join(', ')}`);
  }
  console.log(
    `summary: ent_recall=${f2(mean(rows.map((r) => r.ent.recall)))} ent_type=${f2(mean(rows.map((r) => r.ent.typeAcc)))} fig_recall=${f2(mean(rows.map((r) => r.fig.recall)))} fig_value=${f2(mean(rows.map((r) => r.fig.valueAgree)))}`,
  );
}

// ---------------------------------------------------------------- dev corpus, exhaustive gold

interface DocScore {
  name: string;
  ent: EntityCounts | null;
  fig: FigureCounts | null;
  cl: ClaimCounts | null;
}
const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);
const fOne = (p: number | null, r: number | null): number | null => (p === null || r === null ? null : p + r ? (2 * p * r) / (p + r) : 0);
const fx = (x: number | null): string => (x === null ? '  - ' : x.toFixed(2));
const meanOf = (xs: (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
};
const quoted = (xs: readonly string[], max = 12): string =>
  `${xs
    .slice(0, max)
    .map((x) => `"${x.length > 60 ? `${x.slice(0, 57)}...` : x}"`)
    .join(' ')}${xs.length > max ? ` … (+${xs.length - max})` : ''}`;

/** The seven scorer metrics plus the recalls and F1s, from one document's counts (or summed counts). */
function metrics(ent: EntityCounts | null, fig: FigureCounts | null, cl: ClaimCounts | null) {
  const judged = ent ? ent.distinct - ent.ignored : 0;
  const entP = ent ? ratio(ent.tp, judged) : null;
  const entR = ent ? ratio(ent.recalled, ent.gold) : null;
  const entTP = ent ? ratio(ent.typed, judged) : null;
  const entTR = ent ? ratio(ent.recalledTyped, ent.gold) : null;
  const figP = fig ? ratio(fig.correct, fig.pred - fig.ignored) : null;
  const figR = fig ? ratio(fig.found, fig.gold) : null;
  return {
    entP,
    entR,
    entF: fOne(entP, entR),
    entTP,
    entTR,
    entTF: fOne(entTP, entTR),
    figP,
    figR,
    figF: fOne(figP, figR),
    figS: fig ? ratio(fig.agreed, fig.comparable) : null,
    cl5: cl ? ratio(cl.top5Checkable, cl.top5) : null,
    clC: cl ? ratio(cl.centralFound, cl.central) : null,
  };
}
type Metrics = ReturnType<typeof metrics>;

function sumCounts(rows: DocScore[]): { ent: EntityCounts; fig: FigureCounts; cl: ClaimCounts } {
  const add = <T extends object>(list: (T | null)[]): T => {
    const out: Record<string, unknown> = {};
    for (const x of list)
      if (x)
        for (const [k, v] of Object.entries(x))
          out[k] = typeof v === 'number' ? ((out[k] as number) ?? 0) + v : [...((out[k] as string[]) ?? []), ...v];
    return out as T;
  };
  return { ent: add(rows.map((r) => r.ent)), fig: add(rows.map((r) => r.fig)), cl: add(rows.map((r) => r.cl)) };
}

function metricLines(m: Metrics, pad = '   '): string[] {
  return [
    `${pad}entities untyped  P=${fx(m.entP)} R=${fx(m.entR)} F1=${fx(m.entF)}`,
    `${pad}entities typed    P=${fx(m.entTP)} R=${fx(m.entTR)} F1=${fx(m.entTF)}`,
    `${pad}figures span      P=${fx(m.figP)} R=${fx(m.figR)} F1=${fx(m.figF)}   strict (value+unit)=${fx(m.figS)}`,
    `${pad}claims            top5_checkable=${fx(m.cl5)} central_in_top10=${fx(m.clC)}`,
  ];
}

async function exhaustiveScores(minConfidence: number): Promise<DocScore[]> {
  const rows: DocScore[] = [];
  for (const g of devGolds()) {
    if (!Array.isArray(g.entities_all) && !Array.isArray(g.figures_all) && !Array.isArray(g.claims_checkable)) continue;
    const e = await extract(devArticleBlocks(g), createContext({ minConfidence }));
    rows.push({ name: g.name, ent: entitiesAll(e.entities, g), fig: figuresAll(e.figures, g), cl: claimsAll(e.claims, g) });
  }
  return rows;
}

function printDoc(r: DocScore): void {
  console.log(` ${r.name}`);
  for (const l of metricLines(metrics(r.ent, r.fig, r.cl))) console.log(l);
  const { ent, fig, cl } = r;
  if (ent) {
    console.log(
      `     counts: entities ${ent.distinct} distinct predicted, ${ent.ignored} ignored, ${ent.tp} correct (${ent.typed} typed); gold ${ent.gold}, found ${ent.recalled} (${ent.recalledTyped} typed)`,
    );
    if (ent.fp.length) console.log(`     entity FP: ${quoted(ent.fp)}`);
    if (ent.mistyped.length) console.log(`     entity mistyped: ${ent.mistyped.join(', ')}`);
    if (ent.missed.length) console.log(`     entity missed: ${quoted(ent.missed)}`);
  }
  if (fig) {
    console.log(
      `     counts: figures ${fig.pred} predicted, ${fig.correct} correct, ${fig.ignored} ignored, ${fig.traps} trap hits, ${fig.wrong} other errors; gold ${fig.gold}, found ${fig.found}; value+unit ${fig.agreed}/${fig.comparable}`,
    );
    if (fig.errors.length) console.log(`     figure errors: ${fig.errors.join(' ')}`);
    if (fig.missed.length) console.log(`     figures missed: ${quoted(fig.missed)}`);
    if (fig.disagreements.length) console.log(`     value/unit disagree: ${fig.disagreements.join('; ')}`);
  }
  if (cl) {
    if (cl.top5Not.length) console.log(`     top-5 claims not checkable: ${quoted(cl.top5Not, 5)}`);
    if (cl.centralMissed.length) console.log(`     central claims not in top 10: ${quoted(cl.centralMissed, 5)}`);
  }
}

const COLS = ['entP', 'entR', 'entF', 'entTP', 'entTR', 'entTF', 'figP', 'figR', 'figF', 'figS', 'cl5', 'clC'] as const;
const microOf = (rows: DocScore[]): Metrics => {
  const s = sumCounts(rows);
  return metrics(s.ent, s.fig, s.cl);
};
const macroOf = (rows: DocScore[]): Metrics => {
  const per = rows.map((r) => metrics(r.ent, r.fig, r.cl));
  return Object.fromEntries(COLS.map((k) => [k, meanOf(per.map((m) => m[k]))])) as Metrics;
};

/** Per document and in total (micro: counts summed; macro: mean over documents, as the scorer's summary). */
async function devExhaustive(): Promise<{ at05: ClaimCounts; at0: ClaimCounts }> {
  const rows = await exhaustiveScores(0.5);
  console.log(`\n== dev corpus, exhaustive gold (score.mjs precision metrics on gold blocks; minConfidence 0.5, the default)`);
  for (const r of rows) printDoc(r);
  const micro = microOf(rows);
  const macro = macroOf(rows);
  console.log(` total, micro (counts summed over ${rows.length} documents)`);
  for (const l of metricLines(micro)) console.log(l);
  console.log(` total, macro (mean over ${rows.length} documents, as the scorer's summary)`);
  for (const l of metricLines(macro)) console.log(l);
  console.log(
    ` scorer keys (macro): ent_precision=${fx(macro.entP)} ent_recall_all=${fx(macro.entR)} ent_typed_precision=${fx(macro.entTP)} fig_precision=${fx(macro.figP)} fig_strict=${fx(macro.figS)} claims_top5=${fx(macro.cl5)} claims_central_top10=${fx(macro.clC)}`,
  );
  const zero = await exhaustiveScores(0);
  console.log('\n confidence threshold, totals (entP/R/F untyped, entTP/TR/TF typed, fig span P/R/F, figS strict, cl5, clC):');
  console.log(`   ${'minConfidence'.padEnd(20)}${COLS.map((c) => c.padStart(6)).join('')}`);
  for (const [label, rs] of [
    ['0.5 (default) micro', rows],
    ['0.5 (default) macro', rows],
    ['0 micro', zero],
    ['0 macro', zero],
  ] as const) {
    const m = label.endsWith('micro') ? microOf([...rs]) : macroOf([...rs]);
    console.log(`   ${label.padEnd(20)}${COLS.map((c) => fx(m[c]).padStart(6)).join('')}`);
  }
  return { at05: sumCounts(rows).cl, at0: sumCounts(zero).cl };
}

interface GoldMention {
  start: number;
  end: number;
  type: string;
  text: string;
  optional?: boolean;
  core?: { start: number; end: number };
  value?: unknown;
}
const TYPE_MAP: Record<string, string> = { PERSON: 'person', ORG: 'organization', PLACE: 'place', PROGRAM: 'other' };
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

async function runText(text: string, published: string, minConfidence = 0.5): Promise<{ e: Enriched; offsets: number[] }> {
  const { paragraphs, offsets } = splitText(text);
  const e = await extract(articleFrom({ paragraphs, published }), createContext({ minConfidence }));
  return { e, offsets };
}
const globalOf = (offsets: number[], paragraph: string, start: number, end: number) => {
  const base = offsets[Number(paragraph.slice(1)) - 1] ?? 0;
  return { start: base + start, end: base + end };
};

function entityPrf(e: Enriched, offsets: number[], gold: GoldMention[]): void {
  const scored = gold.filter((g) => TYPE_MAP[g.type] && !g.optional);
  const ignored = gold.filter((g) => !TYPE_MAP[g.type] || g.optional);
  const pred = e.entities.flatMap((x) =>
    x.mentions
      .filter((m) => m.paragraph.startsWith('p'))
      .map((m) => ({ ...globalOf(offsets, m.paragraph, m.start, m.end), type: x.type, name: x.name })),
  );
  for (const type of ['person', 'organization', 'place', 'other', 'all']) {
    const g = scored.filter((x) => type === 'all' || TYPE_MAP[x.type] === type);
    const p = pred.filter(
      (x) => (type === 'all' || x.type === type) && !ignored.some((i) => overlaps(i, x) && !scored.some((s) => overlaps(s, x))),
    );
    const same = (a: GoldMention, b: { type: string }) => type === 'all' || TYPE_MAP[a.type] === b.type;
    const tp = g.filter((x) => p.some((y) => overlaps(x, y) && same(x, y))).length;
    const fpList = p.filter((y) => !g.some((x) => overlaps(x, y) && same(x, y)));
    console.log(
      `   entities ${type.padEnd(12)} ${prf(tp, fpList.length, g.length - tp)}${type === 'all' && fpList.length ? `  fp: ${[...new Set(fpList.map((x) => x.name))].join(', ')}` : ''}`,
    );
  }
}

function figurePrf(e: Enriched, offsets: number[], gold: GoldMention[], traps: GoldMention[]): void {
  const pred = e.figures.map((f) => ({ ...globalOf(offsets, f.paragraph, f.start, f.end), f }));
  const scored = gold.filter((g) => !g.optional);
  const tp = scored.filter((g) => pred.some((p) => overlaps(g, p))).length;
  const fp = pred.filter((p) => !gold.some((g) => overlaps(g, p)));
  console.log(`   figures  ${prf(tp, fp.length, scored.length - tp)}${fp.length ? `  fp: ${fp.map((p) => p.f.text).join(', ')}` : ''}`);
  const trapped = pred.filter((p) => traps.some((t) => overlaps(t, p)));
  console.log(
    `   numbers inside names reported as figures: ${trapped.length}${trapped.length ? ` (${trapped.map((p) => p.f.text).join(', ')})` : ''}`,
  );
}

async function nlpGold(): Promise<Enriched> {
  console.log('\n== nlp-gold.json (mention level; optional and NORP mentions neither counted nor penalised)');
  const gold = JSON.parse(fs.readFileSync(path.join(CORPUS, 'nlp-gold.json'), 'utf8'));
  let seed: Enriched | null = null;
  for (const [name, published] of [
    ['seed', '2025-02-09'],
    ['sotu', '2021-04-28'],
  ] as const) {
    const d = gold[name];
    const { e, offsets } = await runText(d.text, published);
    console.log(` ${name}`);
    entityPrf(e, offsets, d.entities);
    figurePrf(e, offsets, d.figures, d.figureTraps);
    if (name === 'seed') seed = e;
  }
  return seed as Enriched;
}

const TAGS = ['hedged', 'predictive', 'causal', 'checkable'] as const;
type Tag = (typeof TAGS)[number];
interface GoldSentence {
  text: string;
  claim: boolean;
  hedged: boolean;
  predictive: boolean;
  causal: boolean;
  checkable: boolean;
}

function claimTags(e: Enriched, sentences: GoldSentence[], counts: Record<Tag, [number, number, number]>): void {
  for (const s of sentences.filter((x) => x.claim)) {
    const c = e.claims.find((x) => x.text === s.text || s.text.includes(x.text) || x.text.includes(s.text));
    const got: Record<Tag, boolean> = {
      hedged: c?.hedged ?? false,
      predictive: c?.kinds.includes('predictive') ?? false,
      causal: c?.kinds.includes('causal') ?? false,
      checkable: c?.checkable ?? false,
    };
    for (const t of TAGS) {
      const k = counts[t];
      if (got[t] && s[t]) k[0]++;
      else if (got[t]) k[1]++;
      else if (s[t]) k[2]++;
    }
  }
}

type Counts = Record<Tag, [number, number, number]>;
const noCounts = (): Counts => ({ hedged: [0, 0, 0], predictive: [0, 0, 0], causal: [0, 0, 0], checkable: [0, 0, 0] });
function addInto(all: Counts, one: Counts): void {
  for (const t of TAGS) for (const i of [0, 1, 2] as const) all[t][i] += one[t][i];
}
const f1Of = ([tp, fp, fn]: [number, number, number]): number => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);

type ClaimDoc = [name: string, e: Enriched, gold: GoldSentence[]];
interface HeldOutSentence extends GoldSentence {
  checkworthy: boolean;
}
const HELD_OUT = path.join(import.meta.dirname, 'claims-heldout');
const jsonFiles = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((x) => x.endsWith('.json'))
        .sort()
    : [];

/** The development part of the claim gold: everything read while the claim rules were written
 *  (the seed article's nlp-gold sentences and claims-gold/*.json; the dev corpus's claims_checkable
 *  and claims_central are scored in the exhaustive section). */
async function developmentDocs(minConfidence: number): Promise<ClaimDoc[]> {
  const nlp = JSON.parse(fs.readFileSync(path.join(CORPUS, 'nlp-gold.json'), 'utf8'));
  const seedGold: GoldSentence[] = nlp.seed.sentences.map(
    (s: { text: string; claim: boolean; hedged: boolean; checkable: boolean; types: string[] }) => ({
      text: s.text,
      claim: s.claim,
      hedged: s.hedged,
      checkable: s.checkable,
      predictive: s.types.includes('predictive'),
      causal: s.types.includes('causal'),
    }),
  );
  const docs: ClaimDoc[] = [['seed (nlp-gold)', (await runText(nlp.seed.text, '2025-02-09', minConfidence)).e, seedGold]];
  const dir = path.join(import.meta.dirname, 'claims-gold');
  for (const f of jsonFiles(dir)) {
    const g = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    const article = articleFrom({ paragraphs: g.paragraphs, published: g.published });
    docs.push([f, await extract(article, createContext({ minConfidence })), g.sentences]);
  }
  return docs;
}

/** The held-out part: claims-heldout/*.json, labelled before the tagger ran on them; scored only. */
async function heldOutDocs(minConfidence: number): Promise<ClaimDoc[]> {
  const docs: ClaimDoc[] = [];
  for (const f of jsonFiles(HELD_OUT)) {
    const g = JSON.parse(fs.readFileSync(path.join(HELD_OUT, f), 'utf8'));
    if (g.split !== 'held-out') throw new Error(`${f}: a claims-heldout file must say "split": "held-out"`);
    const article = articleFrom({ paragraphs: g.paragraphs, published: g.published });
    docs.push([f, await extract(article, createContext({ minConfidence })), g.sentences]);
  }
  return docs;
}

/** Of the five highest-scoring claims, how many match a gold sentence a fact-checker would pick. */
function top5Checkworthy(e: Enriched, gold: HeldOutSentence[]): [number, number] {
  const top = rankedClaims(e.claims).slice(0, 5);
  return [top.filter((c) => gold.some((g) => g.checkworthy && claimMatch(c.text, g.text))).length, top.length];
}

interface PartTotals {
  tags: Counts;
  top5: [number, number];
  sentences: number;
}
function partTotals(docs: ClaimDoc[], top5: [number, number]): PartTotals {
  const tags = noCounts();
  for (const [, e, gold] of docs) claimTags(e, gold, tags);
  return { tags, top5, sentences: docs.reduce((n, d) => n + d[2].filter((s) => s.claim).length, 0) };
}

async function claims(devTop5: { at05: ClaimCounts; at0: ClaimCounts }): Promise<void> {
  console.log('\n== claim tags, development part (read while writing the claim rules: nlp-gold seed sentences, claims-gold/*.json)');
  const dev = await developmentDocs(0.5);
  const all = noCounts();
  for (const [name, e, gold] of dev) {
    const one = noCounts();
    claimTags(e, gold, one);
    console.log(` ${name}`);
    for (const t of TAGS) console.log(`   ${t.padEnd(11)} ${prf(...one[t])}`);
    addInto(all, one);
  }
  console.log(' all development documents');
  for (const t of TAGS) console.log(`   ${t.padEnd(11)} ${prf(...all[t])}`);
  const seed = dev[0]?.[1] as Enriched;
  console.log('\n seed article, top five claims:');
  for (const c of rankedClaims(seed.claims).slice(0, 5))
    console.log(`   ${c.checkable ? 'checkable' : 'NOT CHECKABLE'} score=${c.score} ${c.text.slice(0, 90)}…`);

  console.log(
    '\n== claim tags, held-out part (claims-heldout/*.json; score only: do not read these files or their tagger output while writing rules)',
  );
  const held = await heldOutDocs(0.5);
  const allHeld = noCounts();
  const heldTop5: [number, number] = [0, 0];
  for (const [name, e, gold] of held) {
    const one = noCounts();
    claimTags(e, gold, one);
    addInto(allHeld, one);
    const [k, n] = top5Checkworthy(e, gold as HeldOutSentence[]);
    heldTop5[0] += k;
    heldTop5[1] += n;
    console.log(
      ` ${name.padEnd(40)} ${gold.length} sentences, ${gold.filter((s) => s.claim).length} claims; F1 ${TAGS.map((t) => `${t}=${f2(f1Of(one[t]))}`).join(' ')}; top5 checkworthy ${k}/${n}`,
    );
  }
  console.log(' all held-out documents');
  for (const t of TAGS) console.log(`   ${t.padEnd(11)} ${prf(...allHeld[t])}`);
  console.log(`   top-5 ranked claims checkworthy: ${heldTop5[0]}/${heldTop5[1]} = ${f2(heldTop5[0] / Math.max(1, heldTop5[1]))}`);

  // both parts at both thresholds; development top-5 = the dev corpus's claims_top5 (claims_checkable)
  const heldTop0: [number, number] = [0, 0];
  const held0 = await heldOutDocs(0);
  for (const [, e, gold] of held0) {
    const [k, n] = top5Checkworthy(e, gold as HeldOutSentence[]);
    heldTop0[0] += k;
    heldTop0[1] += n;
  }
  const rows: [string, PartTotals][] = [
    ['development 0.5', partTotals(dev, [devTop5.at05.top5Checkable, devTop5.at05.top5])],
    ['held-out    0.5', partTotals(held, heldTop5)],
    ['development 0', partTotals(await developmentDocs(0), [devTop5.at0.top5Checkable, devTop5.at0.top5])],
    ['held-out    0', partTotals(held0, heldTop0)],
  ];
  console.log('\n== claims, development vs held-out (tag P/R/F1 micro over claim sentences; top-5 checkworthy share)');
  console.log('   part / minConfidence  claims  hedged P/R/F1    predictive P/R/F1  causal P/R/F1    checkable P/R/F1  top5 checkworthy');
  for (const [label, r] of rows) {
    const tri = (c: [number, number, number]) => {
      const p = c[0] / Math.max(1, c[0] + c[1]);
      const rc = c[0] / Math.max(1, c[0] + c[2]);
      return `${f2(p)}/${f2(rc)}/${f2(f1Of(c))}`.padEnd(17);
    };
    console.log(
      `   ${label.padEnd(22)}${String(r.sentences).padStart(6)}  ${TAGS.map((t) => tri(r.tags[t])).join(' ')} ${r.top5[0]}/${r.top5[1]} = ${f2(r.top5[0] / Math.max(1, r.top5[1]))}`,
    );
  }
  console.log(
    '   (development top-5 = dev corpus claims_top5, micro: top-5 claims matching claims_checkable; held-out = matching a sentence labelled checkworthy)',
  );
}

if (!fs.existsSync(path.join(CORPUS, 'dev')) || !fs.existsSync(path.join(CORPUS, 'nlp-gold.json'))) {
  console.error(
    `npm run eval needs the shared corpus (dev/*.gold.json and nlp-gold.json) at ${CORPUS}, next to the repository; ` +
      'set OPCLEAN_CORPUS to its folder if it lives elsewhere.',
  );
  process.exit(2);
}
await devCorpus();
const devTop5 = await devExhaustive();
await nlpGold();
await claims(devTop5);
await stopNlp();
