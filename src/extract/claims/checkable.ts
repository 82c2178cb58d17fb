import { IRREGULAR_PAST } from '../past-tense.js';
import { NORMATIVE, PROPOSAL, STANCE } from './cues.js';

/**
 * Checkability: does a sentence state something a fact-checker could verify — a figure, a dated
 * event, a named actor doing something? General cues only: what lowers it is wording that makes
 * the sentence a judgement, a wish or a forecast; what raises it is an amount, a date, a named
 * actor, or an announced event on a given day.
 */

/**
 * A fronted adverbial frame, up to its first comma ("Within China, …", "With the cooperation of
 * the Congress, …", "From the first railroads to the Interstate Highway System, …"). A name in it
 * sets the scene; it is not the actor the sentence reports on.
 */
const FRAME =
  /^(?:(?:now|but|and|so|yet)\s*,?\s+)?(?:with|within|from|in|among|amid|amidst|despite|through|throughout|across|under|beyond|like|unlike|for|against|inside|outside|regarding)\b[^,;:]*,/i;

/** Length of the sentence's fronted frame, 0 when it has none. */
export const frameEnd = (text: string): number => FRAME.exec(text)?.[0].length ?? 0;

/** A day-anchored announcement ("Tomorrow I'll visit …", "next week the Senate votes"). */
export const SCHEDULED =
  /\b(?:tomorrow|tonight|next\s+(?:week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|this\s+(?:week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/** Past tense or participle: regular "-ed" forms and common irregular ones. */
const PAST = String.raw`(?:\w+ed|${IRREGULAR_PAST})`;
const ADVERBS = String.raw`(?:(?:not\s+only|not|also|already|just|then|later|since|now|\w+ly)\s+)*`;
/** A perfect or passive verb group ("have implemented", "is being destroyed", "has been reduced"). */
const VERB_GROUP = new RegExp(String.raw`\b(?:has|have|had|was|were|is|are|been|being)\s+${ADVERBS}(${PAST})\b`, 'gi');
/** A name followed by its past-tense verb ("China used …", "MIC25 not only aimed …"). */
const AFTER_NAME = new RegExp(String.raw`^['’]?\s+${ADVERBS}(?:(?:has|have|had|was|were)\s+${ADVERBS})?(${PAST})\b`, 'i');
/** A name as the agent of a passive ("imposed by the United States", "funded by the Recovery Act"). */
const BEFORE_NAME = new RegExp(String.raw`\b(${PAST})\s+by\s+(?:the\s+)?$`, 'i');
/** Verbs of abstract effect or of showing: "has enabled", "has led to", "has revealed" interpret
 *  what happened; they report no event a fact-checker could look up. */
const ABSTRACT_EFFECT =
  /^(?:enabl|led$|caus|result|affect|influenc|driv|drove|accelerat|intensif|strengthen|weaken|undermin|transform|redefin|reshap|reconfigur|generat|facilitat|promot|foster|spark|trigger|fuel|spur|exacerbat|hamper|reveal|expos|show|demonstrat|highlight|underscor|illustrat|signal|reflect|consolidat|boost|shap|contribut|impact)/i;

/** A mention's place in the sentence (offsets into the sentence text). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const concrete = (verb: string | undefined): boolean => verb !== undefined && !ABSTRACT_EFFECT.test(verb);

/** Whether the sentence reports a concrete event: a past or perfect verb that is not one of
 *  abstract effect, done by or to a named actor. */
export function reportsEvent(text: string, actors: readonly Span[]): boolean {
  if (!actors.length) return false;
  if ([...text.matchAll(VERB_GROUP)].some((m) => concrete(m[1]))) return true;
  return actors.some((a) => concrete(AFTER_NAME.exec(text.slice(a.end))?.[1]) || concrete(BEFORE_NAME.exec(text.slice(0, a.start))?.[1]));
}

/** Named actors that a judging sentence still checkable: a list of several named actors
 *  ("Japan, South Korea and Taiwan have …") reports events even when it judges too. */
const MIN_ACTORS_DESPITE_JUDGEMENT = 2;

export interface CheckCues {
  readonly text: string;
  /** Mentions of named entities outside a fronted frame, one per entity. */
  readonly actors: readonly Span[];
  /** A percentage, sum of money, count, range or fraction. */
  readonly amount: boolean;
  /** A year or date (a stretch of time such as "the past decade" is neither). */
  readonly date: boolean;
  readonly evaluative: boolean;
  readonly causal: boolean;
  readonly hedged: boolean;
  readonly predictive: boolean;
}

/** Whether a fact-checker could verify the sentence (see the module comment). */
export function isCheckable(c: CheckCues): boolean {
  if (c.amount) return true;
  // what ought to be, or what the speaker feels, wants or urges, is not a fact even when dated
  const opinion = NORMATIVE.test(c.text) || STANCE.test(c.text) || PROPOSAL.test(c.text);
  if (opinion) return false;
  if (c.date) return true;
  if (c.hedged || c.actors.length === 0) return false;
  // a forecast is checkable only as an announced event: a named actor on a given day
  if (c.predictive) return SCHEDULED.test(c.text);
  if (!c.evaluative && !c.causal) return true;
  // a judgement or a claim of cause and effect is checkable only around a concrete event, and a
  // judgement only when it reports on several named actors
  return reportsEvent(c.text, c.actors) && (!c.evaluative || c.actors.length >= MIN_ACTORS_DESPITE_JUDGEMENT);
}
