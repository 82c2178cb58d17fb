import type { ClaimKind } from '../../model/enriched.js';

/**
 * Cue-word patterns for claim tags. General English usage for each kind (modal and approximating
 * hedges, causal connectives and verbs, future markers, evaluative adjectives, comparison), never
 * phrases of a particular document.
 */

/** Hedges: modals of possibility, approximators, epistemic adverbs and verbs. */
export const HEDGES: readonly RegExp[] = [
  /\b(?:could|may|might)\b(?:\s+(?:either|well|also|even))?/gi,
  /\b(?:possibly|possible|perhaps|probably|likely|unlikely|arguably|potentially|presumably|apparently|seemingly)\b/gi,
  /\b(?:appears?|seems?|suggests?|indicates?) to\b|\b(?:appears|seems)\b/gi,
  /\bleans?\s+towards?\b|\btends?\s+to\b|\bin\s+the\s+long\s+term\b/gi,
  /\b(?:around|about|approximately|roughly|nearly|almost|some)(?=\s+(?:\$|€|£)?\d)/gi,
];

/** Words before "will" or "cause" that make it a noun: "the will of the people", "a just cause". */
const NOUN_BEFORE =
  "(?:the|a|an|his|her|their|our|its|my|your|this|that|whose|free|good|ill|political|popular|public|national|common|just|lost|root|noble|great|people['’]s)";

/** Causal cues: connectives and verbs of cause and effect. */
export const CAUSAL: readonly RegExp[] = [
  // "cause" and "causes" as verbs only: not "the cause", "a just cause", "the causes of"
  new RegExp(String.raw`\bcauses?\b(?<!\b${NOUN_BEFORE}\s+causes?)(?!\s+of\b)`, 'gi'),
  /\b(?:because|due to|as a result|therefore|thus|hence|consequently|thanks to|owing to|in turn|so that|which means)\b/gi,
  /\b(?:lead|leads|leading|led|caused|causing|result(?:s|ed|ing)? in|spark(?:s|ed|ing)?|trigger(?:s|ed|ing)?|drive[sn]?|drove|driving|push(?:es|ed|ing)?|enabl(?:e|es|ed|ing)|forc(?:ed|ing)|prompt(?:s|ed|ing)?|fuel(?:s|ed|led|ing)?|spur(?:s|red|ring)?|(?:the|a|direct) result of|reasons? (?:why|for)|one of the reasons)\b/gi,
  /\b(?:affect(?:s|ed|ing)?|generat(?:e|es|ed|ing)|transform(?:s|ed|ing)?|hamper(?:s|ed|ing)?|intensif(?:y|ies|ied|ying)|accelerat(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|weaken(?:s|ed|ing)?|undermin(?:e|es|ed|ing)|boost(?:s|ed|ing)?)\b/gi,
  /\b(?:influenc(?:e|es|ed|ing)|facilitat(?:e|es|ed|ing)|promot(?:e|es|ed|ing)|redefin(?:e|es|ed|ing)|reshap(?:e|es|ed|ing)|reconfigur(?:e|es|ed|ing)|exacerbat(?:e|es|ed|ing)|destroy(?:s|ed|ing)?|endanger(?:s|ed|ing)?|depend(?:s|ed|ing)? on|creat(?:e|es|ed|ing) (?:jobs|\w+ jobs))\b/gi,
];

/** Predictive cues: future tense and forecasting words. */
export const PREDICTIVE: readonly RegExp[] = [
  // "will" as the future, not the noun ("the will of the people", "political will")
  new RegExp(String.raw`\bwill\b(?<!\b${NOUN_BEFORE}\s+will)(?!\s+of\b)`, 'gi'),
  /\b(?:won't|shall|going to|is set to|are set to|expected to|likely to|bound to|about to)\b|\w'll\b/gi,
  /\b(?:could|may|might|would)\s+(?!have\b)(?:either\s+|well\s+|also\s+|even\s+)?\w+/gi,
  /\b(?:future|forecasts?|predict(?:s|ed|ion)?|projected|outlook|upcoming|in the long term|next (?:year|decade|century)|coming (?:years|decades))\b/gi,
];

/** Evaluative cues: judging adjectives and adverbs, normative modals. */
export const EVALUATIVE: readonly RegExp[] = [
  /\b(?:significant|profound|ambitious|forceful|balanced|mixed|important|crucial|critical|vital|key|great(?:est)?|best|worst|bold|strong|weak|brutal|reckless|serious|difficult|tough|remarkable|successful|success|failure|failed|uncertain|unfair|fair|wrong|moral|dangerous|excessive|effective|ineffective|undeniable|despicable|tragic|precious|healthy|uniform)\b/gi,
  // "just" and "right" as adjectives only: "a just peace", "the right choice", "it is right";
  // not "just over", "just as", "right now", "the right to vote"
  /\b(?:just|right)\b(?<=\b(?:a|the|more|most|so|is|are|was|were|be|been|not)\s+(?:just|right))(?!\s+(?:as|about|over|under|now|then|here|there|away|after|before|like|because|to|of|a|an|the|\d))/gi,
  /\b(?:should|must|ought to|need to|needs to)\b/gi,
  /\b(?:truly|particularly|especially|highly|deeply|completely|clearly|undoubtedly)\b/gi,
];

/** Proposals and requests: what the speaker asks for or puts forward ("I am proposing…", "we
 *  call on…", "I ask the Congress to…"). */
export const PROPOSAL =
  /\b(?:I|we)(?:\s+(?:am|are)|['’](?:m|re))?\s+(?:also\s+)?(?:propos(?:e|ing)|ask(?:ing)?|call(?:ing)?\s+on|urg(?:e|ing)|recommend(?:ing)?|request(?:ing)?|send(?:ing)?\s+to\s+the\s+congress)\b/i;

/** Normative modals: what ought to be is a judgement, not a checkable fact. */
export const NORMATIVE =
  /\b(?:should|must|ought to|need to|needs to|have to|has to|it(?:['’]s| is) time|(?:only|best|right|surest) way (?:to|forward)|it is (?:essential|necessary|vital|imperative|crucial) (?:to|that))\b/i;

/** A speaker's or a group's stance ("We seek…", "I urge…", "Most people know…", "We are all very
 *  grateful…"): a feeling, belief or intention, not an event. */
export const STANCE =
  /^(?:[\p{L}\p{N}\s]+,\s+)?(?:and\s+|but\s+|so\s+)?(?:I|we|they|you|(?:most|many|all|some|few)\s+\p{L}+|(?:\p{L}+\s+)?people)\s+(?:(?:all|also|really|truly|deeply|very|so|still|certainly)\s+)*(?:do\s+not\s+|don['’]t\s+)?(?:seek|want|urge|know|believe|hope|feel|think|wish|pledge|promise|realize|realise|understand|doubt|fear|(?:am|are|['’]m|['’]re)\s+(?:\w+\s+){0,2}(?:grateful|thankful|proud|pleased|glad|happy|confident|heartened|convinced|hopeful|sorry|honou?red|delighted|disappointed)|have\s+a\s+special)\b/iu;

/** Polite modals ("I might also recognize…", "I may add…"): a courtesy, neither a hedge nor a forecast. */
export const POLITE_MODAL =
  /\bI\s+(?:may|might|could)\s+(?:also\s+)?(?:add|say|mention|note|recogni[sz]e|acknowledge|thank|introduce|remind|point\s+out)\b/gi;

/** Comparative cues: comparisons and superlatives. */
export const COMPARATIVE: readonly RegExp[] = [
  /\b(?:more|less|fewer|greater|larger|smaller|higher|lower|better|worse|faster|slower|stronger|weaker|cheaper)\b(?:\s+\w+)?\s+than\b/gi,
  /\b(?:than|compared (?:to|with)|relative to|whereas|twice|half as|as \w+ as|on the other hand|more \w+|less \w+)\b/gi,
  /\b(?:most|least|largest|biggest|highest|lowest|fastest|cheapest|best|worst)\b/gi,
];

/** The cue lists of the claim kinds found by wording (quantitative comes from figures). */
export const KIND_CUES: ReadonlyMap<ClaimKind, readonly RegExp[]> = new Map([
  ['causal', CAUSAL],
  ['predictive', PREDICTIVE],
  ['evaluative', EVALUATIVE],
  ['comparative', COMPARATIVE],
]);

/** The distinct cue phrases of a sentence for a list of patterns, lower-cased, in text order. */
export function cuesIn(text: string, patterns: readonly RegExp[]): string[] {
  const hits: [number, string][] = [];
  for (const re of patterns) for (const m of text.matchAll(re)) hits.push([m.index, m[0].toLowerCase()]);
  return [...new Set(hits.sort((a, b) => a[0] - b[0]).map(([, cue]) => cue))];
}
