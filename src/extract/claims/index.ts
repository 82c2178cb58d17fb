import type { ArticleBlock } from '../../model/document.js';
import type { Claim, ClaimKind, Entity, Figure } from '../../model/enriched.js';
import { type Span, frameEnd, isCheckable, reportsEvent } from './checkable.js';
import { HEDGES, KIND_CUES, NORMATIVE, POLITE_MODAL, PROPOSAL, cuesIn } from './cues.js';
import { LocatedIndex } from '../located.js';
import { pageAt, pagesOf } from '../positions.js';
import type { Sentence } from '../sentences.js';

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
  event: 0.5, // a concrete event reported of a named actor: a fact even without a figure
  proposal: -1, // what ought to be done, or a plan: a fact-checker waits for it to happen
  hedged: -1,
  opinionOnly: -0.5, // evaluative with no figure and no entity
  rhetorical: -3, // a question or an exhortation: below any statement
  lead: 2, // the first paragraph of a news report: what the story is
  secondParagraph: 1, // its second paragraph, which the lead's details often open
  early: 2.5, // the first body paragraph of any text, falling to nothing by EARLY_SHARE of it (bodyPlaces)
} as const;
const MAX_EXTRA_AMOUNTS = 2;
/** The share of a text's body paragraphs, from its start, whose claims rank up as early ones. */
const EARLY_SHARE = 0.7;
/** The most paragraphs the opening of a long text spans (see bodyPlaces): a speech of a hundred
 *  paragraphs opens with its first few, as a report does. */
const EARLY_PARAGRAPHS = 6;
/** The approximators among the hedges ("about", "nearly" before a number). */
const APPROXIMATOR = /^(?:around|about|approximately|roughly|nearly|almost|some)$/i;
/** The hedges that doubt a statement: an approximate figure ("about 47%") doubts nothing. */
const doubtsOf = (hedges: readonly string[]): string[] => hedges.filter((h) => !APPROXIMATOR.test(h));
const MAX_ENTITIES = 3;
/** Sentences shorter than this many words are signposts or exclamations, not claims. */
const MIN_WORDS = 4;

const AMOUNT_KINDS = new Set(['percent', 'money', 'count', 'range', 'fraction', 'ratio', 'measure', 'other']);
const DATE_KINDS = new Set(['year', 'date']);
/** A year, a date, or a span of time ("for 15 years"): anchors a statement in time, for its score. */
const TIME_KINDS = new Set(['year', 'date', 'duration']);

/** A question ("Who pays for it?") or an exhortation ("Let us begin.", "Imagine a city …"). */
function rhetoricalForm(text: string): 'question' | 'exhortation' | undefined {
  if (/\?["”’)]*$/.test(text)) return 'question';
  if (/^(?:let(?:'s|’s)?|go|look|remember|imagine|consider)\b/i.test(text)) return 'exhortation';
  return undefined;
}

/** A stage direction ("(Applause.)") or a signpost too short to say anything. */
const isAside = (text: string): boolean => /^\(.*\)$/.test(text) || text.split(/\s+/).length < MIN_WORDS;

/** A question or exhortation: a claim of the `rhetorical` kind, ranked last and kept out of the
 *  default output by its confidence; it asks or urges and asserts nothing to check. */
function rhetoricalClaim(block: ArticleBlock, s: Sentence, form: 'question' | 'exhortation'): Claim {
  return {
    text: s.text,
    confidence: RHETORICAL_CONFIDENCE,
    evidence: ['not-checkable', `rhetorical:${form}`, `score:${WEIGHT.rhetorical}`],
    kinds: ['rhetorical'],
    hedged: false,
    hedges: [],
    checkable: false,
    score: WEIGHT.rhetorical,
    cues: [`${form} (${WEIGHT.rhetorical})`],
    figures: [],
    entities: [],
    paragraph: block.id,
    page: pageAt(block, s.start),
    start: s.start,
    end: s.end,
    locator: { paragraph: block.id, pages: pagesOf(block, s.start, s.end) },
  };
}
/** Far below the default threshold (0.5): listed only when a run asks for everything. */
const RHETORICAL_CONFIDENCE = 0.05;

interface Found {
  readonly figures: readonly Figure[];
  readonly entities: readonly string[];
  /** Entities named outside the sentence's fronted frame ("Within China, …"): the first such
   *  mention of each, in sentence offsets. */
  readonly actors: readonly Span[];
}

/** One mention of an entity, with the entity's position in the article's list. */
interface MentionRef {
  readonly paragraph: string;
  readonly start: number;
  readonly end: number;
  readonly entity: number;
}

/** The article's figures and entity mentions, looked up by paragraph and sentence. */
export interface ClaimLookup {
  readonly figures: LocatedIndex<Figure>;
  readonly mentions: LocatedIndex<MentionRef>;
  readonly entities: readonly Entity[];
}

/** Indexes figures and entity mentions once, so each sentence finds its own without a scan of the article. */
export function claimLookup(figures: readonly Figure[], entities: readonly Entity[]): ClaimLookup {
  const refs = entities.flatMap((e, entity) => e.mentions.map((m) => ({ paragraph: m.paragraph, start: m.start, end: m.end, entity })));
  return { figures: new LocatedIndex(figures), mentions: new LocatedIndex(refs), entities };
}

function found(block: ArticleBlock, s: Sentence, lookup: ClaimLookup): Found {
  // in entity order, then each entity's mention order
  const mentions = lookup.mentions.within(block.id, s.start, s.end);
  const afterFrame = s.start + frameEnd(s.text);
  const named: number[] = [];
  const actors: Span[] = [];
  let actor = -1; // the last entity given an actor span; an entity's mentions come together
  for (const m of mentions) {
    if (named[named.length - 1] !== m.entity) named.push(m.entity);
    if (m.start >= afterFrame && actor !== m.entity) {
      actor = m.entity;
      actors.push({ start: m.start - s.start, end: m.end - s.start });
    }
  }
  return {
    figures: lookup.figures.within(block.id, s.start, s.end),
    entities: named.map((i) => (lookup.entities[i] as Entity).name),
    actors,
  };
}

/** `paragraph`: where the sentence's paragraph stands in a news report (0: its lead; see
 *  reportPositions), infinite elsewhere. */
function scoreOf(
  kinds: ReadonlySet<ClaimKind>,
  hedges: readonly string[],
  f: Found,
  checkable: boolean,
  event: boolean,
  paragraph = Number.POSITIVE_INFINITY,
  place = 1,
) {
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
  const date = f.figures.find((x) => TIME_KINDS.has(x.kind));
  if (date) add(WEIGHT.date, `date "${date.text}"`);
  for (const name of f.entities.slice(0, MAX_ENTITIES)) add(WEIGHT.entity, `entity "${name}"`);
  if (kinds.has('causal')) add(WEIGHT.causal, 'causal');
  if (event) add(WEIGHT.event, 'reported event');
  if (kinds.has('normative') || (kinds.has('predictive') && !checkable))
    add(WEIGHT.proposal, kinds.has('normative') ? 'proposal' : 'forecast');
  if (kinds.has('comparative')) add(WEIGHT.comparative, 'comparative');
  if (checkable) add(WEIGHT.checkable, 'checkable');
  // ("about 47%", "nearly 70%": an approximate figure is as checkable as an exact one)
  const doubts = doubtsOf(hedges);
  if (doubts.length) add(WEIGHT.hedged, `hedged "${doubts.join('", "')}"`);
  // what a text says first is what it is about (a thesis, a finding, a lead): the earlier, the more
  if (checkable && place < EARLY_SHARE) add(Math.round(WEIGHT.early * (1 - place / EARLY_SHARE) * 100) / 100, 'early');
  if (checkable && paragraph === 0) add(WEIGHT.lead, 'lead');
  if (checkable && paragraph === 1) add(WEIGHT.secondParagraph, 'lead');
  if (kinds.has('evaluative') && !f.figures.length && !f.entities.length) add(WEIGHT.opinionOnly, 'opinion only');
  return { score: Math.round(score * 100) / 100, cues };
}

/** Score at which a checkable claim is even odds to be one a fact-checker would pick, and how
 *  fast confidence rises with it: one figure and a checkable statement clear it, a bare
 *  statement does not. */
const EVEN_SCORE = 2.5;
const SCORE_SPREAD = 1.2;
/** A claim that cannot be checked against outside data stays below the default threshold. */
const UNCHECKABLE_CAP = 0.45;

/** How sure it is that a fact-checker would pick the sentence, from its score and checkability. */
function claimConfidence(score: number, checkable: boolean): number {
  const p = 1 / (1 + Math.exp(-(score - EVEN_SCORE) / SCORE_SPREAD));
  return Math.round((checkable ? p : Math.min(p, UNCHECKABLE_CAP)) * 100) / 100;
}

/** What a sentence's own words say of it, before the figures and entities in it are known:
 *  an aside, a question or exhortation, the cues of each kind, hedges and normative words. It
 *  needs nothing from the entities, so it can be read while compromise tags the text. */
export interface SentenceReading {
  readonly text: string;
  readonly aside: boolean;
  readonly form: 'question' | 'exhortation' | undefined;
  readonly kindCues: readonly (readonly [ClaimKind, readonly string[]])[];
  readonly hedges: readonly string[];
  readonly normative: readonly string[];
}

/** Reads a sentence's cues (see SentenceReading). */
export function readSentence(sentence: string): SentenceReading {
  const aside = isAside(sentence);
  const form = aside ? undefined : rhetoricalForm(sentence);
  if (aside || form) return { text: sentence, aside, form, kindCues: [], hedges: [], normative: [] };
  // a polite "I might also recognize …" neither hedges nor forecasts: blank it, keeping offsets
  const text = sentence.replace(POLITE_MODAL, (m) => ' '.repeat(m.length));
  const kindCues = [...KIND_CUES].map(([kind, patterns]) => [kind, cuesIn(text, patterns)] as const).filter(([, cues]) => cues.length > 0);
  const hedges = cuesIn(text, HEDGES);
  const normative = [NORMATIVE, PROPOSAL].flatMap((re) => re.exec(text)?.[0] ?? []);
  return { text: sentence, aside, form, kindCues, hedges, normative };
}

/** Tags one sentence: kinds with their cue words, hedges, checkability and score; a question or an
 *  exhortation is a rhetorical claim; an aside, none. `reading` is the sentence's readSentence,
 *  when it was made beforehand; `paragraph`, its paragraph's place in a news report (reportPositions);
 *  `place`, its paragraph's share of the way through the text's body (bodyPlaces: 0 its first). */
export function tagSentence(
  block: ArticleBlock,
  s: Sentence,
  lookup: ClaimLookup,
  reading: SentenceReading = readSentence(s.text),
  paragraph = Number.POSITIVE_INFINITY,
  place = 1,
): Claim | null {
  if (reading.text !== s.text) throw new Error('tagSentence: the reading is of another sentence');
  if (reading.aside) return null;
  if (reading.form) return rhetoricalClaim(block, s, reading.form);
  const f = found(block, s, lookup);
  const kinds = new Set<ClaimKind>();
  const kindCues: string[] = [];
  if (f.figures.some((x) => AMOUNT_KINDS.has(x.kind))) kinds.add('quantitative');
  for (const [kind, cues] of reading.kindCues) {
    kinds.add(kind);
    kindCues.push(`${kind}: "${cues.join('", "')}"`);
  }
  const { hedges, normative } = reading;
  if (normative.length) {
    kinds.add('normative');
    kindCues.push(`normative: "${normative.map((x) => x.toLowerCase()).join('", "')}"`);
  }
  const checkable = isCheckable({
    text: s.text,
    actors: f.actors,
    amount: f.figures.some((x) => AMOUNT_KINDS.has(x.kind)),
    // a stretch of time ("the past decade") dates nothing
    date: f.figures.some((x) => DATE_KINDS.has(x.kind)),
    evaluative: kinds.has('evaluative'),
    causal: kinds.has('causal'),
    // ("about 126 million years ago": an approximate figure doubts nothing)
    hedged: doubtsOf(hedges).length > 0,
    predictive: kinds.has('predictive'),
  });
  if (checkable && !kinds.has('predictive') && !kinds.has('normative')) kinds.add('factual');
  const event = checkable && reportsEvent(s.text, f.actors);
  const { score, cues } = scoreOf(kinds, hedges, f, checkable, event, paragraph, place);
  const evidence = [
    checkable ? 'checkable' : 'not-checkable',
    `score:${score}`,
    ...(f.figures.length ? [`figures:${f.figures.length}`] : []),
    ...(f.entities.length ? [`entities:${f.entities.length}`] : []),
    ...(hedges.length ? ['hedged'] : []),
  ];
  return {
    text: s.text,
    confidence: claimConfidence(score, checkable),
    evidence,
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
    locator: { paragraph: block.id, pages: pagesOf(block, s.start, s.end) },
  };
}

/** Words of a paragraph in a report's body: fewer, and it is a headline, a caption or a line. */
const MIN_BODY_WORDS = 20;
/** A first or second person: a speech, an essay or an op-ed speaks so; a report does not. */
const SPEAKER = /\b(?:I|we|We|our|Our|us|my|My|you|You|your|Your)\b/;
/** The day of what is reported ("on Tuesday", "yesterday", "last week"): news, not comment. */
const NEWS_DAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b|\b(?:this|last)\s+week\b/;

/** The paragraphs of a text's body: headings, captions and lines of a few words are none. */
export const bodyParagraphs = (blocks: readonly ArticleBlock[]): ArticleBlock[] =>
  blocks.filter((b) => b.kind === 'paragraph' && b.text.split(/\s+/).length >= MIN_BODY_WORDS);

/**
 * The places of a news report's body paragraphs (0: its lead), where the story is told first
 * and a fact-checker looks first; none for a speech, an essay or an op-ed, whose opening sets a
 * scene: a report's lead speaks in the third person and dates what it reports by its day.
 */
export function reportPositions(blocks: readonly ArticleBlock[]): Map<ArticleBlock, number> {
  const body = bodyParagraphs(blocks);
  const lead = body[0];
  if (!lead || SPEAKER.test(lead.text) || !NEWS_DAY.test(lead.text)) return new Map();
  return new Map(body.map((b, k) => [b, k]));
}

/** Each body paragraph's share of the way through the text's opening: 0 for the first, k/n for
 *  the k-th of n. What a text
 *  says first is what it is about: of the claims a fact-checker would call central in 90 news
 *  reports, op-eds, briefs and speeches, 57% stood in the first 30% of their paragraphs. */
export function bodyPlaces(blocks: readonly ArticleBlock[]): Map<ArticleBlock, number> {
  const body = bodyParagraphs(blocks);
  // (a long text, a speech or a report, opens with more than one thing it is about: its opening
  // counts in paragraphs, not as a share)
  const span = Math.min(body.length, EARLY_PARAGRAPHS / EARLY_SHARE);
  return new Map(body.map((b, k) => [b, k / span]));
}

/** Claims of the article's sentences, ranked by score (ties keep reading order). */
export function rankClaims(claims: readonly Claim[]): Claim[] {
  return claims
    .map((c, i) => [c, i] as const)
    .sort((a, b) => b[0].score - a[0].score || a[1] - b[1])
    .map(([c]) => c);
}
