import type { Context } from '../model/context.js';
import type { Article } from '../model/document.js';
import type { Enriched } from '../model/enriched.js';
import { rankClaims, tagSentence } from './claims.js';
import { type TaggedBlock, extractEntities } from './entities.js';
import { extractFigures } from './figures.js';
import { tokenize } from './name-tokens.js';
import { type TermTags, tagTexts } from './nlp-load.js';
import { splitSentences } from './sentences.js';

export { preloadNlp } from './nlp-load.js';

/** Blocks whose text has no capital after its first letter hold no name: compromise skips them. */
const MAY_HOLD_NAME = /.\p{Lu}/u;

/** compromise's tags per block, or none (with a warning) when the worker fails. */
async function tagBlocks(texts: readonly string[], ctx: Context): Promise<TermTags[][]> {
  const wanted = texts.map((t, i) => [t, i] as const).filter(([t]) => MAY_HOLD_NAME.test(t));
  try {
    const tagged = await tagTexts(wanted.map(([t]) => t));
    const out: TermTags[][] = texts.map(() => []);
    wanted.forEach(([, i], k) => {
      out[i] = tagged[k] ?? [];
    });
    return out;
  } catch (error) {
    ctx.warn('extract/nlp-unavailable', `compromise could not tag the text; entities typed by rules only (${String(error)})`);
    return texts.map(() => []);
  }
}

/** Adds entities, figures and claims to an article; each is pinned to paragraph, page and offsets. */
export async function extract(article: Article, ctx: Context): Promise<Enriched> {
  const blocks = article.blocks;
  const sentences = blocks.map((b) => splitSentences(b.text));
  const terms = await tagBlocks(blocks.map((b) => b.text), ctx);
  const tagged: TaggedBlock[] = blocks.map((block, i) => ({
    block,
    tokens: tokenize(block.text, sentences[i] ?? []),
    terms: terms[i] ?? [],
  }));
  const entities = extractEntities(article, tagged);
  const figures = blocks.flatMap((block, i) => {
    const names = entities.flatMap((e) => e.mentions.filter((m) => m.paragraph === block.id).map((m) => [m.start, m.end] as const));
    return extractFigures(block, sentences[i] ?? [], article.published, names);
  });
  const claims = blocks.flatMap((block, i) =>
    block.kind === 'paragraph' ? (sentences[i] ?? []).map((s) => tagSentence(block, s, figures, entities)) : [],
  );
  ctx.note('extract/summary', `${entities.length} entities, ${figures.length} figures, ${claims.filter(Boolean).length} claims`);
  return { ...article, entities, figures, claims: rankClaims(claims.filter((c) => c !== null)) };
}
