// The matching rules of shared/tools/score.mjs (entities and figures), so `npm run eval` reports
// the numbers the scorer would give on gold paragraphs without running the PDF stages.
const QUOTES1 = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const QUOTES2 = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]/g;

export const normText = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(QUOTES1, "'")
    .replace(QUOTES2, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const countOcc = (hay: string, needle: string): number =>
  needle ? (hay.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(needle)}(?![\\p{L}\\p{N}])`, 'gu')) ?? []).length : 0;

export const normEnt = (s: string): string =>
  normText(s)
    .replace(/\./g, '')
    .replace(/^the /, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\s+/g, ' ');

export interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
}
export interface GoldFigure {
  text: string;
  value: number | null;
  kind: string;
}
interface Named {
  name: string;
  type: string;
}
interface Valued {
  text: string;
  value: number | null;
}

/** Entity recall, type accuracy and misses as the scorer counts them. */
export function scoreEntities(pred: readonly Named[], gold: readonly GoldEntity[]) {
  const byName = new Map<string, Set<string>>();
  for (const e of pred) byName.set(normEnt(e.name), (byName.get(normEnt(e.name)) ?? new Set()).add(e.type));
  let matched = 0;
  let typed = 0;
  const missed: string[] = [];
  const mistyped: string[] = [];
  for (const g of gold) {
    const types = new Set<string>();
    let hit = false;
    for (const n of [g.name, ...(g.aliases ?? [])].map(normEnt)) {
      const t = byName.get(n);
      if (t) {
        hit = true;
        for (const x of t) types.add(x);
      }
    }
    if (!hit) missed.push(g.name);
    else {
      matched++;
      if (types.has(g.type)) typed++;
      else mistyped.push(`${g.name}:${[...types].join('/')}≠${g.type}`);
    }
  }
  return { recall: matched / Math.max(1, gold.length), typeAcc: matched ? typed / matched : 0, missed, mistyped, predicted: pred.length };
}

/** A figure's text as the scorer compares it. */
export const normFig = (s: string): string =>
  normText(s)
    .replace(/\s*([-/])\s*/g, '$1')
    .replace(/[.,;:!?)]+$/, '')
    .replace(/^[(]+/, '');
export const digitGroups = (s: string): string[] => (s.match(/\d+(?:[.,]\d+)*/g) ?? []).map((d) => d.replace(/,/g, ''));
/** A gold figure and a predicted one name the same figure: same digits, one text inside the other. */
export function figMatch(g: string, p: string): boolean {
  const ng = normFig(g);
  const np = normFig(p);
  if (!np || JSON.stringify(digitGroups(ng)) !== JSON.stringify(digitGroups(np))) return false;
  return ng === np || countOcc(np, ng) > 0 || countOcc(ng, np) > 0;
}
const approxEq = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)) || Math.abs(a - b) <= 5e-3 * Math.abs(b);

/** Figure recall and value agreement as the scorer counts them. */
export function scoreFigures(pred: readonly Valued[], gold: readonly GoldFigure[]) {
  const distinct = new Map<string, GoldFigure>();
  for (const g of gold) if (!distinct.has(normFig(g.text))) distinct.set(normFig(g.text), g);
  let matched = 0;
  let comparable = 0;
  let agreed = 0;
  const missed: string[] = [];
  for (const g of distinct.values()) {
    let hits = pred.filter((p) => figMatch(g.text, p.text));
    if (!hits.length && g.kind === 'range') {
      const dg = digitGroups(normFig(g.text));
      const lo = pred.filter((p) => JSON.stringify(digitGroups(normFig(p.text))) === JSON.stringify([dg[0]]));
      const hi = pred.filter((p) => JSON.stringify(digitGroups(normFig(p.text))) === JSON.stringify([dg[dg.length - 1]]));
      if (lo.length && hi.length) hits = [...lo, ...hi];
    }
    if (!hits.length) {
      missed.push(g.text);
      continue;
    }
    matched++;
    if (typeof g.value === 'number') {
      const vals = hits.map((p) => p.value).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      if (vals.length) {
        comparable++;
        const gv = g.value;
        if (vals.some((v) => approxEq(v, gv) || (g.kind === 'percent' && approxEq(v, gv / 100)))) agreed++;
      }
    }
  }
  return { recall: matched / Math.max(1, distinct.size), valueAgree: comparable ? agreed / comparable : 1, missed };
}
