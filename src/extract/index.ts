import type { Context } from '../model/context.js';
import type { Article, ArticleBlock } from '../model/document.js';
import type { Enriched, Scored } from '../model/enriched.js';
import { bodyPlaces, claimLookup, rankClaims, readSentence, reportPositions, tagSentence } from './claims/index.js';
import { type TaggedBlock, extractEntities } from './entities/index.js';
import type { EntityModel } from './entities/model.js';
import { type ClaimModel, shippedClaimModel, weighClaims } from './claims/model.js';
import { localiseCurrencies } from './figures/currency.js';
import { extractFigures, scanFigures } from './figures/index.js';
import { detectLanguage, readsAsEnglish } from './language.js';
import { LocatedIndex } from './located.js';
import { outsideReferences } from './references.js';
import { tokenize } from './entities/name-tokens.js';
import { type TermTags, tagTexts } from './nlp/load.js';
import { type Sentence, splitSentences } from './sentences.js';

export { preloadNlp } from './nlp/load.js';

/** A capital after a sentence's first word: only such sentences can hold a name compromise must type
 *  (a name seen only sentence-initially is judged by the rules); this halves tagging on the dev set.
 *  The pronoun "I" is no name: a sentence whose only inner capital it is needs no tagging. */
const INNER_CAPITAL = /\s["“‘(]?(?!I\b)[\p{Lu}]/u;
/** Frequent sentence openers that are never names; a sentence starting otherwise ("Germany's not
 *  waiting.") is tagged too, since its first word may be a name seen nowhere else. */
const COMMON_OPENERS = new Set(
  (
    'the this that these those it its but and however in on at we they he she i our their a an as for yet so if ' +
    'when while there what such now meanwhile moreover still thus instead with over by from to after before since ' +
    'many some most each every all one let you my his her your no not then also even only both either more less ' +
    'here where how why who which'
  ).split(' '),
);
const mayHoldName = (text: string): boolean =>
  INNER_CAPITAL.test(text) || !COMMON_OPENERS.has((/^["“‘(]?([\p{L}]+)/u.exec(text)?.[1] ?? '').toLowerCase());

/** compromise's tags per block, from the sentences that may hold a name; none (with a warning) when the worker fails. */
async function tagBlocks(
  blocks: readonly ArticleBlock[],
  sentences: readonly (readonly Sentence[])[],
  ctx: Context,
): Promise<TermTags[][]> {
  const wanted = sentences.flatMap((list, i) => list.filter((s) => mayHoldName(s.text)).map((s) => ({ i, s })));
  const out: TermTags[][] = blocks.map(() => []);
  try {
    const tagged = await tagTexts(wanted.map(({ s }) => s.text));
    wanted.forEach(({ i, s }, k) => {
      const into = out[i] as TermTags[];
      for (const t of tagged[k] ?? []) into.push({ ...t, start: t.start + s.start, end: t.end + s.start });
    });
  } catch (error) {
    ctx.warn('extract/nlp-unavailable', `compromise could not tag the text; entities typed by rules only (${String(error)})`);
  }
  return out;
}

/** What a caller may change in extraction beyond the run's options. */
export interface ExtractSettings {
  /** The entity model to weigh names with (entities/model.ts): the shipped one by default; null keeps the rules' types and scores. */
  readonly entityModel?: EntityModel | null;
  /** The claim model to rank claims with (claims/model.ts): the shipped one by default; null keeps the rules' scores. */
  readonly claimModel?: ClaimModel | null;
}

const clears =
  (min: number) =>
  (item: Scored): boolean =>
    item.confidence >= min;

/** Adds entities, figures and claims to an article, each pinned to paragraph, page and offsets
 *  and scored; those below the run's minimum confidence are left out. */
export async function extract(article: Article, ctx: Context, settings: ExtractSettings = {}): Promise<Enriched> {
  // code and formulas are shown as printed, not read as sentences; a reference list names
  // authors and titles, not what the article speaks of
  const blocks = outsideReferences(article.blocks).filter((b) => b.kind !== 'code' && b.kind !== 'formula');
  const language = detectLanguage(blocks.filter((b) => b.kind !== 'heading').map((b) => b.text));
  if (!readsAsEnglish(language)) {
    ctx.warn(
      'extract/language',
      `the text reads as ${language} (ISO 639-3), not English: entities, figures and claims are extracted from English only and were skipped`,
    );
    return { ...article, language, entities: [], figures: [], claims: [] };
  }
  const sentences = blocks.map((b) => splitSentences(b.text));
  // compromise tags in its own thread: what needs no names is done meanwhile
  const tagging = tagBlocks(blocks, sentences, ctx);
  const tokens = blocks.map((block, i) => tokenize(block.text, sentences[i] ?? []));
  const scans = blocks.map((block) => scanFigures(block.text));
  const readings = blocks.map((block, i) => (block.kind !== 'heading' ? (sentences[i] ?? []).map((s) => readSentence(s.text)) : []));
  const terms = await tagging;
  const tagged: TaggedBlock[] = blocks.map((block, i) => ({ block, tokens: tokens[i] ?? [], terms: terms[i] ?? [] }));
  const entities = extractEntities(article, tagged, settings.entityModel);
  const mentions = new LocatedIndex(entities.flatMap((e) => e.mentions));
  const personMentions = new LocatedIndex(entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions));
  const found = blocks.flatMap((block, i) => {
    const names = mentions.inParagraph(block.id).map((m) => [m.start, m.end] as const);
    const people = personMentions.inParagraph(block.id).map((m) => [m.start, m.end] as const);
    return extractFigures(block, sentences[i] ?? [], article.published, names, people, scans[i]);
  });
  // "850,000 pesos" in a story about Chile: Chilean pesos
  const figures = localiseCurrencies(found, entities);
  const lookup = claimLookup(figures, entities);
  // a news report's lead tells the story: its claims rank first
  const positions = reportPositions(blocks);
  const places = bodyPlaces(blocks);
  const claims = blocks.flatMap((block, i) =>
    (readings[i] ?? []).map((reading, k) =>
      tagSentence(block, sentences[i]?.[k] as Sentence, lookup, reading, positions.get(block), places.get(block)),
    ),
  );
  const byRules = rankClaims(claims.filter((c) => c !== null));
  const claimModel = settings.claimModel === undefined ? shippedClaimModel() : settings.claimModel;
  const ranked = claimModel ? rankClaims(weighClaims(byRules, blocks, claimModel)) : byRules;
  ctx.note('extract/summary', `${entities.length} entities, ${figures.length} figures, ${ranked.length} claims`);
  const min = ctx.options.minConfidence;
  const kept = { entities: entities.filter(clears(min)), figures: figures.filter(clears(min)), claims: ranked.filter(clears(min)) };
  const left = [
    `${entities.length - kept.entities.length} entities`,
    `${figures.length - kept.figures.length} figures`,
    `${ranked.length - kept.claims.length} claims`,
  ].filter((count) => !count.startsWith('0 '));
  if (left.length) ctx.note('extract/below-confidence', `left out below confidence ${min}: ${left.join(', ')}`);
  return { ...article, language, ...kept };
}
