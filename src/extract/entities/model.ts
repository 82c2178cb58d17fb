import { englishWords } from '../../model/english-words.js';
import type { Entity, EntityType } from '../../model/enriched.js';
import { type LinearModel, classProbabilities, shippedModel, toHundredths } from '../linear-model.js';
import { entityId, strongestRule } from './score.js';

/**
 * The entity model: a multinomial logistic regression over what the rules found about a name
 * (its type, the rules and cues in its evidence, the rules' confidence), its shape and its head
 * word, and the words around its mentions. It gives each name the probability of each type and
 * of being no name at all; the name takes its likeliest type and that type's probability as its
 * confidence. The rules each see one cue; the model weighs them together, as they were right or
 * wrong on annotated articles (test/extraction-gold/, made by test/tools/train-entity-model.ts).
 * Trained on the rules' output, it is retrained whenever the rules change:
 *   npm run train:entities
 */

/** The classes the model tells apart, in the order of its weights: the four types, then no name. */
export const MODEL_CLASSES = ['person', 'organization', 'place', 'other', 'none'] as const;

export type EntityModel = LinearModel;

export const MODEL_FILE = new URL(
  import.meta.url.endsWith('.ts') ? './entity-model.json' : '../../../src/extract/entities/entity-model.json',
  import.meta.url,
);

/** The model shipped in src/, read once; null when the file is missing (names keep the rules' types). */
export const shippedEntityModel = shippedModel(MODEL_FILE, MODEL_CLASSES);

/** Evidence tags that carry a count or a type after a colon ("mentions:3", "listed-with:place"): the model sees their kind. */
const COUNTED = /^(?:mentions|mid-sentence|types-disagree|listed-with):/;
const CONFIDENCE_STEPS = [0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9];
const WORD = /[\p{L}\p{N}_'’-]+/gu;
const wordsOf = (s: string): string[] => s.toLowerCase().match(WORD) ?? [];

/** The features of a name as the rules left it, its mentions read in their paragraphs. */
export function entityFeatures(entity: Entity, paragraphText: (id: string) => string | undefined): string[] {
  const { type } = entity;
  const out = new Set<string>([`type=${type}`]);
  for (const tag of entity.evidence) {
    const kind = COUNTED.test(tag) ? tag.slice(0, tag.indexOf(':')) : tag;
    out.add(`ev=${kind}`);
    out.add(`ev=${kind}|${type}`);
    const count = kind === tag ? 0 : Number(tag.slice(kind.length + 1));
    if (kind === 'mentions' && count >= 3) out.add('ev=mentions3');
    if (kind === 'mid-sentence' && count >= 2) out.add('ev=mid2');
  }
  for (const step of CONFIDENCE_STEPS) {
    if (entity.confidence >= step) {
      out.add(`conf>=${step}`);
      out.add(`conf>=${step}|${type}`);
    }
  }
  const words = entity.name.split(/\s+/);
  out.add(`ntok=${Math.min(words.length, 4)}`);
  if (/^[A-Z0-9&.-]{2,}$/.test(entity.name)) out.add('allcaps');
  if (/\d/.test(entity.name)) out.add('digit');
  if (entity.name.includes('-')) out.add('hyphen');
  if (entity.name.includes(' of ')) out.add('hasof');
  const head = (words[words.length - 1] ?? '').toLowerCase();
  out.add(`head=${head}`);
  out.add(`head=${head}|${type}`);
  if (words.length > 1) out.add(`first=${(words[0] ?? '').toLowerCase()}`);
  out.add(`suf3=${head.slice(-3)}`);
  let sentenceStarts = 0;
  for (const m of entity.mentions) {
    const text = paragraphText(m.paragraph) ?? '';
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const after = text.slice(m.end, m.end + 40);
    const wordsBefore = wordsOf(before);
    const wordsAfter = wordsOf(after);
    const previous = wordsBefore[wordsBefore.length - 1];
    if (previous !== undefined) out.add(`prev=${previous}`);
    if (wordsBefore.length > 1) out.add(`prev2=${wordsBefore.slice(-2).join(' ')}`);
    if (wordsAfter[0] !== undefined) out.add(`next=${wordsAfter[0]}`);
    if (/^['’]s/.test(after)) out.add('poss');
    if (/^\s+[A-Z]/.test(after)) out.add('nextcap');
    if (/['’]s\s+$/.test(before)) out.add('afterposs');
    if (m.start === 0 || /[.!?:]["”’]?\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start))) sentenceStarts++;
  }
  if (entity.mentions.length > 0 && sentenceStarts === entity.mentions.length) out.add('allsentstart');
  return [...out];
}

/** The index in MODEL_CLASSES of the likeliest of the four types ("none" aside). */
export function likeliestType(p: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < 4; k++) if ((p[k] as number) > (p[best] as number)) best = k;
  return best;
}

/** The rules' default threshold, below which the caps they set stay (mayLift). */
const RULES_THRESHOLD = 0.5;

/** The rules' evidence that a name left below the threshold is an ordinary word, a code or a
 *  piece of a name, or that nothing typed it (score.ts): the caps the rules set stay. */
const RULED_OUT = new Set([
  'rule:acronym',
  'type-undecided',
  'function-word',
  'head-noun-only',
  'citation-key',
  'code-like',
  'capitals-words',
  'job-title',
  'name-tail',
  'plural-acronym',
  'after-indefinite-article',
  'term-expansion',
  'initials-only',
  'symbol-like',
  'initial-and-word',
  'common-words',
]);

/** Rules at least this strong (score.ts, RULE_STRENGTH) decide a name's type themselves: word
 *  lists, head words, appositions, titles. The model weighs the names only weaker cues typed. */
const DECIDING_RULE = 0.75;

/** Whether the model weighs this name: not the byline's author, named in the text, typed by no deciding rule. */
export const weighs = (entity: Entity): boolean =>
  !entity.evidence.includes('byline') && entity.mentions.length > 0 && strongestRule(entity.evidence) < DECIDING_RULE;

/**
 * Whether the model may lift a name the rules left below the threshold. Not when the rules know
 * it for an ordinary word or a bare acronym ("HIV", "SUMMARY", "UI"), as capitals alone say
 * little of those, nor when every mention stands in square brackets ("[Kar15a]", a reference
 * key): the model learnt from articles, and these are what other documents hold in numbers.
 */
export function mayLift(entity: Entity, paragraphText: (id: string) => string | undefined): boolean {
  if (entity.evidence.some((tag) => RULED_OUT.has(tag))) return false;
  if (/^[\p{Lu}\d&.-]+$/u.test(entity.name) && englishWords().has(entity.name.toLowerCase())) return false;
  return !entity.mentions.every((m) => {
    const text = paragraphText(m.paragraph) ?? '';
    return /\[[^\]]{0,40}$/.test(text.slice(Math.max(0, m.start - 40), m.start)) && /^[^[]{0,40}\]/.test(text.slice(m.end, m.end + 40));
  });
}

/**
 * Each name (the byline's author aside, whom the byline decides) takes the type the model finds
 * likeliest and that type's probability as its confidence; its evidence gains `model` and, when
 * the model changed its type, `retyped-from:<type>`.
 */
export function weighEntities(
  entities: readonly Entity[],
  paragraphText: (id: string) => string | undefined,
  model: EntityModel,
): Entity[] {
  return entities.map((entity) => {
    if (!weighs(entity) || (entity.confidence < RULES_THRESHOLD && !mayLift(entity, paragraphText))) return entity;
    const p = classProbabilities(model, entityFeatures(entity, paragraphText));
    const best = likeliestType(p);
    const type = MODEL_CLASSES[best] as EntityType;
    const evidence = [...entity.evidence, 'model', ...(type !== entity.type ? [`retyped-from:${entity.type}`] : [])];
    const { country, ...rest } = entity;
    return {
      ...rest,
      ...(country !== undefined && type === 'place' ? { country } : {}),
      id: type === entity.type ? entity.id : entityId(type, entity.name),
      type,
      confidence: toHundredths(p[best] as number),
      evidence,
    };
  });
}
