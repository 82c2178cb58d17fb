import { nameKey } from './type.js';
import type { Candidate } from './name-refine.js';

/** An acronym written in capitals, with optional digits ("EU", "MIC25", "U.S."). */
const ACRONYM = /^(\p{Lu}[\p{Lu}&.]*?)\.?(\d*)$/u;

/**
 * Whether an acronym abbreviates a name: its letters are the initials of the name's capitalised
 * words (or of all its words), and its digits end one of the name's numbers ("MIC25" = "Made in
 * China 2025", "BRI" = "Belt and Road Initiative").
 */
export function abbreviates(acronym: string, name: Candidate): boolean {
  const m = ACRONYM.exec(acronym);
  if (!m || name.tokens.length < 2) return false;
  const letters = (m[1] ?? '').replace(/[.&]/g, '');
  const digits = m[2] ?? '';
  if (letters.length < 2 && !digits) return false;
  const lettersMatch = initialsOf(name).includes(letters);
  const digitsMatch = !digits || name.tokens.some((t) => /^\d/.test(t.text) && t.text.endsWith(digits));
  return lettersMatch && digitsMatch;
}

/** A compass word of two parts: "Southeast", "Northwest". */
const COMPASS_PAIR = /^(North|South)(east|west)$/;

/** The initials an acronym of the name may spell: of its capitalised words, of all its words
 *  (numbers aside), of its capitalised words with each part of a hyphenated word counted
 *  ("Regional Anti-Terrorist Structure" → RATS), and of the words after its "of" (VA). */
export function initialsOf(name: Pick<Candidate, 'tokens'>): readonly string[] {
  const words = name.tokens.filter((t) => !/^\d/.test(t.text));
  const capitals = words.filter((t) => t.isCapitalised);
  const capitalInitials = capitals.map((t) => t.text[0]).join('');
  const allInitials = words.map((t) => (t.text[0] ?? '').toUpperCase()).join('');
  const partInitials = capitals.map((t) => (t.text.match(/(?:^|-)\p{Lu}/gu) ?? []).map((p) => p.replace('-', '')).join('')).join('');
  // "Association of Southeast Asian Nations" (ASEAN): a compass word of two parts counts both
  const compassInitials = capitals
    .map((t) => {
      const pair = COMPASS_PAIR.exec(t.text);
      return pair ? `${pair[1]?.[0] ?? ''}${(pair[2]?.[0] ?? '').toUpperCase()}` : t.text[0];
    })
    .join('');
  // "Department of Veterans Affairs" (VA): what the body is of
  const of = words.findIndex((t) => t.text === 'of');
  const ofInitials =
    of > 0
      ? words
          .slice(of + 1)
          .filter((t) => t.isCapitalised)
          .map((t) => t.text[0])
          .join('')
      : '';
  const all = [capitalInitials, allInitials, partInitials, compassInitials];
  return ofInitials.length >= 2 ? [...all, ofInitials] : all;
}

/** The letters of an acronym ("U.S." → "US", "MIC25" → "MIC"); null for a word that is none. */
const acronymLetters = (acronym: string): string | null => {
  const m = ACRONYM.exec(acronym);
  return m ? (m[1] ?? '').replace(/[.&]/g, '') : null;
};

/**
 * A short form made of pieces of the name's words rather than its initials, given in brackets
 * right after it: "Ministry of Defence (MoD)", "Turkish Statistical Institute (TurkStat)", "Bank
 * of Mexico (Banxico)", "Kenya Electricity Transmission Company (KETRACO)". Its letters come in
 * the name's order, from the start of one of its capitalised words into a word after it, and
 * its capitals (after the first) open words of the name.
 */
export function shortens(short: string, name: Candidate): boolean {
  const letters = short.replace(/[.&]/g, '');
  if (name.tokens.length < 2 || letters.length < 3 || /\d/.test(letters)) return false;
  const words = name.tokens.map((t) => t.text);
  const capitals = [...letters.slice(1)].filter((ch) => /\p{Lu}/u.test(ch) && /\p{Ll}/u.test(letters));
  return words.some((word, i) => {
    if (!/^\p{Lu}/u.test(word) || word[0] !== letters[0]) return false;
    const rest = words.slice(i).join(' ');
    // each letter in turn, further on; a capital after the first (mixed case) opens a word
    let at = 0;
    for (const ch of letters.slice(1)) {
      const lower = rest.toLowerCase();
      let found = lower.indexOf(ch.toLowerCase(), at + 1);
      if (capitals.includes(ch)) while (found > 0 && rest[found - 1] !== ' ') found = lower.indexOf(ch.toLowerCase(), found + 1);
      if (found < 0) return false;
      at = found;
    }
    // the short form takes letters from two words at least ("Texas" is no short form of "Texas Instruments")
    return at >= (words[i] ?? '').length;
  });
}

/**
 * An acronym of the name in its own language, given in brackets after its English name: "National
 * School Feeding Programme (PNAE)" (Programa Nacional de Alimentação Escolar), "Incentive Regime for
 * Large Investments (RIGI)". Its letters are capitals, and two of them and half at least are
 * initials of the name's capitalised words, in any order but not all at its end.
 */
export function translates(acronym: string, name: Candidate): boolean {
  if (!/^\p{Lu}{3,6}$/u.test(acronym)) return false;
  const initials = name.tokens.filter((t) => t.isCapitalised).map((t) => t.text[0] ?? '');
  // ("International Fund for Saving the Aral Sea (IFAS)": an acronym that ends in the name's
  // initials is of a longer name the name ends)
  if (initials.length < 2 || acronym.endsWith(initials.join(''))) return false;
  let shared = 0;
  for (const letter of acronym) {
    const at = initials.indexOf(letter);
    if (at < 0) continue;
    shared++;
    initials.splice(at, 1);
  }
  return shared >= 2 && shared * 2 >= acronym.length;
}

/** Acronyms defined in parentheses right after a name ("Made in China 2025" (MIC25)): acronym key → long name key. */
export function parentheticalAcronyms(text: string, candidates: readonly Candidate[], into: Map<string, string>): void {
  for (const c of candidates) {
    const paren = /^["”’]?\s*\(\s*([\p{Lu}][\p{L}\d.&]{1,11})\s*\)/u.exec(text.slice(c.end));
    if (paren?.[1] && (abbreviates(paren[1], c) || shortens(paren[1], c) || translates(paren[1], c)))
      into.set(nameKey(paren[1]), nameKey(c.text));
  }
}

/** What stands between a name and another name of the same thing: "the Marshall Plan,
 *  officially the European Recovery Program", "X, also known as Y", "X, formerly Y". */
const ALIAS_GAP =
  /^["”’]?,\s+(?:officially|formally|formerly|also\s+(?:known|called)\s+as|better\s+known\s+as|known\s+as)\s+(?:the\s+)?["“]?$/i;

/** Names given a second name in apposition: the second name's key → the first's, as acronyms are. */
export function appositiveAliases(text: string, candidates: readonly Candidate[], into: Map<string, string>): void {
  for (let k = 0; k + 1 < candidates.length; k++) {
    const [first, second] = [candidates[k] as Candidate, candidates[k + 1] as Candidate];
    if (ALIAS_GAP.test(text.slice(first.end, second.start))) into.set(nameKey(second.text), nameKey(first.text));
  }
}

/** Names of several words by the initials they may be abbreviated to, so an acronym is matched
 *  against the few names with its letters rather than against every name of the article. */
export function namesByInitials(all: readonly Candidate[]): Map<string, Candidate[]> {
  const index = new Map<string, Candidate[]>();
  for (const c of all) {
    if (c.tokens.length < 2) continue;
    for (const key of new Set(initialsOf(c))) {
      const list = index.get(key);
      if (list) list.push(c);
      else index.set(key, [c]);
    }
  }
  return index;
}

/** Acronyms used alone that match the initials of exactly one longer name of the article ("EU"). */
export function initialAcronyms(all: readonly Candidate[], into: Map<string, string>): void {
  const byInitials = namesByInitials(all);
  const seen = new Set<string>(); // an acronym's texts already looked up: the same answer again
  for (const short of all) {
    const k = nameKey(short.text);
    if (short.tokens.length !== 1 || into.has(k) || !ACRONYM.test(short.text) || seen.has(short.text)) continue;
    seen.add(short.text);
    const named = byInitials.get(acronymLetters(short.text) ?? '') ?? [];
    const longs = [...new Set(named.filter((c) => abbreviates(short.text, c)).map((c) => nameKey(c.text)))];
    if (longs.length === 1 && longs[0]) into.set(k, longs[0]);
  }
}
