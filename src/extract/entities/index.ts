import type { Article, ArticleBlock } from '../../model/document.js';
import type { Entity } from '../../model/enriched.js';
import { appositiveAliases, initialAcronyms, initialsOf, parentheticalAcronyms } from './acronyms.js';
import { type Typed, isSporting, listsOf, typeClubs, typeFromContext, typeSides } from './context.js';
import { type NamedMention, mergeMentions } from './merge.js';
import { type EntityModel, shippedEntityModel, weighEntities } from './model.js';
import { entityId } from './score.js';
import { ORG_HEADS, isHeadWord } from './lexicon.js';
import { type Typing, nameKey, typeCandidate } from './type.js';
import { type Chunk, findChunks } from './name-chunks.js';
import { type Candidate, type WordEvidence, refineChunk, termAt } from './name-refine.js';
import type { Token } from './name-tokens.js';
import type { TermTags } from '../nlp/load.js';
import { pageAt } from '../positions.js';
import { authorYearCitations } from '../references.js';

/** A block ready for entity extraction: its tokens and compromise's tags. */
export interface TaggedBlock {
  readonly block: ArticleBlock;
  readonly tokens: readonly Token[];
  readonly terms: readonly TermTags[];
}

function evidenceOf(blocks: readonly TaggedBlock[]): WordEvidence {
  const capitalisedMidSentence = new Set<string>();
  const lowerCase = new Set<string>();
  const demonyms = new Set<string>();
  const personWords = new Set<string>();
  for (const { block, terms } of blocks) {
    for (const term of terms) {
      const word = block.text
        .slice(term.start, term.end)
        .toLowerCase()
        .replace(/['’]s$/, '');
      if (term.tags.has('Demonym')) demonyms.add(word);
      if (['Person', 'FirstName', 'LastName'].some((t) => term.tags.has(t))) personWords.add(word);
    }
  }
  const commonAcronyms = new Set<string>();
  for (const { block, tokens } of blocks) {
    const spelled: SpelledPhrases = { ends: new Map() };
    for (const t of tokens) {
      if (t.isCapitalised && !t.isInitial) capitalisedMidSentence.add(t.text.toLowerCase().replace(/\.$/, ''));
      else if (/^\p{Ll}/u.test(t.text)) lowerCase.add(t.text.toLowerCase());
      // "PDFs", "two APIs"; "a URL.", "an API that": an acronym counted like a common noun
      const plural = /^(\p{Lu}{2,})s$/u.exec(t.text)?.[1];
      if (plural) commonAcronyms.add(plural);
      else if (
        !commonAcronyms.has(t.text) &&
        (spellsLowerCaseWords(block.text, t.start, t.text) || spelledBefore(spelled, block.text, t.start, t.text))
      )
        commonAcronyms.add(t.text);
      else if (
        /^\p{Lu}{2,}$/u.test(t.text) &&
        /(?:^|\s)(?:a|an)\s+$/i.test(block.text.slice(Math.max(0, t.start - 4), t.start)) &&
        !/^\s+\p{Ll}/u.test(block.text.slice(t.end, t.end + 2))
      )
        commonAcronyms.add(t.text);
    }
  }
  return { capitalisedMidSentence, lowerCase, demonyms, personWords, commonAcronyms };
}

/** "They integrate artificial intelligence … As AI continues": an acronym whose letters open, in
 *  turn, the lower-case words of a phrase earlier in its paragraph shortens that common noun.
 *  The words are long enough to be content words (five letters or more for two letters: "also
 *  include" spells no AI), and none a function word. `spelled` holds the paragraph's words and,
 *  per acronym, where the first such phrase ends, so a paragraph is read once per acronym. */
function spelledBefore(spelled: SpelledPhrases, text: string, start: number, acronym: string): boolean {
  if (!/^\p{Lu}{2,5}$/u.test(acronym) || start === 0) return false;
  let end = spelled.ends.get(acronym);
  if (end === undefined) {
    spelled.words ??= phraseWords(text);
    end = firstSpelling(spelled.words, acronym);
    spelled.ends.set(acronym, end);
  }
  return end <= start;
}

interface SpelledPhrases {
  /** The paragraph's words, read when it first names an acronym. */
  words?: readonly PhraseWord[];
  /** Per acronym, the end of the first phrase it spells (Infinity: none). */
  readonly ends: Map<string, number>;
}

/** A word of a paragraph, split at white space: its lower-case letters and hyphens after any
 *  punctuation it opens with ("(artificial": "artificial"), whether that is the whole of it, and
 *  the lower-case run it opens with when no letter follows that ("intelligence,": "intelligence"). */
interface PhraseWord {
  readonly lead: number;
  readonly whole: string | null;
  readonly opening: string | null;
  readonly end: number;
}

function phraseWords(text: string): PhraseWord[] {
  const words: PhraseWord[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const lead = /^[^\p{L}-]*/u.exec(m[0])?.[0].length ?? 0;
    const body = m[0].slice(lead);
    const run = /^[\p{Ll}-]+/u.exec(body)?.[0] ?? null;
    const opening = run !== null && !/^\p{L}/u.test(body.slice(run.length)) ? run : null;
    words.push({ lead, whole: run !== null && run.length === body.length ? run : null, opening, end: m.index + lead + (run?.length ?? 0) });
  }
  return words;
}

/** Where the first run of words spelling the acronym ends, or Infinity: each word opens with the
 *  acronym's letter in turn and is long enough; the first may follow punctuation, the others
 *  follow white space alone, and all but the last are lower-case letters and hyphens through. */
function firstSpelling(words: readonly PhraseWord[], acronym: string): number {
  const letters = [...acronym.toLowerCase()];
  const min = letters.length === 2 ? 5 : 3;
  const fits = (word: string | null, letter: string | undefined): word is string =>
    word !== null && word.length >= min && word[0] === letter;
  for (let j = 0; j + letters.length <= words.length; j++) {
    const phrase: string[] = [];
    for (let i = 0; i < letters.length; i++) {
      const word = words[j + i] as PhraseWord;
      const isLast = i === letters.length - 1;
      const form = isLast ? word.opening : word.whole;
      if ((i > 0 && word.lead > 0) || !fits(form, letters[i])) break;
      phrase.push(form);
    }
    if (phrase.length < letters.length) continue;
    return phrase.some((w) => FUNCTION_WORDS.has(w)) ? Number.POSITIVE_INFINITY : (words[j + letters.length - 1] as PhraseWord).end;
  }
  return Number.POSITIVE_INFINITY;
}

/** Words of three letters or more that carry no content ("also", "with", "their"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'also and are but can could for from had has have her his its may might more most must not our out own she should than that the their them then there these they this those too very was were what when where which while who will with would your'.split(
    ' ',
  ),
);

/** "twenty-foot equivalent units (TEU)", "gross domestic product (GDP)": an acronym in brackets
 *  right after the lower-case words whose initials it spells shortens a common noun, no name. */
function spellsLowerCaseWords(text: string, start: number, acronym: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(acronym) || text[start - 1] !== '(' || text[start + acronym.length] !== ')') return false;
  const words = text
    .slice(Math.max(0, start - 120), start - 1)
    .trimEnd()
    .split(/\s+/)
    .slice(-acronym.length);
  return (
    words.length === acronym.length &&
    words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) &&
    words.map((w) => w[0]).join('') === acronym.toLowerCase()
  );
}

/** A lower-case word after an acronym that it modifies ("USA accounts"), not a function word or a
 *  verb ("the U.K. and Brazil", "the US said"). */
const MODIFIED_NOUN_AFTER =
  /^\s+(?!(?:and|or|but|nor|to|in|on|at|of|for|from|by|with|as|is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|said|says|since|after|before|than|that|which|who|where|when|while|if|because|also|too)\b)\p{Ll}/u;

/** A role's capitalised word and its "of" in a job title: "Head of …", "Vice President for …". */
const JOB_TITLE_BEFORE = /\b(?:Head|Director|Chief|Manager|Vice[- ]President|VP|Officer|Dean|Professor|Lecturer)\s+(?:of|for)\s+$/u;
/** A capitalised word and "of" or "for" right before: "Bureau of Enquiry and Analysis for ". */
const NAME_OF_BEFORE = /\p{Lu}[\p{L}'’-]*\s+(?:of|for)\s+(?:the\s+)?$/u;

/** compromise reads the word after the name ending at `end` as a verb ("the US signed"). */
function isVerbAt(tb: TaggedBlock, end: number): boolean {
  const last = tb.tokens.findLast((t) => t.end <= end);
  return last !== undefined && termAt(last, tb.terms)?.tags.has('BeforeVerb') === true;
}

const nextWord = (text: string, end: number): string => /^\s+([\p{L}-]+)/u.exec(text.slice(end))?.[1] ?? '';
/** The word after a name's possessive ("Parkinson's disease" → "disease"), or ''. */
const possessedWord = (text: string, end: number): string => /^['’]s?\s+([\p{L}-]+)/u.exec(text.slice(end))?.[1] ?? '';

function typedCandidates(tb: TaggedBlock, evidence: WordEvidence, sporting: boolean): Typed[] {
  const lexiconName = (t: Token): boolean => {
    const term = termAt(t, tb.terms);
    return term?.tags.has('LexProper') === true && !term.isCommon;
  };
  const firstName = (t: Token): boolean => termAt(t, tb.terms)?.tags.has('FirstName') === true;
  const dated = datedTitles(tb.block.text);
  const titles = quotedTitles(tb, dated);
  const datedStarts = new Set(dated.map(([start]) => start));
  const candidates = withSpelledAcronyms(withQuotedTitles(findChunks(tb.tokens, lexiconName, firstName), tb, titles), tb)
    .map((chunk) => {
      const start = chunk.tokens[0]?.start ?? 0;
      const end = chunk.tokens[chunk.tokens.length - 1]?.end ?? 0;
      return refineChunk(
        chunk,
        tb.terms,
        evidence,
        nextWord(tb.block.text, end),
        tb.block.text.slice(Math.max(0, start - 12), start),
        tb.block.text,
      );
    })
    .filter((c): c is Candidate => c !== null)
    .map((c) => withUnitNumber(c, tb));
  const typed = candidates.map((candidate) => {
    const typing = typeCandidate(candidate, nextWord(tb.block.text, candidate.end), possessedWord(tb.block.text, candidate.end));
    // a quoted title that nothing else types is a work's or a project's ("titled “…”" always is)
    const title = titles.find(([start, end, work]) => candidate.start >= start && candidate.end <= end && (work || isWeakTyping(typing)));
    // "Westad's The Global Cold War (2005)": the possessor of a cited work is its author
    const possessive = /^['’]s\s+/.exec(tb.block.text.slice(candidate.end, candidate.end + 4));
    if (possessive && isWeakTyping(typing) && datedStarts.has(candidate.end + possessive[0].length))
      return { candidate, typing: { type: 'person' as const, rule: 'cited-author', isDefault: false } };
    // (after "called", a class noun before it still decides: "a group called “Extinction Rebellion”")
    return { candidate, typing: title ? { type: 'other' as const, rule: 'quoted-title', isDefault: !title[2] } : typing };
  });
  const inContext = typeFromContext(typed, tb.block.text);
  return sporting ? typeClubs(inContext) : inContext;
}

/** Head words of military units, which go by their number: "2nd Fleet", "3 Commando Brigade". */
const UNIT_HEADS = /^(?:Fleet|Brigade|Division|Regiment|Battalion|Corps|Army|Squadron|Wing|Flotilla|Infantry|Cavalry|Artillery)$/;

/** "the 45th Panzer Brigade", "the UK's 3 Commando Brigade": a unit's number or ordinal right before
 *  its name is part of the name (a chunk of capitalised words stops before it). */
function withUnitNumber(c: Candidate, tb: TaggedBlock): Candidate {
  const first = c.tokens[0];
  if (!first || !UNIT_HEADS.test(c.tokens[c.tokens.length - 1]?.text ?? '')) return c;
  const at = tb.tokens.indexOf(first);
  const number = tb.tokens[at - 1];
  if (!number || !/^\d{1,3}(?:st|nd|rd|th)?$/.test(number.text) || !/^ $/.test(first.gap)) return c;
  return { ...c, tokens: [number, ...c.tokens], text: tb.block.text.slice(number.start, c.end), start: number.start };
}

/** A work or a project named in quotes after "called", "titled" … ("a project called
 *  “Experiments in Musical Intelligence”"): its title is one name, small words and all. */
const QUOTED_TITLE = /\b(called|named|titled|entitled|dubbed|known\s+as)\s+[“"]([\p{Lu}][^”"]{2,80})[”"]/gu;
const MAX_TITLE_WORDS = 10;
/** An article or a determiner right before a quote: what follows is a coined term, no title. */
const COINED_BEFORE = /\b(?:a|an|the|one|our|their|this|that|its|his|her|my|your)\s+$/i;
/** A quoted phrase in title case, two words or more, its small words aside ("Blues for the 38
 *  Bus", "What the Tide Keeps,"): a work's title, as a review or a listing quotes it. */
const TITLE_CASE_QUOTE =
  /[“"]((?:[\p{Lu}\d][\p{L}\d'’-]*)(?:\s+(?:[\p{Lu}\d][\p{L}\d'’-]*|a|an|the|and|of|for|to|in|on|at|from|with|but|or|by|de|la|le))*\s+[\p{Lu}\d][\p{L}\d'’-]*)[,.]?[”"]/gu;

/** A quoted title's span, and whether the word before it says it is a work ("titled"). */
type QuotedTitle = readonly [start: number, end: number, work: boolean];

function quotedTitles(tb: TaggedBlock, dated: readonly QuotedTitle[]): QuotedTitle[] {
  const introduced = [...tb.block.text.matchAll(QUOTED_TITLE)].map((m): QuotedTitle => {
    const title = m[2] ?? '';
    const start = m.index + m[0].length - 1 - title.length;
    return [start, start + title.length, /titled/.test(m[1] ?? '')];
  });
  // (a coined term in quotes takes an article: "a “Personal Computer”", "the “ARPA Dream”")
  const titleCase = [...tb.block.text.matchAll(TITLE_CASE_QUOTE)]
    .filter((m) => !COINED_BEFORE.test(tb.block.text.slice(Math.max(0, m.index - 8), m.index)))
    .map((m): QuotedTitle => [m.index + 1, m.index + 1 + (m[1] ?? '').length, true])
    .filter(([start]) => !introduced.some(([s, e]) => start >= s && start < e));
  const taken = [...introduced, ...titleCase];
  return [...taken, ...dated.filter(([start]) => !taken.some(([s, e]) => start >= s && start < e))];
}

/** Small words inside a work's title. */
const TITLE_SMALL_WORDS = /^(?:a|an|the|and|of|for|to|in|on|at|from|with|by|or)$/;
/** Capitalised words that open a title mid-sentence: "in How to Defend Australia", "Westad's The Global Cold War". */
const TITLE_OPENERS = /^(?:The|A|An|How|Why|What|When|Where|Who)$/;

/**
 * "Westad's The Global Cold War (2005)", "in How to Defend Australia (2019)", "Qatar and the
 * Gulf Crisis (2020)": title-case words right before a year in brackets, as a writer cites a
 * book, are the work's title, small words and all, when a small word or a capitalised opener
 * mid-sentence shows it is a title rather than an author ("Waltz (1979)", "Kenneth Waltz
 * (1979)", "Keohane and Nye (1977)") or a body cited for its report ("the Bank of England (2020)").
 */
function datedTitles(text: string): QuotedTitle[] {
  const out: QuotedTitle[] = [];
  for (const m of text.matchAll(/\s\((?:1[5-9]\d\d|20\d\d)\)/g)) {
    const from = Math.max(0, m.index - 120);
    const words = [...text.slice(from, m.index).matchAll(/[\p{L}'’-]+|[^\p{L}\s]/gu)];
    let first = words.length;
    while (first > 0) {
      const w = words[first - 1]?.[0] ?? '';
      if (!(/^\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.test(w)) || /['’]s$/.test(w)) break;
      first--;
    }
    // the title opens with a capital: small words before it belong to the sentence
    while (first < words.length && !/^\p{Lu}/u.test(words[first]?.[0] ?? '')) first++;
    const title = words.slice(first).map((w) => w[0]);
    const small = title.filter((w) => TITLE_SMALL_WORDS.test(w));
    const pairOfNames = title.length === 3 && title[1] === 'and';
    const start = from + (words[first]?.index ?? 0);
    // (a capitalised opener right after a sentence's end is the sentence's own first word)
    const opened = TITLE_OPENERS.test(title[0] ?? '') && !/[.!?]\s*$/.test(text.slice(Math.max(0, start - 4), start));
    // ("the Bank of England (2020)", "the Institute for Fiscal Studies (2019)": a body cited for its report)
    const body = !opened && title.some((w) => isHeadWord(ORG_HEADS, w.toLowerCase()));
    if (title.length < 2 || title.length > MAX_TITLE_WORDS || pairOfNames || body || (small.length === 0 && !opened)) continue;
    out.push([start, m.index, true]);
  }
  return out;
}

/** The chunks with those inside a quoted title replaced by the whole title. */
function withQuotedTitles(chunks: Chunk[], tb: TaggedBlock, titles: readonly QuotedTitle[]): Chunk[] {
  let out = chunks;
  for (const [start, end] of titles) {
    const tokens = tb.tokens.filter((t) => t.start >= start && t.end <= end);
    if (tokens.length < 2 || tokens.length > MAX_TITLE_WORDS || !tokens[0]?.isCapitalised) continue;
    const inside = (c: Chunk): boolean => (c.tokens[0]?.start ?? -1) >= start && (c.tokens[0]?.start ?? -1) < end;
    if (!out.some(inside)) continue;
    out = [...out.filter((c) => !inside(c)), { tokens, quoted: true }].sort(
      (a, b) => (a.tokens[0]?.start ?? 0) - (b.tokens[0]?.start ?? 0),
    );
  }
  return out;
}

/** Small words a long name's acronym skips: "Board of Control for Cricket in India" (BCCI). */
const SKIPPED_WORDS = /^(?:for|in|of|on|to|the|and|de|del|des|du|la|le)$/;
/** An acronym in brackets right after a name: "(BCCI)". */
const BRACKETED_ACRONYM = /^\s*\(\s*(\p{Lu}{3,8})\s*\)/u;

/**
 * "Board of Control for Cricket in India (BCCI)", "European Project for Ice Coring in
 * Antarctica (EPICA)": a name cut at a small word that its acronym in brackets spells on through
 * is one name, from the chunk the acronym's first letter opens to the bracket.
 */
/** The initials of a chunk's capitalised words, an opening "The" aside (refineChunk drops it). */
const capitalInitials = (tokens: readonly Token[]): string =>
  initialsOf({ tokens: /^(?:The|A|An)$/.test(tokens[0]?.text ?? '') ? tokens.slice(1) : tokens })[0] ?? '';

function withSpelledAcronyms(chunks: Chunk[], tb: TaggedBlock): Chunk[] {
  const out = [...chunks];
  for (let k = out.length - 1; k > 0; k--) {
    const last = out[k] as Chunk;
    const end = last.tokens[last.tokens.length - 1];
    const letters = end ? BRACKETED_ACRONYM.exec(tb.block.text.slice(end.end))?.[1] : undefined;
    if (!end || !letters || capitalInitials(last.tokens) === letters) continue;
    const to = tb.tokens.indexOf(end);
    for (let first = k - 1; first >= Math.max(0, k - 2); first--) {
      const from = tb.tokens.indexOf((out[first] as Chunk).tokens[0] as Token);
      const span = tb.tokens.slice(from, to + 1);
      // only small words and the chunks' own words between the first chunk and the bracket
      const inChunks = new Set(out.slice(first, k + 1).flatMap((c) => c.tokens));
      if (from < 0 || span.some((t) => !inChunks.has(t) && !SKIPPED_WORDS.test(t.text))) break;
      if (span.some((t, i) => i > 0 && !t.joinsPrevious)) break;
      if (capitalInitials(span) !== letters) continue;
      out.splice(first, k - first + 1, { tokens: span });
      k = first;
      break;
    }
  }
  return out;
}

/** A typing no list, head word or lexicon gave: a default, an acronym, a name with a number. */
const isWeakTyping = (t: Typing): boolean => t.isDefault || t.rule === 'numbered-name';

/** Mentions of the author's full name or surname in the bio (the byline itself is not a mention). */
function authorMentions(article: Article, blockIndex: number): NamedMention[] {
  const author = article.authors[0]?.name;
  const bio = article.bio;
  if (!author || !bio) return [];
  const surname = author.split(/\s+/).pop() ?? author;
  const found: NamedMention[] = [];
  for (const m of bio.text.matchAll(new RegExp(`${escapeRegExp(author)}|\\b${escapeRegExp(surname)}\\b`, 'gu'))) {
    const mention = { paragraph: bio.id, page: pageAt(bio, m.index), start: m.index, end: m.index + m[0].length };
    found.push({ name: m[0], typing: { type: 'person', rule: 'author', isDefault: false }, mention, blockIndex });
  }
  return found;
}

/** Whether the prose names a name, with any spacing between its words; answers are kept per name. */
function proseNaming(texts: readonly string[]): (name: string) => boolean {
  // one string to search, the texts kept apart by a character no name holds (nor \s+ spans)
  const prose = texts.join('\u0000');
  const answers = new Map<string, boolean>();
  return (name) => {
    let named = answers.get(name);
    if (named === undefined) {
      // each word must occur as is: a cheap test that spares most names the pattern
      named =
        name.split(' ').every((word) => prose.includes(word)) &&
        new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u').test(prose);
      answers.set(name, named);
    }
    return named;
  };
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The author as an entity even when the body never names them (no mentions then); the byline
 *  makes them a person for sure, named in the body or not. */
function withAuthor(entities: Entity[], article: Article): Entity[] {
  const author = article.authors[0]?.name;
  if (!author) return entities;
  const named = entities.find((e) => nameKey(e.name) === nameKey(author));
  const byline = { id: entityId('person', named?.name ?? author), type: 'person' as const, confidence: 1 };
  if (named) {
    return entities.map((e) => {
      if (e !== named) return e;
      const { country: _place, ...rest } = e;
      return { ...rest, ...byline, evidence: ['byline', ...e.evidence] };
    });
  }
  return [...entities, { ...byline, name: author, evidence: ['byline'], aliases: [], count: 0, mentions: [] }];
}

/** Every typed name mention of the blocks, with the acronyms defined, before merging. */
export function collectMentions(article: Article, blocks: readonly TaggedBlock[]) {
  const evidence = evidenceOf(blocks);
  const acronyms = new Map<string, string>();
  const sporting = isSporting(blocks.map((tb) => tb.block.text));
  const typedBlocks = blocks.map((tb) => typedCandidates(tb, evidence, sporting));
  const perBlock = sporting
    ? typeSides(
        typedBlocks,
        blocks.map((tb) => tb.block.text),
      )
    : typedBlocks;
  blocks.forEach((tb, i) => {
    const candidates = (perBlock[i] ?? []).map((t) => t.candidate);
    parentheticalAcronyms(tb.block.text, candidates, acronyms);
    appositiveAliases(tb.block.text, candidates, acronyms);
  });
  initialAcronyms(
    perBlock.flat().map((t) => t.candidate),
    acronyms,
  );
  const namedInProse = proseNaming(blocks.filter((tb) => tb.block.kind !== 'heading').map((tb) => tb.block.text));
  const mentions: NamedMention[] = perBlock.flatMap((typed, i) => {
    const block = (blocks[i] as TaggedBlock).block;
    // a heading's capitals say nothing ("Regulators Playing Catch-Up"): its names count only
    // when the prose names them too
    const headingsKept = block.kind === 'heading' ? typed.filter(({ candidate }) => namedInProse(candidate.text)) : typed;
    // "(Nye 2004, 5)", "(Brannagan and Giulianotti 2018)": the authors a citation points to are no names the text speaks of
    const cited = authorYearCitations(block.text);
    const kept = cited.length
      ? headingsKept.filter(({ candidate }) => !cited.some(([start, end]) => candidate.start >= start && candidate.end <= end))
      : headingsKept;
    const listOf = new Map<Typed, string>();
    listsOf(kept, block.text).forEach((list, k) => {
      if (list.length > 1) for (const item of list) listOf.set(item, `${i}:${k}`);
    });
    return kept.map((item) => {
      const { candidate, typing } = item;
      const list = listOf.get(item);
      return {
        name: candidate.text,
        typing,
        mention: { paragraph: block.id, page: pageAt(block, candidate.start), start: candidate.start, end: candidate.end },
        blockIndex: i,
        midSentence: block.kind !== 'heading' && !candidate.tokens[0]?.isInitial,
        opensWithFirstName:
          candidate.tokens[0] !== undefined && termAt(candidate.tokens[0], blocks[i]?.terms ?? [])?.tags.has('LexFirstName') === true,
        // "USA accounts", "U.S. operators": an abbreviation used as a modifier of the noun after it
        attributive:
          /^[\p{Lu}.]+$/u.test(candidate.text) &&
          MODIFIED_NOUN_AFTER.test(block.text.slice(candidate.end)) &&
          !isVerbAt(blocks[i] as TaggedBlock, candidate.end),
        // "an Act of Love", "a Kyoto Prize Laureate": a capitalised phrase after an indefinite article
        // ("a Second World War-era ship": the name is the first half of a compound, not a kind)
        afterIndefinite:
          /(?:^|[^\p{L}])(?:a|an)\s+$/u.test(block.text.slice(Math.max(0, candidate.start - 4), candidate.start)) &&
          !/^-\p{Ll}/u.test(block.text.slice(candidate.end, candidate.end + 2)),
        inJobTitle: JOB_TITLE_BEFORE.test(block.text.slice(Math.max(0, candidate.start - 30), candidate.start)),
        afterNameOf: NAME_OF_BEFORE.test(block.text.slice(Math.max(0, candidate.start - 30), candidate.start)),
        // "Recurrent Neural Networks (RNNs)": a plural acronym names a kind of thing
        kindByPluralAcronym: /^\s*\(\p{Lu}{2,}s\)/u.test(block.text.slice(candidate.end, candidate.end + 12)),
        ...(list ? { list } : {}),
      };
    });
  });
  return { mentions: [...mentions, ...authorMentions(article, blocks.length)], acronyms };
}

/** Finds, types and merges the named entities of an article's blocks (and the author), then
 *  weighs them with the entity model (model.ts; the shipped one when none is given); with null,
 *  the rules' types and scores stand. */
export function extractEntities(
  article: Article,
  blocks: readonly TaggedBlock[],
  model: EntityModel | null = shippedEntityModel(),
): Entity[] {
  const { mentions, acronyms } = collectMentions(article, blocks);
  const entities = withAuthor(mergeMentions(mentions, acronyms), article);
  if (!model) return entities;
  const texts = new Map(blocks.map((tb) => [tb.block.id, tb.block.text]));
  if (article.bio) texts.set(article.bio.id, article.bio.text);
  return weighEntities(entities, (id) => texts.get(id), model);
}
