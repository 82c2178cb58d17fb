import { createRequire } from 'node:module';

/**
 * compromise's reading of texts, as the entity rules need it: for each text, its capitalised
 * terms as `[start, length, tags, isCommonWord]`. Runs in the NLP thread (thread.ts), or in
 * the calling thread where no compiled thread file exists (tests and runs from source).
 */
export type RawTerm = [start: number, length: number, tags: string[], isCommon: boolean];

interface Term {
  readonly text: string;
  readonly normal: string;
  readonly tags: Set<string>;
  readonly offset?: { readonly start: number; readonly length: number };
}
interface NlpDoc {
  compute(name: string): void;
  readonly docs: readonly (readonly Term[])[];
}
interface PostTagRule {
  readonly match: string;
  readonly tag?: string | readonly string[];
  readonly unTag?: string;
}
interface Nlp {
  (text: string): NlpDoc;
  world(): {
    model: { one: { lexicon: Record<string, string | string[] | undefined> }; two: { matches: PostTagRule[] } };
  };
}

/** Tags the entity rules read; the rest (verb forms, …) would only bloat the message. */
const KEEP = new Set([
  'Person',
  'FirstName',
  'LastName',
  'Honorific',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'ProperNoun',
  'Acronym',
  'Demonym',
  'Month',
  'WeekDay',
  'Possessive',
]);
const PROPER =
  /^(Person|FirstName|LastName|MaleName|FemaleName|Place|Country|City|Region|Organization|Company|ProperNoun|Demonym|Acronym)$/;
const PLACE = /^(Country|City|Place|Region)$/;
const POSSESSIVE = /['’]s$/;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
/** Tags a post-tagging rule must set for the entity rules to need it: names, their parts and
 *  kinds, and the date words that keep months and weekdays from being read as names. */
const NAME_TAG =
  /^#?(Person|FirstName|LastName|MaleName|FemaleName|Honorific|Place|Country|City|Region|Organization|Company|SportsTeam|ProperNoun|Acronym|Demonym|Month|WeekDay|Possessive|Date)$/;

/**
 * Keeps, of compromise's 570 post-tagging rules, those that set or remove a tag the entity rules
 * read (about 110). The others (verb tenses, adjectives, units, …) took more than half of its
 * tagging time: on the 4,039 sentences of the fixtures, dev and real corpora 0.78 s against
 * 1.83 s, with the tags read here differing in 32 sentences and the entities of the 29 documents
 * in one type. compromise compiles its rules on first use, so this runs before the first text.
 */
export function keepNameRules(rules: readonly PostTagRule[]): PostTagRule[] {
  const tagsOf = (rule: PostTagRule): string[] =>
    typeof rule.tag === 'string' ? rule.tag.split(/[\s,]+/) : Array.isArray(rule.tag) ? [...rule.tag] : [];
  return rules.filter((rule) => rule.unTag !== undefined || tagsOf(rule).some((tag) => NAME_TAG.test(tag)));
}

let loaded: { nlp: Nlp; lexicon: Record<string, string | string[] | undefined> } | undefined;

/** Loads compromise once: its second level (tokenizer, lexicon and tagger), which gives the
 *  same tags as the full library without loading the third level's plugins (chunker, phrase
 *  views) that nothing here uses; tagging 5,515 sentences of the fixtures, dev and real corpora
 *  took 2.22 s against 2.34 s. The require condition resolves to a single-file CommonJS bundle,
 *  which loads in about half the time of the ESM source tree. */
export function loadCompromise(): void {
  if (loaded) return;
  const require = createRequire(import.meta.url);
  const nlp = require('compromise/two') as Nlp;
  const model = nlp.world().model;
  model.two.matches = keepNameRules(model.two.matches);
  loaded = { nlp, lexicon: model.one.lexicon };
}

const lexiconTags = (normal: string): string[] => {
  const tag = loaded?.lexicon[normal.replace(POSSESSIVE, '')];
  return Array.isArray(tag) ? tag : typeof tag === 'string' ? [tag] : [];
};

/** The lower-cased word is in the lexicon as an ordinary word ("Nation", "Earth"). */
const isCommon = (normal: string): boolean => {
  const tag = loaded?.lexicon[normal.replace(POSSESSIVE, '')];
  return typeof tag === 'string' && !PROPER.test(tag);
};

/** What the lexicon itself says of the word, apart from context: a nationality ("Qatari"), an
 *  adjective ("Soviet"), a name ("Medicare"), a place, a first name ("Barbara"). */
function lexicalTags(normal: string): string[] {
  const tags = lexiconTags(normal);
  const out: string[] = [];
  if (tags.includes('Demonym')) out.push('LexDemonym');
  else if (tags.includes('Adjective')) out.push('LexAdjective');
  else if (tags.some((t) => PROPER.test(t))) out.push('LexProper');
  if (tags.some((t) => PLACE.test(t))) out.push('LexPlace');
  if (tags.some((t) => /^(?:Male|Female|First)Name$/.test(t))) out.push('LexFirstName');
  return out;
}

/** The capitalised terms of one text with compromise's tags. */
export function tagText(text: string): RawTerm[] {
  loadCompromise();
  const doc = (loaded as { nlp: Nlp }).nlp(text);
  doc.compute('offset');
  const out: RawTerm[] = [];
  for (const terms of doc.docs) {
    for (const [k, t] of terms.entries()) {
      if (!CAPITALISED.test(t.text) || !t.offset) continue;
      const tags = [...t.tags].filter((x) => KEEP.has(x)).concat(lexicalTags(t.normal));
      // ("the US signed": what follows a name is its verb, no noun the name modifies; a present
      // tense in -s may be a plural noun, "USA accounts")
      const next = terms[k + 1]?.tags;
      if (next?.has('Verb') && ['PastTense', 'Copula', 'Modal', 'Auxiliary'].some((tag) => next.has(tag))) tags.push('BeforeVerb');
      out.push([t.offset.start, t.offset.length, tags, isCommon(t.normal)]);
    }
  }
  return out;
}
