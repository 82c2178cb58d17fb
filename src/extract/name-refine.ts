import { COMPASS, GEO_NAMES, INSTITUTIONS, OTHER_HEADS, PERSON_TITLES, TITLES, WEAPON_NOUNS } from './entity-lexicon.js';
import type { Chunk } from './name-chunks.js';
import type { Token } from './name-tokens.js';
import type { TermTags } from './nlp-load.js';

/** A chunk trimmed to the name itself, with what typing needs to know about it. */
export interface Candidate {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** compromise tags of its words, merged. */
  readonly tags: ReadonlySet<string>;
  /** "our", "their", "my" … stood right before it. */
  readonly afterPossessiveDeterminer: boolean;
  /** A title such as "Mrs." or "General" stood right before it. */
  readonly hasPersonTitle: boolean;
}

/** What the whole article says about words, used to judge one chunk. */
export interface WordEvidence {
  /** Words seen capitalised in mid-sentence somewhere in the article (lower-cased). */
  readonly capitalisedMidSentence: ReadonlySet<string>;
  /** Words seen in lower case somewhere in the article. */
  readonly lowerCase: ReadonlySet<string>;
  /** Words compromise tagged as a nationality somewhere in the article ("American"). */
  readonly demonyms: ReadonlySet<string>;
}

/** Tags that say a word is a name. */
const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'Country', 'City', 'Region', 'FirstName', 'LastName'];
/** Tags that say what kind of name: stronger than a bare ProperNoun. */
const TYPED_TAGS = ['Person', 'Place', 'Organization', 'Country', 'City', 'Region', 'FirstName', 'LastName', 'Acronym'];

const MONTHS = /^(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const key = (t: Token): string => t.text.toLowerCase().replace(/\.$/, '');
const isAllCaps = (t: Token): boolean => /^[\p{Lu}\d.&-]{2,}$/u.test(t.text) && /\p{Lu}.*\p{Lu}|\p{Lu}\d/u.test(t.text);

function tagsOf(token: Token, terms: readonly TermTags[]): Set<string> {
  const term = terms.find((t) => t.start <= token.start && token.start < t.end);
  return new Set(term?.tags ?? []);
}

function looksProper(token: Token, terms: readonly TermTags[], evidence: WordEvidence): boolean {
  const tags = tagsOf(token, terms);
  if (isAllCaps(token) || evidence.capitalisedMidSentence.has(key(token))) return true;
  return PROPER_TAGS.some((t) => tags.has(t)) && !tags.has('Demonym') && !tags.has('Month');
}

/** Drops a sentence-initial common word and leading/trailing titles; returns null when nothing is left. */
export function refineChunk(
  chunk: Chunk,
  terms: readonly TermTags[],
  evidence: WordEvidence,
  next: string,
  previousText: string,
): Candidate | null {
  let tokens = [...chunk.tokens];
  if (tokens[0]?.isInitial && !looksProper(tokens[0], terms, evidence)) tokens = dropConnectors(tokens.slice(1));
  let hasPersonTitle = false;
  while (tokens.length > 1 && TITLES.has(key(tokens[0] as Token))) {
    hasPersonTitle ||= PERSON_TITLES.has(key(tokens[0] as Token));
    const rest = tokens.slice(1);
    const hadOf = rest[0] !== undefined && !rest[0].isCapitalised;
    tokens = dropConnectors(rest);
    if (hadOf) hasPersonTitle = false; // "Secretary of State": an office, not a person's title
  }
  while (tokens.length > 1 && TITLES.has(key(tokens[tokens.length - 1] as Token))) tokens = tokens.slice(0, -1);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last || !first.isCapitalised) return null;
  const tags = new Set(tokens.flatMap((t) => [...tagsOf(t, terms)]));
  const candidate: Candidate = {
    tokens,
    text: tokens.map((t) => t.text).join(' '),
    start: first.start,
    end: last.end,
    tags,
    hasPersonTitle,
    afterPossessiveDeterminer: /\b(?:our|your|their|my|his|her|its)\s+$/i.test(previousText),
  };
  // "Patriot missile", "SDI program": the noun after it makes a common-looking word a name
  if (WEAPON_NOUNS.test(next) || OTHER_HEADS.has(next.toLowerCase())) return candidate;
  return isJunk(candidate, terms, evidence) ? null : candidate;
}

function dropConnectors(tokens: Token[]): Token[] {
  let k = 0;
  while (k < tokens.length && !(tokens[k] as Token).isCapitalised) k++;
  return tokens.slice(k);
}

/** Single words that are not names: months, titles, pronouns, demonyms, common nouns written capitalised. */
function isJunk(c: Candidate, terms: readonly TermTags[], evidence: WordEvidence): boolean {
  if (c.tokens.length > 1) return c.tokens.every((t) => COMPASS.has(key(t)));
  const token = c.tokens[0] as Token;
  const word = key(token);
  if (INSTITUTIONS.has(word) || GEO_NAMES.has(word)) return false;
  if (/^\p{Lu}{2,}s$/u.test(token.text)) return true; // "CEOs": a plural common noun
  if (word.length < 2 || TITLES.has(word) || COMPASS.has(word) || /['’](?:m|re|ve|ll|d|t)$/.test(word)) return true;
  if (c.tags.has('Month') || c.tags.has('WeekDay') || MONTHS.test(word)) return true;
  if (evidence.demonyms.has(word) || (c.tags.has('Demonym') && !TYPED_TAGS.some((t) => c.tags.has(t)))) return true;
  if (isAllCaps(token) || TYPED_TAGS.some((t) => c.tags.has(t))) return false;
  if (c.afterPossessiveDeterminer) return true; // "our Nation", "your home States": a common noun
  const term = terms.find((t) => t.start <= token.start && token.start < t.end);
  const singular = word.replace(/s$/, '');
  return (term?.isCommon ?? false) || evidence.lowerCase.has(word) || evidence.lowerCase.has(singular) || evidence.lowerCase.has(`${singular}s`);
}
