import type { ArticleBlock } from '../model/document.js';
import type { Claim, ClaimKind, Entity, Figure } from '../model/enriched.js';
import { HEDGES, KIND_CUES, NORMATIVE, STANCE, cuesIn } from './claim-cues.js';
import { pageAt } from './positions.js';
import type { Sentence } from './sentences.js';

/** Check-worthiness weights per cue; chosen so a figure outweighs any wording, and a hedge costs
 *  about what one named actor adds (ranking on the seed article's sentences checked by hand). */
const WEIGHT = {
  amount: 3, // a percentage, sum of money, count or range
  extraAmount: 1, // each further amount, up to two
  date: 1.5, // a year or date: a dated event
  entity: 1, // each named actor or place, up to three
  causal: 1,
  comparative: 0.5,
  checkable: 2,
  hedged: -1,
  opinionOnly: -0.5, // evaluative with no figure and no entity
} as const;
const MAX_EXTRA_AMOUNTS = 2;
const MAX_ENTITIES = 3;
/** Named actors that make a judging sentence still checkable; 3 lost more true checkables than false ones (npm run eval). */
const MIN_ENTITIES_DESPITE_JUDGEMENT = 2;
/** Sentences shorter than this many words are signposts or exclamations, not claims. */
const MIN_WORDS = 4;

const AMOUNT_KINDS = new Set(['percent', 'money', 'count', 'range', 'fraction', 'other']);
const DATE_KINDS = new Set(['year', 'date']);

/** Questions, exhortations and stage directions assert nothing. */
function isAsserting(text: string): boolean {
  if (/\?["”’)]*$/.test(text) || /^\(.*\)$/.test(text)) return false;
  if (/^(?:let(?:'s|’s)?|go|look|remember|imagine|consider)\b/i.test(text)) return false;
  return text.split(/\s+/).length >= MIN_WORDS;
}

const inside = (s: Sentence, start: number): boolean => start >= s.start && start < s.end;

interface Found {
  readonly figures: readonly Figure[];
  readonly entities: readonly string[];
}

function found(block: ArticleBlock, s: Sentence, figures: readonly Figure[], entities: readonly Entity[]): Found {
  return {
    figures: figures.filter((f) => f.paragraph === block.id && inside(s, f.start)),
    entities: entities.filter((e) => e.mentions.some((m) => m.paragraph === block.id && inside(s, m.start))).map((e) => e.name),
  };
}

function scoreOf(kinds: ReadonlySet<ClaimKind>, hedges: readonly string[], f: Found, checkable: boolean) {
  const cues: string[] = [];
  let score = 0;
  const add = (weight: number, cue: string) => {
    score += weight;
    cues.push(`${cue} (${weight > 0 ? '+' : ''}${weight})`);
  };
  const amounts = f.figures.filter((x) => AMOUNT_KINDS.has(x.kind));
  amounts.forEach((x, i) => {
    if (i === 0) add(WEIGHT.amount, `figure "${x.text}"`);
    else if (i <= MAX_EXTRA_AMOUNTS) add(WEIGHT.extraAmount, `figure "${x.text}"`);
  });
  const date = f.figures.find((x) => DATE_KINDS.has(x.kind));
  if (date) add(WEIGHT.date, `date "${date.text}"`);
  for (const name of f.entities.slice(0, MAX_ENTITIES)) add(WEIGHT.entity, `entity "${name}"`);
  if (kinds.has('causal')) add(WEIGHT.causal, 'causal');
  if (kinds.has('comparative')) add(WEIGHT.comparative, 'comparative');
  if (checkable) add(WEIGHT.checkable, 'checkable');
  if (hedges.length) add(WEIGHT.hedged, `hedged "${hedges.join('", "')}"`);
  if (kinds.has('evaluative') && !f.figures.length && !f.entities.length) add(WEIGHT.opinionOnly, 'opinion only');
  return { score: Math.round(score * 100) / 100, cues };
}

/** Tags one asserting sentence: kinds with their cue words, hedges, checkability and score. */
export function tagSentence(block: ArticleBlock, s: Sentence, figures: readonly Figure[], entities: readonly Entity[]): Claim | null {
  if (!isAsserting(s.text)) return null;
  const f = found(block, s, figures, entities);
  const kinds = new Set<ClaimKind>();
  const kindCues: string[] = [];
  if (f.figures.some((x) => AMOUNT_KINDS.has(x.kind))) kinds.add('quantitative');
  for (const [kind, patterns] of KIND_CUES) {
    const cues = cuesIn(s.text, patterns);
    if (cues.length) {
      kinds.add(kind);
      kindCues.push(`${kind}: "${cues.join('", "')}"`);
    }
  }
  const hedges = cuesIn(s.text, HEDGES);
  // a stretch of time ("the past decade") dates nothing: only amounts and dates are facts
  const hasFact = f.figures.some((x) => AMOUNT_KINDS.has(x.kind) || DATE_KINDS.has(x.kind));
  const isSpeculative = hedges.length > 0 || kinds.has('predictive');
  const isOpinion = isSpeculative || NORMATIVE.test(s.text) || STANCE.test(s.text);
  // a named actor doing something is checkable unless the sentence judges; a list of several
  // named actors ("Japan, South Korea and Taiwan have …") reports events even when it judges too
  const checkable = hasFact || (!isOpinion && (f.entities.length >= MIN_ENTITIES_DESPITE_JUDGEMENT || (f.entities.length > 0 && !kinds.has('evaluative'))));
  const { score, cues } = scoreOf(kinds, hedges, f, checkable);
  return {
    text: s.text,
    kinds: [...kinds].sort(),
    hedged: hedges.length > 0,
    hedges,
    checkable,
    score,
    cues: [...cues, ...kindCues],
    figures: f.figures.map((x) => x.text),
    entities: f.entities,
    paragraph: block.id,
    page: pageAt(block, s.start),
    start: s.start,
    end: s.end,
  };
}

/** Claims of the article's sentences, ranked by score (ties keep reading order). */
export function rankClaims(claims: readonly Claim[]): Claim[] {
  return claims.map((c, i) => [c, i] as const).sort((a, b) => b[0].score - a[0].score || a[1] - b[1]).map(([c]) => c);
}
