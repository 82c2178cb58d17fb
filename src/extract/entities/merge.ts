import type { Entity, EntityType, Mention } from '../../model/enriched.js';
import { countryCode } from './country.js';
import { KNOWN_VARIANTS, LEGAL_FORM, OF_HEADS, REGION_MODIFIERS, STATUTE_HEADS, capitalisedAlternatives } from './lexicon.js';
import { entityId, isCommonWords, scoreEntity } from './score.js';
import type { Typing } from './type.js';
import { nameKey } from './type.js';

/** One mention of a name, typed, located. */
export interface NamedMention {
  readonly name: string;
  readonly typing: Typing;
  readonly mention: Mention;
  /** Position of its block in the article, for ordering. */
  readonly blockIndex: number;
  /** Capitalised after a sentence's first word, outside a heading. */
  readonly midSentence?: boolean;
  /** An abbreviation modifying the noun after it ("USA accounts"). */
  readonly attributive?: boolean;
  /** Right after "a" or "an". */
  readonly afterIndefinite?: boolean;
  /** Right before a plural acronym in brackets ("Neural Networks (NNs)"). */
  readonly kindByPluralAcronym?: boolean;
  /** Right after a role's "of" in a job title ("Head of Corporate Communications"). */
  readonly inJobTitle?: boolean;
  /** Right after a capitalised word and "of" or "for" ("Bureau of Enquiry and Analysis for Civil Aviation Safety"). */
  readonly afterNameOf?: boolean;
  /** Its first word is a first name in compromise's lexicon ("Omar"). */
  readonly opensWithFirstName?: boolean;
  /** The list ("A, B and C") the mention is an item of, by an id unique in the article. */
  readonly list?: string;
}

interface Group {
  key: string;
  canonical: string | null; // from the known-variants list
  mentions: NamedMention[];
  /** The text defines or uses an acronym of the name ("Made in China 2025" (MIC25)). */
  expanded: boolean;
}

const wordsOf = (key: string): string[] => key.split(' ');
const isAcronym = (name: string): boolean => /^[\p{Lu}\d.&]+$/u.test(name);

function groupBy(mentions: readonly NamedMention[], acronyms: ReadonlyMap<string, string>): Map<string, Group> {
  const groups = new Map<string, Group>();
  const longForms = new Set(acronyms.values());
  for (const m of mentions) {
    const own = nameKey(m.name);
    const known = KNOWN_VARIANTS.get(own) ?? KNOWN_VARIANTS.get(acronyms.get(own) ?? '');
    const key = known ? nameKey(known[0]) : (acronyms.get(own) ?? own);
    const group = groups.get(key) ?? { key, canonical: known?.[0] ?? null, mentions: [], expanded: longForms.has(key) };
    group.mentions.push(m);
    groups.set(key, group);
  }
  return groups;
}

/** The group's type: the most weighty of its mentions' sure types, the first one's on a tie. A
 *  type taken from the other names of a list counts half as much as one the name or its own
 *  words gave: "the Nurek and Toktogul dams" outweighs "data from Rogun, Nurek and Toktogul". */
function typeOf(group: Group): EntityType {
  const sure = group.mentions.filter((m) => !m.typing.isDefault);
  const pool = sure.length ? sure : group.mentions;
  const weights = new Map<EntityType, number>();
  for (const m of pool) weights.set(m.typing.type, (weights.get(m.typing.type) ?? 0) + (m.typing.rule === 'list' ? 0.5 : 1));
  const first = (type: EntityType): number => pool.findIndex((m) => m.typing.type === type);
  return [...weights].sort((a, b) => b[1] - a[1] || first(a[0]) - first(b[0]))[0]?.[0] ?? 'other';
}

/** Every mention is a work's title (quoted or cited with its year). */
const isTitled = (g: Group): boolean => g.mentions.every((m) => m.typing.rule === 'quoted-title');

/** The longer name a short one belongs to: a person's surname or first name, or a name's tail ("Gulf");
 *  `groups` must hold every live group the short one may join (those sharing a first or last run of words). */
function absorberOf(short: Group, groups: readonly Group[]): Group | null {
  // a country is never the tail of another name ("South Africa" of "Build One South Africa")
  if (countryCode(short.canonical ?? short.key)) return null;
  const words = wordsOf(short.key);
  const type = typeOf(short);
  const shortTitled = isTitled(short);
  const fits = groups.filter((g) => {
    if (g === short || wordsOf(g.key).length <= words.length) return false;
    // ("the Cold War" is no short form of the book "The Global Cold War": a name is not a work's title cut short)
    if (!shortTitled && isTitled(g)) return false;
    const long = wordsOf(g.key);
    const gType = typeOf(g);
    if (
      gType === 'organization' &&
      (isCompanyHead(short.key, g.key) || isInstitutionHead(short.key, g.key)) &&
      (type === 'organization' || isContextOnly(short))
    )
      return true;
    // ("the Biden order": a surname before a programme's noun is the person's, used as an adjective)
    const attributive = short.mentions.every((m) => m.typing.rule === 'programme-noun');
    // ("Quiroga conceded": a surname that is also a town the gazetteer holds, typed by that alone)
    const townOnly = short.mentions.every((m) => m.typing.rule === 'gazetteer');
    if (gType === 'person' && (type === 'person' || type === 'organization' || attributive || townOnly) && !g.canonical) {
      return long.slice(-words.length).join(' ') === short.key || long.slice(0, words.length).join(' ') === short.key;
    }
    const isTail = long.slice(-words.length).join(' ') === short.key;
    const isRegion = REGION_MODIFIERS.has(long[0] ?? '');
    const typesAgree = gType === type || short.mentions.every((m) => m.typing.isDefault);
    return isTail && !isRegion && typesAgree && (words.length > 1 || OF_HEADS.has(short.key));
  });
  return fits.length === 1 ? (fits[0] as Group) : null;
}

/** A company's name without its legal form and the words before it ("Solterra" and "Solterra
 *  Energy" of "Solterra Energy Inc.", "Kroger" of "The Kroger Co."): the name it goes by. */
function isCompanyHead(shortKey: string, longKey: string): boolean {
  const short = wordsOf(shortKey);
  const long = wordsOf(longKey).map((w) => w.replace(/,$/, ''));
  if (long.length <= short.length || long.slice(0, short.length).join(' ') !== shortKey) return false;
  const rest = long.slice(short.length);
  return rest.length <= 3 && LEGAL_FORM.test(rest[rest.length - 1] ?? '') && rest.every((w) => /^[\p{L}&]+$/u.test(w));
}

/** Head words of institutions that go by their first words (not "Microsoft" of "Microsoft Office"). */
const SCHOOL_HEADS = new Set([
  'university',
  'institution',
  'institute',
  'college',
  'school',
  'academy',
  'hospital',
  'clinic',
  'foundation',
  'laboratory',
  'lab',
]);

/** The name an institution goes by: the words before its head word ("Scripps" of "Scripps
 *  Institution of Oceanography", "McMaster" of "McMaster University"), no English word. */
function isInstitutionHead(shortKey: string, longKey: string): boolean {
  const short = wordsOf(shortKey);
  const long = wordsOf(longKey);
  if (short.length > 2 || long.length <= short.length || long.slice(0, short.length).join(' ') !== shortKey) return false;
  return SCHOOL_HEADS.has(long[short.length] ?? '') && !isCommonWords(shortKey);
}

/** Types other groups surely give the lists a group's mentions stand in ("Huawei and ZTE"). */
/** Typed by the acronym rule alone. */
const isAcronymOnly = (g: Group): boolean => g.mentions.every((m) => m.typing.rule === 'acronym');
/** Typed by nothing surer than compromise's tags or a fallback. */
const isGuessOnly = (g: Group): boolean =>
  g.mentions.every((m) => m.typing.isDefault || m.typing.rule === 'acronym' || m.typing.rule.startsWith('tag:'));

/** Typed by no list of names and no part of the name itself: by compromise's tags, a fallback or
 *  the words around it ("at Kroger"), which a company's full name elsewhere in the text overrides. */
const isContextOnly = (g: Group): boolean =>
  g.mentions.every((m) => m.typing.isDefault || CONTEXT_RULES.has(m.typing.rule) || m.typing.rule.startsWith('tag:'));
const CONTEXT_RULES = new Set(['acronym', 'locative', 'locative-weak', 'list', 'source', 'person-verb', 'name-shape']);

/** The sure types of the other names listed with each group ("Huawei, BYD and ZTE"). */
function listmateTypes(groups: readonly Group[]): Map<Group, Set<EntityType>> {
  const byList = new Map<string, Group[]>();
  for (const g of groups) {
    for (const m of g.mentions) {
      if (!m.list) continue;
      const list = byList.get(m.list) ?? [];
      if (!list.includes(g)) list.push(g);
      byList.set(m.list, list);
    }
  }
  const types = new Map<Group, Set<EntityType>>();
  for (const list of byList.values()) {
    for (const g of list) {
      const set = types.get(g) ?? new Set<EntityType>();
      for (const other of list) {
        if (other === g || (isAcronymOnly(g) && isGuessOnly(other))) continue; // "Cable TV and GPS" vouch for nothing
        if (other.mentions.some((m) => !m.typing.isDefault && m.typing.type === typeOf(other))) set.add(typeOf(other));
      }
      types.set(g, set);
    }
  }
  return types;
}

/** A statute's name with the year it ends in ("Competition Act, 2002", "Energy Policy Act of 2005",
 *  "Companies Act 2006"), without the year: the short title the law is also cited by. */
const LAW_YEAR = new RegExp(String.raw`^(.+\s(?:${capitalisedAlternatives(STATUTE_HEADS)}))(?:,\s|\sof\s|\s)(?:1[6-9]|20)\d\d$`, 'u');
const lawTitle = (name: string): string | undefined => LAW_YEAR.exec(name)?.[1];

function toEntity(group: Group, listmates: ReadonlySet<EntityType>): Entity {
  const names = [...new Set(group.mentions.map((m) => m.name))];
  const full = names.filter((n) => !isAcronym(n));
  const longest = [...(full.length ? full : names)].sort((a, b) => b.length - a.length || a.localeCompare(b))[0] ?? group.key;
  // the name as the document writes it ("Britain"), the known form where the document uses it too
  // ("United Kingdom"); the id and the country code come from the known form either way
  const known = group.canonical;
  const canonical = known && !names.includes(known) ? longest : (known ?? longest);
  const mentions = [...group.mentions]
    .sort((a, b) => a.blockIndex - b.blockIndex || a.mention.start - b.mention.start)
    .map((m) => m.mention);
  const type = typeOf(group);
  const titles = names.map(lawTitle).filter((n) => n !== undefined);
  const aliases = [...new Set([...names, ...(known ? [known] : []), ...titles])].filter((n) => n !== canonical).sort();
  // a country by a mention that is more than a modifier ("USA accounts" alone names no country)
  const named = group.mentions.some((m) => !m.attributive);
  const country = type === 'place' && named ? countryOf(known ?? canonical, aliases) : undefined;
  const { confidence, evidence } = scoreEntity({
    name: canonical,
    type,
    mentions: group.mentions,
    acronymExpanded: group.expanded,
    listedWithType: listmates.has(type),
    ...(country ? { country } : {}),
  });
  return {
    id: entityId(type, known ?? canonical, country),
    name: canonical,
    type,
    ...(country ? { country } : {}),
    confidence,
    evidence,
    aliases,
    count: mentions.length,
    mentions,
  };
}

/** The country code of a place by its name, else by its aliases when they name one country only. */
function countryOf(name: string, aliases: readonly string[]): string | undefined {
  const own = countryCode(name);
  if (own) return own;
  const codes = new Set(aliases.map(countryCode).filter((c) => c !== undefined));
  return codes.size === 1 ? [...codes][0] : undefined;
}

/**
 * Longer groups by each run of their first or last words ("norman schwarzkopf" under "norman"
 * and "schwarzkopf"): the only groups that may absorb a group whose key is that run.
 */
export function groupsByEnds<G extends { readonly key: string }>(groups: readonly G[]): Map<string, G[]> {
  const index = new Map<string, G[]>();
  for (const g of groups) {
    const words = wordsOf(g.key);
    const ends = new Set<string>();
    for (let k = 1; k < words.length; k++) ends.add(words.slice(0, k).join(' ')).add(words.slice(-k).join(' '));
    for (const end of ends) {
      const list = index.get(end);
      if (list) list.push(g);
      else index.set(end, [g]);
    }
  }
  return index;
}

/** "a brother, Alan Marsh" in Teodora Marsh's obituary: a two- or three-word name that only
 *  guesses typed, ending in the surname of a person the text surely names, is a relative. */
function retypeRelatives(groups: Group[]): void {
  const surnames = new Set(
    groups
      .filter((g) => typeOf(g) === 'person' && !isGuessOnly(g) && wordsOf(g.key).length >= 2)
      .map((g) => wordsOf(g.key).at(-1) as string),
  );
  for (const g of groups) {
    const words = wordsOf(g.key);
    if (words.length < 2 || words.length > 3 || typeOf(g) === 'person' || !isGuessOnly(g)) continue;
    if (!surnames.has(words.at(-1) as string) || !g.mentions.every((m) => /^\p{Lu}/u.test(m.name))) continue;
    g.mentions = g.mentions.map((m) => ({ ...m, typing: { type: 'person', rule: 'family-name', isDefault: false } }));
  }
}

/** "Revontuli Cells" and "Revontuli" where the text also writes "Revontuli Cells Oy": a name
 *  typed only by its shape or the words around it, that a company's name with its legal form
 *  opens with, is the company's, whatever it looked like alone. */
function retypeCompanyHeads(groups: readonly Group[]): void {
  const legal = groups.filter((g) => {
    const words = wordsOf(g.key);
    return words.length > 1 && LEGAL_FORM.test(words[words.length - 1] ?? '');
  });
  if (!legal.length) return;
  for (const g of groups) {
    if (!isContextOnly(g) || !legal.some((l) => l !== g && isCompanyHead(g.key, l.key))) continue;
    g.mentions = g.mentions.map((m) => ({ ...m, typing: { type: 'organization', rule: 'company-head', isDefault: false } }));
  }
}

/** Merges mentions into entities: known variants, acronyms, surnames and name tails join their full name. */
export function mergeMentions(mentions: readonly NamedMention[], acronyms: ReadonlyMap<string, string>): Entity[] {
  const groups = [...groupBy(mentions, acronyms).values()];
  retypeCompanyHeads(groups);
  // shortest first, so "Schwarzkopf" joins "Norman Schwarzkopf" before that is compared further
  const byLength = [...groups].sort((a, b) => wordsOf(a.key).length - wordsOf(b.key).length || a.key.localeCompare(b.key));
  const alive = new Set(groups);
  const byEnds = groupsByEnds(groups);
  for (const short of byLength) {
    const into = absorberOf(
      short,
      (byEnds.get(short.key) ?? []).filter((g) => alive.has(g)),
    );
    if (!into) continue;
    // ("Governor Tomás Riquelme" … "Riquelme said": a person's surname alone, whatever compromise
    // read in it, is that person: its own types no longer vote against the full name's)
    const ofPerson = typeOf(into) === 'person';
    for (const m of short.mentions)
      into.mentions.push(ofPerson ? { ...m, typing: { type: 'person', rule: 'surname', isDefault: false } } : m);
    alive.delete(short);
  }
  const first = new Map<Group, number>();
  for (const g of alive) {
    let earliest = Number.POSITIVE_INFINITY;
    for (const m of g.mentions) earliest = Math.min(earliest, m.blockIndex * 1e6 + m.mention.start);
    first.set(g, earliest);
  }
  retypeRelatives([...alive]);
  const listmates = listmateTypes([...alive]);
  return [...alive]
    .sort((a, b) => b.mentions.length - a.mentions.length || (first.get(a) ?? 0) - (first.get(b) ?? 0))
    .map((g) => toEntity(g, listmates.get(g) ?? new Set()));
}
