// npm run eval — prints entity, figure and claim-tag figures against gold. A report, not a test:
// nothing here passes or fails. See test/eval/README.md.
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../../src/extract/index.js';
import { stopNlp } from '../../src/extract/nlp-load.js';
import { createContext } from '../../src/model/context.js';
import type { Enriched } from '../../src/model/enriched.js';
import { articleFrom } from '../helpers/article.js';
import { CORPUS, devArticle, devGolds, splitText } from './gold-texts.js';
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

async function runText(text: string, published: string): Promise<{ e: Enriched; offsets: number[] }> {
  const { paragraphs, offsets } = splitText(text);
  const e = await extract(articleFrom({ paragraphs, published }), createContext());
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

async function claims(seed: Enriched): Promise<void> {
  console.log('\n== claim tags (test/eval/claims-gold/*.json, hand-labelled; seed = nlp-gold sentences)');
  const all: Record<Tag, [number, number, number]> = { hedged: [0, 0, 0], predictive: [0, 0, 0], causal: [0, 0, 0], checkable: [0, 0, 0] };
  const dir = path.join(import.meta.dirname, 'claims-gold');
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
  const docs: [string, Enriched, GoldSentence[]][] = [['seed (nlp-gold)', seed, seedGold]];
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const g = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    docs.push([f, await extract(articleFrom({ paragraphs: g.paragraphs, published: g.published }), createContext()), g.sentences]);
  }
  for (const [name, e, gold] of docs) {
    const one: Record<Tag, [number, number, number]> = {
      hedged: [0, 0, 0],
      predictive: [0, 0, 0],
      causal: [0, 0, 0],
      checkable: [0, 0, 0],
    };
    claimTags(e, gold, one);
    console.log(` ${name}`);
    for (const t of TAGS) {
      console.log(`   ${t.padEnd(11)} ${prf(...one[t])}`);
      one[t].forEach((v, i) => {
        (all[t] as number[])[i] = (all[t][i] ?? 0) + v;
      });
    }
  }
  console.log(' all documents');
  for (const t of TAGS) console.log(`   ${t.padEnd(11)} ${prf(...all[t])}`);
  console.log('\n seed article, top five claims:');
  for (const c of seed.claims.slice(0, 5))
    console.log(`   ${c.checkable ? 'checkable' : 'NOT CHECKABLE'} score=${c.score} ${c.text.slice(0, 90)}…`);
}

if (!fs.existsSync(path.join(CORPUS, 'dev')) || !fs.existsSync(path.join(CORPUS, 'nlp-gold.json'))) {
  console.error(
    `npm run eval needs the shared corpus (dev/*.gold.json and nlp-gold.json) at ${CORPUS}, next to the repository; ` +
      'set OPCLEAN_CORPUS to its folder if it lives elsewhere.',
  );
  process.exit(2);
}
await devCorpus();
const seed = await nlpGold();
await claims(seed);
await stopNlp();
