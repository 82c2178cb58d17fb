import { englishWords } from '../../model/english-words.js';
import type { Sentence } from '../sentences.js';
import { countryCode } from './country.js';
import { isGazetteerPlace } from './places.js';

/** A word of a block's text, with what the name rules ask of it. */
export interface Token {
  readonly text: string; // without a possessive "'s"
  readonly start: number;
  readonly end: number;
  readonly isCapitalised: boolean;
  readonly isNumber: boolean;
  readonly isPossessive: boolean;
  /** First word of a sentence (or after a colon): its capital says nothing. */
  readonly isInitial: boolean;
  /** Only spaces between this token and the previous one. */
  readonly joinsPrevious: boolean;
  /** The text between the previous token and this one ("", " ", ", ", " & "). */
  readonly gap: string;
}

// decimal digits only: a raised note marker ("President.²") is no part of the word before it
const WORD = /[\p{L}\p{Nd}]+(?:[.&'’\u2013-][\p{L}\p{Nd}]+)*/gu;

/**
 * The words of a text as WORD finds them, a pair of names set close with an en dash kept as one
 * word where it names one thing ("Murray–Darling Basin", "Battle of Toba–Fushimi", "Cai Mep–Thi
 * Vai") and split where it pairs two countries or two towns ("Israel–Hamas war", "Paris–Berlin
 * line"), as a lower-case side always is ("1990–2000", "pro–business" aside).
 */
function* words(text: string): Generator<{ readonly index: number; readonly text: string }> {
  for (const m of text.matchAll(WORD)) {
    const parts = m[0].split('\u2013');
    const isOneName =
      parts.length === 2 &&
      parts.every((p) => /^\p{Lu}\p{Ll}/u.test(p)) &&
      !parts.some((p) => countryCode(p) !== undefined) &&
      !parts.every((p) => isGazetteerPlace(p));
    if (parts.length === 1 || isOneName) {
      yield { index: m.index, text: m[0] };
      continue;
    }
    let at = m.index;
    for (const part of parts) {
      if (part) yield { index: at, text: part };
      at += part.length + 1;
    }
  }
}
const ABBREVIATION = /^(?:mr|mrs|ms|dr|st|no|gen|sen|rep|gov|jr|sr|prof|lt|col|capt|inc|ltd|co|corp|mt|ft|rev)$/i;

function withPeriod(text: string, word: string, end: number): number {
  if (text[end] !== '.') return end;
  // "U.S.", "W.", "Mrs.", "Mekong-U.S.": the period belongs to the word
  return /(?:^|-)(?:\p{L}\.)+\p{L}$|^\p{Lu}$/u.test(word) || ABBREVIATION.test(word) ? end + 1 : end;
}

/**
 * Lower-case tails that make a hyphenated word an adjective or a run-on ("Russian-flagged",
 * "Kremlin-backed", "US-led", "Soviet-era", "Senate-the", "Iran-because": a dash set as a
 * hyphen before a function word): only the part before the hyphen can
 * be a name. Name syllables such as "Jong-un" or "Kai-shek" are none of these. ("Virginia-class",
 * "Astute-class": a class of ships or aircraft keeps its tail, and is a name of its own.)
 */
const ADJECTIVAL_TAIL =
  /^-(?:\p{Ll}{2,}(?:ed|ing)|led|run|era|style|wide|made|born|like|type|based|owned|held|built|the|and|or|but|a|an|to|in|of|with|as|for|that|which|who|because|when|while|if|so|then|not|is|was|are|were|has|have|had|will|would|could|should|may|might|can|at|on|by|from|after|before|since|until|into|than|this|these|those|its|their|his|her|we|they|he|she|it|you)$/u;

/** A brand's word with its capital inside, after one or two small letters: "iPhone", "eBay",
 *  "iTunes"; not a formula's symbols ("jVjmax") nor a unit ("kWh"). */
const CAMEL_BRAND = /^\p{Ll}{1,2}\p{Lu}\p{Ll}?[aeiouy]\p{Ll}+$/u;

/** A capitalised word's tail naming a class of ships or aircraft: "Virginia-class". */
export const CLASS_TAIL = /^\p{Lu}[\p{L}\d]*-class$/u;

/** Splits a block's text into word tokens, marking sentence starts from the given sentences. */
export function tokenize(text: string, sentences: readonly Sentence[]): Token[] {
  // the first word of each sentence, after any opening quote or bracket
  const starts = new Set(sentences.map((s) => s.start + Math.max(0, s.text.search(/[\p{L}\p{N}]/u))));
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const m of words(text)) {
    const end = withPeriod(text, m.text, m.index + m.text.length);
    const possessive = /['’]s$/i.test(m.text);
    let core = possessive ? m.text.slice(0, -2) : text.slice(m.index, end);
    const hyphen = core.lastIndexOf('-');
    const adjectival = hyphen > 0 && /^\p{Lu}/u.test(core) && ADJECTIVAL_TAIL.test(core.slice(hyphen));
    if (adjectival) core = core.slice(0, hyphen);
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, m.index);
    tokens.push({
      text: core,
      start: m.index,
      end: m.index + core.length,
      // ("al-Qaeda", "el-Sisi": an Arabic article before a capital opens a name)
      // ("iPhone", "eBay": a brand's capital inside its first word)
      isCapitalised:
        /^\p{Lu}/u.test(core) ||
        CAMEL_BRAND.test(core) ||
        /^(?:al|el|ul|ad|an|ar|as|ash|at|az|wal)-\p{Lu}/u.test(core) ||
        /^[ld]['’]\p{Lu}/u.test(core) ||
        // ("ǁKhaeb", "ǃKhuiseb": a Khoisan name opens with its click's letter)
        /^[ǀǁǂǃ]\p{Lu}/u.test(core),
      isNumber: /^\d+(?:[.,]\d+)*$/.test(core),
      isPossessive: possessive,
      isInitial: starts.has(m.index) || /:\s*["“]?$/.test(gap),
      // ("American Virginia-class boats": a class stands alone, whatever the word before it)
      joinsPrevious: previousEnd >= 0 && /^[ \t\n]+$/.test(gap) && !CLASS_TAIL.test(core),
      gap,
    });
    // after "Russian-flagged" the tail stands between this word and the next: they do not join
    previousEnd = adjectival ? m.index + core.length : end;
  }
  return tokens;
}

/** The word is in the English word list ("Goals", "Amnesty"; not "Narendra"), a final period aside. */
export const isDictionaryWord = (token: Token): boolean => englishWords().has(token.text.toLowerCase().replace(/\.$/, ''));
