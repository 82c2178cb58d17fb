import type { ArticleBlock } from '../../model/document.js';
import type { Claim } from '../../model/enriched.js';
import { type LinearModel, classScores, shippedModel, toHundredths } from '../linear-model.js';
import { bodyParagraphs } from './index.js';

/**
 * The claim model: a logistic regression over what the rules found in a sentence (its cues,
 * kinds, checkability and hedges, how many figures and entities it holds, its score and its rank
 * among the text's claims), where it stands (its body paragraph, whether it opens it) and its
 * length, giving the odds that a fact-checker would count it among the text's central claims.
 * It adds to each claim's score a cue `central (±x)`, four times those log-odds against its
 * prior, so that of sentences the rules scored alike the one the text is about ranks first. Learnt from the central
 * claims of the annotated articles of test/extraction-gold/ by test/tools/train-claim-model.ts
 * (npm run train:claims), and made again whenever the claim rules change.
 */
export const CLAIM_CLASSES = ['other', 'central'] as const;

export type ClaimModel = LinearModel;

export const CLAIM_MODEL_FILE = new URL(
  import.meta.url.endsWith('.ts') ? './claim-model.json' : '../../../src/extract/claims/claim-model.json',
  import.meta.url,
);

/** The model shipped in src/, read once; null when the file is missing (claims keep the rules' scores). */
export const shippedClaimModel = shippedModel(CLAIM_MODEL_FILE, CLAIM_CLASSES);

/** Points the model's log-odds are worth in a claim's score. */
export const CENTRAL_WEIGHT = 4;

/** A cue's name without its quoted words and points: `figure "452" (+3)` → `figure`. */
const cueName = (cue: string): string =>
  cue
    .replace(/\s*\([^()]*\)$/, '')
    .replace(/"[^"]*"/g, '')
    .replace(/[\s,]+$/, '')
    .trim();

const rankBand = (rank: number): string => (rank < 3 ? '1-3' : rank < 5 ? '4-5' : rank < 10 ? '6-10' : rank < 20 ? '11-20' : 'later');

/** Where a claim's paragraph stands among the text's body paragraphs (bodyParagraphs). */
export interface BodyPlace {
  readonly index: number;
  readonly count: number;
}

/** The features of a claim at this rank (0: the rules' best), in this body paragraph. */
export function claimFeatures(claim: Claim, rank: number, place: BodyPlace | undefined): string[] {
  const out = new Set<string>();
  for (const cue of claim.cues) out.add(`cue=${cueName(cue)}`);
  for (const kind of claim.kinds) out.add(`kind=${kind}`);
  if (claim.checkable) out.add('checkable');
  if (claim.hedged) out.add('hedged');
  out.add(`figures=${Math.min(claim.figures.length, 3)}`);
  out.add(`entities=${Math.min(claim.entities.length, 4)}`);
  if (place) {
    out.add(`paragraph=${Math.min(place.index, 6)}`);
    out.add(`share=${Math.floor((10 * place.index) / Math.max(1, place.count))}`);
  } else out.add('paragraph=none');
  if (claim.start === 0) out.add('opens-paragraph');
  out.add(`words=${Math.min(Math.floor(claim.text.split(/\s+/).length / 10), 5)}`);
  if (/["“”]/.test(claim.text)) out.add('quoted');
  for (const step of [2, 4, 6, 8, 10, 12]) if (claim.score >= step) out.add(`score>=${step}`);
  out.add(`rank=${rankBand(rank)}`);
  return [...out];
}

/** The body places of the blocks' paragraphs. */
export function bodyPlacesOf(blocks: readonly ArticleBlock[]): Map<string, BodyPlace> {
  const body = bodyParagraphs(blocks);
  return new Map(body.map((b, index) => [b.id, { index, count: body.length }]));
}

/** The claims, in the rules' order, each with the model's `central` cue added to its score,
 *  which orders them; their confidence stays the rules' (how likely a fact-checker would pick
 *  the sentence at all), as the model weighs only what the text is about. Rhetorical claims are
 *  left as they are. */
export function weighClaims(ranked: readonly Claim[], blocks: readonly ArticleBlock[], model: ClaimModel): Claim[] {
  const places = bodyPlacesOf(blocks);
  // the log-odds against the model's prior (its bias): a claim like most moves little
  const prior = (model.bias[1] ?? 0) - (model.bias[0] ?? 0);
  return ranked.map((claim, rank) => {
    if (claim.kinds.includes('rhetorical')) return claim;
    const [other = 0, central = 0] = classScores(model, claimFeatures(claim, rank, places.get(claim.paragraph)));
    const points = toHundredths(CENTRAL_WEIGHT * (central - other - prior));
    const score = toHundredths(claim.score + points);
    return {
      ...claim,
      score,
      cues: [...claim.cues, `central (${points >= 0 ? '+' : ''}${points})`],
      evidence: [...claim.evidence.filter((e) => !e.startsWith('score:')), `score:${score}`, 'model'],
    };
  });
}
