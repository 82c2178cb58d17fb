// The exhaustive-gold metrics of shared/tools/score.mjs (entitiesAll, figuresAll, claimsAll), ported
// line by line so `npm run eval` gives the scorer's ent_precision, ent_typed_precision, ent_recall_all,
// fig_precision, fig_strict, claims_top5 and claims_central_top10 on gold text. Counts are kept
// (not just ratios) so totals can be summed over documents; the recall and typed-recall counts for
// figures and entities are additions of this file (the scorer has no exhaustive figure recall).
import { figMatch, normText } from './scorer-match.js';

export interface GoldEntityAll {
  name: string;
  type: string;
  aliases?: string[];
}
export interface GoldFigureAll {
  text: string;
  kind: string;
  value?: number | string | null;
  low?: number;
  high?: number;
  unit?: string;
  date?: string;
}
export interface ExhaustiveGold {
  blocks?: { type?: string; text: string }[];
  paragraphs?: string[];
  entities_all?: GoldEntityAll[];
  entities_ignore?: string[];
  figures_all?: GoldFigureAll[];
  figures_ignore?: string[];
  figure_traps?: (string | { text: string })[];
  claims_checkable?: string[];
  claims_central?: string[];
}

interface PredEntity {
  readonly name: string;
  readonly type: string;
  readonly aliases?: readonly string[];
}
interface PredFigure {
  readonly text: string;
  readonly kind?: string;
  readonly value: number | string | null;
  readonly low?: number;
  readonly high?: number;
  readonly unit?: string;
  readonly date?: string;
}
interface PredClaim {
  readonly text: string;
  readonly score?: number;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:(?:'|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;
/** Word tokens as the scorer counts them. */
export const tokenize = (s: string): string[] => normText(s).match(TOKEN_RE) ?? [];
const ALNUM = /[\p{L}\p{N}]/u;
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const approxEq = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)) || Math.abs(a - b) <= 5e-3 * Math.abs(b);

/** The body the exhaustive gold covers: headings and paragraphs, joined by blank lines. */
const goldBody = (g: ExhaustiveGold): string =>
  (g.blocks?.length ? g.blocks : (g.paragraphs ?? []).map((text) => ({ text }))).map((b) => b.text).join('\n\n');

// ---------------------------------------------------------------- entities

/** NFKC, lower case, a trailing possessive and a leading "the" dropped, periods removed, other punctuation a space. */
export function normEntAll(s: string): string {
  let t = normText(s);
  if (/'s$/.test(t)) t = t.slice(0, -2);
  else if (/s'$/.test(t)) t = t.slice(0, -1);
  t = t
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return t.replace(/^the /, '');
}

export interface EntityCounts {
  /** Distinct predicted names, those matching entities_ignore, correct, correct with the gold type. */
  distinct: number;
  ignored: number;
  tp: number;
  typed: number;
  /** Gold entities, found by name or alias, found with a prediction of the gold type. */
  gold: number;
  recalled: number;
  recalledTyped: number;
  fp: string[];
  mistyped: string[];
  missed: string[];
}

export function entitiesAll(pred: readonly PredEntity[], gold: ExhaustiveGold): EntityCounts | null {
  if (!Array.isArray(gold.entities_all)) return null;
  const goldE = gold.entities_all;
  const formOf = new Map<string, number>();
  goldE.forEach((g, i) => {
    for (const n of [g.name, ...(g.aliases ?? [])]) {
      const k = normEntAll(n);
      if (k && !formOf.has(k)) formOf.set(k, i);
    }
  });
  const ignore = new Set((gold.entities_ignore ?? []).map(normEntAll).filter(Boolean));
  const preds = new Map<string, { name: string; types: Set<string>; aliases: Set<string> }>();
  for (const e of pred) {
    const k = normEntAll(e.name);
    if (!k) continue;
    let p = preds.get(k);
    if (!p) {
      p = { name: e.name, types: new Set(), aliases: new Set() };
      preds.set(k, p);
    }
    p.types.add(e.type.toLowerCase());
    for (const a of e.aliases ?? []) if (normEntAll(a)) p.aliases.add(normEntAll(a));
  }
  let tp = 0;
  let typed = 0;
  let ignored = 0;
  const fp: string[] = [];
  const mistyped: string[] = [];
  for (const [k, p] of preds) {
    let gi = formOf.get(k);
    if (gi === undefined)
      for (const a of p.aliases)
        if (formOf.has(a)) {
          gi = formOf.get(a);
          break;
        }
    if (gi !== undefined) {
      tp++;
      const gt = goldE[gi]?.type ?? '';
      if (p.types.has(gt)) typed++;
      else mistyped.push(`${p.name}:${[...p.types].join('/')}≠${gt}`);
    } else if (ignore.has(k)) ignored++;
    else fp.push(p.name);
  }
  const forms = (g: GoldEntityAll) => [g.name, ...(g.aliases ?? [])].map(normEntAll);
  const found = goldE.filter((g) => forms(g).some((n) => preds.has(n)));
  const foundTyped = found.filter((g) => forms(g).some((n) => preds.get(n)?.types.has(g.type)));
  return {
    distinct: preds.size,
    ignored,
    tp,
    typed,
    gold: goldE.length,
    recalled: found.length,
    recalledTyped: foundTyped.length,
    fp,
    mistyped,
    missed: goldE.filter((g) => !found.includes(g)).map((g) => g.name),
  };
}

// ---------------------------------------------------------------- figures

/** Start offsets of needle in hay, not inside a longer word or number. */
function occAt(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  const wantL = ALNUM.test(needle[0] ?? '');
  const wantR = ALNUM.test(needle[needle.length - 1] ?? '');
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = i > 0 ? (hay[i - 1] ?? ' ') : ' ';
    const after = i + needle.length < hay.length ? (hay[i + needle.length] ?? ' ') : ' ';
    if ((!wantL || !ALNUM.test(before)) && (!wantR || !ALNUM.test(after))) out.push(i);
  }
  return out;
}
type SpanT = [number, number, number];
const overlapping = (a: number, b: number, spans: readonly SpanT[]): SpanT[] => spans.filter((s) => a < s[1] && s[0] < b);

const UNIT_ALIASES: Record<string, string> = {
  $: 'usd',
  us$: 'usd',
  usd: 'usd',
  dollar: 'usd',
  dollars: 'usd',
  'us dollars': 'usd',
  '%': 'percent',
  percent: 'percent',
  'per cent': 'percent',
  pct: 'percent',
  percentage: 'percent',
  yr: 'year',
  yrs: 'year',
  hr: 'hour',
  hrs: 'hour',
  lb: 'pound',
  lbs: 'pound',
  litre: 'liter',
  litres: 'liter',
  tonne: 'ton',
  tonnes: 'ton',
};
function normUnit(u: unknown): string {
  if (typeof u !== 'string') return '';
  const t = u.normalize('NFKC').toLowerCase().replace(/\./g, '').trim();
  if (UNIT_ALIASES[t]) return UNIT_ALIASES[t];
  const sing = t.length > 3 && t.endsWith('s') ? t.slice(0, -1) : t;
  return UNIT_ALIASES[sing] ?? sing;
}
/** Date strings agree component by component; X in either is a wildcard. */
function dateAgrees(g: string, p: string | null): boolean {
  if (typeof p !== 'string' || p.length < g.length) return false;
  for (let i = 0; i < g.length; i++) if (g[i] !== 'X' && p[i] !== 'X' && g[i] !== p[i]) return false;
  return true;
}
const comparable = (g: GoldFigureAll): boolean =>
  g.kind === 'range' ? isNum(g.low) && isNum(g.high) : g.kind === 'date' ? typeof g.value === 'string' : isNum(g.value);
function strictAgrees(p: PredFigure, g: GoldFigureAll): boolean {
  const pDate = typeof p.date === 'string' ? p.date : typeof p.value === 'string' ? p.value : null;
  if (g.kind !== 'date' && typeof g.date === 'string' && dateAgrees(g.date, pDate)) return true;
  let value: boolean;
  if (g.kind === 'range') value = isNum(p.low) && isNum(p.high) && approxEq(p.low, g.low as number) && approxEq(p.high, g.high as number);
  else if (g.kind === 'date') value = dateAgrees(g.value as string, pDate);
  else {
    const gv = g.value as number;
    value = isNum(p.value) && (approxEq(p.value, gv) || (g.kind === 'percent' && approxEq(p.value, gv / 100)));
    if (!value && g.kind === 'year' && pDate) value = pDate.startsWith(String(gv));
  }
  if (!value) return false;
  if (!g.unit) return true;
  const pu = normUnit(p.unit) || (typeof p.kind === 'string' && p.kind.toLowerCase() === 'percent' ? 'percent' : '');
  return pu === normUnit(g.unit);
}

export interface FigureCounts {
  /** Predictions, correct, left out (figures_ignore), trap hits, other errors. */
  pred: number;
  correct: number;
  ignored: number;
  traps: number;
  wrong: number;
  /** Correct predictions whose gold figure has a value, and of those the ones agreeing in value and unit. */
  comparable: number;
  agreed: number;
  /** figures_all entries (duplicates kept) and those credited to some correct prediction. */
  gold: number;
  found: number;
  errors: string[];
  disagreements: string[];
  missed: string[];
}

const show = (p: PredFigure): string =>
  `${p.kind ?? '?'} ${p.kind === 'range' ? `${p.low}-${p.high}` : String(p.value)}${p.unit ? ` ${p.unit}` : ''}${p.date ? ` @${p.date}` : ''}`;
const showGold = (g: GoldFigureAll): string =>
  `${g.kind} ${g.kind === 'range' ? `${g.low}-${g.high}` : String(g.value)}${g.unit ? ` ${g.unit}` : ''}${g.date ? ` @${g.date}` : ''}`;

export function figuresAll(pred: readonly PredFigure[], gold: ExhaustiveGold): FigureCounts | null {
  if (!Array.isArray(gold.figures_all)) return null;
  const all = gold.figures_all;
  const body = normText(goldBody(gold));
  const trapTexts = (gold.figure_traps ?? []).map((t) => (typeof t === 'string' ? t : t.text));
  const trapSpans: SpanT[] = [];
  for (const t of trapTexts) {
    const n = normText(t);
    for (const i of occAt(body, n)) trapSpans.push([i, i + n.length, -1]);
  }
  const ignSpans: SpanT[] = [];
  for (const t of gold.figures_ignore ?? []) {
    const n = normText(t);
    for (const i of occAt(body, n)) ignSpans.push([i, i + n.length, -1]);
  }
  // gold spans, found in order of listing (each after the start of the previous one), never inside a trap
  const goldSpans: SpanT[] = [];
  let from = 0;
  all.forEach((g, gi) => {
    const n = normText(g.text);
    const at = occAt(body, n).filter((i) => !overlapping(i, i + n.length, trapSpans).length);
    const i = at.find((x) => x >= from) ?? at[0];
    if (i === undefined) return;
    goldSpans.push([i, i + n.length, gi]);
    from = i + 1;
  });
  const preds = pred.filter((f) => normText(f.text));
  const groups = new Map<string, PredFigure[]>();
  for (const p of preds) {
    const k = normText(p.text);
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  const c: FigureCounts = {
    pred: preds.length,
    correct: 0,
    ignored: 0,
    traps: 0,
    wrong: 0,
    comparable: 0,
    agreed: 0,
    gold: all.length,
    found: 0,
    errors: [],
    disagreements: [],
    missed: [],
  };
  const credited = new Set<number>();
  const judge = (p: PredFigure, gi: number) => {
    credited.add(gi);
    const g = all[gi];
    if (!g || !comparable(g)) return;
    c.comparable++;
    if (strictAgrees(p, g)) c.agreed++;
    else c.disagreements.push(`"${p.text}" ${show(p)} ≠ ${showGold(g)}`);
  };
  for (const [k, ps] of groups) {
    const occ = occAt(body, k);
    const first = ps[0] as PredFigure;
    if (occ.length) {
      const gOcc: number[] = [];
      const iOcc: number[] = [];
      const tOcc: number[] = [];
      for (const i of occ) {
        const gs = overlapping(i, i + k.length, goldSpans);
        if (gs.length) {
          const best = gs
            .map((s) => [Math.min(s[1], i + k.length) - Math.max(s[0], i), s] as const)
            .sort((a, b) => b[0] - a[0])[0]?.[1] as SpanT;
          gOcc.push(best[2]);
        } else if (overlapping(i, i + k.length, ignSpans).length) iOcc.push(i);
        else if (overlapping(i, i + k.length, trapSpans).length) tOcc.push(i);
      }
      let rest = ps.length;
      const ok = Math.min(rest, gOcc.length);
      rest -= ok;
      c.correct += ok;
      for (let x = 0; x < ok; x++) judge(ps[x] as PredFigure, gOcc[x] as number);
      const ig = Math.min(rest, iOcc.length);
      rest -= ig;
      c.ignored += ig;
      const tr = Math.min(rest, tOcc.length);
      rest -= tr;
      c.traps += tr;
      if (tr) c.errors.push(`trap "${first.text}"${tr > 1 ? `x${tr}` : ''}`);
      c.wrong += rest;
      if (rest) c.errors.push(`"${first.text}"${rest > 1 ? `x${rest}` : ''}`);
    } else {
      // not in the body as printed: the digit-group match used for recall
      for (const p of ps) {
        const gi = all.findIndex((x) => figMatch(x.text, p.text));
        if (gi >= 0) {
          c.correct++;
          judge(p, gi);
        } else if (trapTexts.some((t) => figMatch(t, p.text))) {
          c.traps++;
          c.errors.push(`trap "${p.text}"`);
        } else if ((gold.figures_ignore ?? []).some((t) => figMatch(t, p.text))) c.ignored++;
        else {
          c.wrong++;
          c.errors.push(`"${p.text}"`);
        }
      }
    }
  }
  c.found = credited.size;
  c.missed = all.filter((_, i) => !credited.has(i)).map((g) => g.text);
  return c;
}

// ---------------------------------------------------------------- claims

/** Equal tokens, a contiguous part covering 60 % of the other, or 80 % of the longer one's tokens shared. */
export function claimMatch(a: string, b: string): boolean {
  const x = tokenize(a);
  const y = tokenize(b);
  if (!x.length || !y.length) return false;
  const xs = ` ${x.join(' ')} `;
  const ys = ` ${y.join(' ')} `;
  if (xs === ys) return true;
  if ((ys.includes(xs) && x.length >= 0.6 * y.length) || (xs.includes(ys) && y.length >= 0.6 * x.length)) return true;
  const bag = new Map<string, number>();
  for (const t of y) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of x)
    if ((bag.get(t) ?? 0) > 0) {
      common++;
      bag.set(t, (bag.get(t) ?? 0) - 1);
    }
  return common / Math.max(x.length, y.length) >= 0.8;
}

/** Claims by numeric score, highest first (stable); in the given order when none has a score. */
export function rankedClaims<T extends PredClaim>(list: readonly T[]): T[] {
  if (!list.some((c) => isNum(c.score))) return [...list];
  const s = (c: T) => (isNum(c.score) ? c.score : Number.NEGATIVE_INFINITY);
  return list
    .map((c, i) => [c, i] as const)
    .sort((a, b) => s(b[0]) - s(a[0]) || a[1] - b[1])
    .map((x) => x[0]);
}

export interface ClaimCounts {
  top5: number;
  top5Checkable: number;
  central: number;
  centralFound: number;
  top5Not: string[];
  centralMissed: string[];
}

export function claimsAll(pred: readonly PredClaim[], gold: ExhaustiveGold): ClaimCounts | null {
  const checkable = gold.claims_checkable;
  if (!Array.isArray(checkable)) return null;
  const ranked = rankedClaims(pred);
  const top5 = ranked.slice(0, 5);
  const top10 = ranked.slice(0, 10);
  const hit = (c: PredClaim) => checkable.some((g) => claimMatch(c.text, g));
  const central = gold.claims_central ?? [];
  const missed = central.filter((g) => !top10.some((c) => claimMatch(c.text, g)));
  return {
    top5: top5.length,
    top5Checkable: top5.filter(hit).length,
    central: central.length,
    centralFound: central.length - missed.length,
    top5Not: top5.filter((c) => !hit(c)).map((c) => c.text),
    centralMissed: missed,
  };
}
