import type { Article } from './document.js';

/** Where to cite something from: its paragraph's anchor and the pages it is printed on. */
export interface Locator {
  readonly paragraph: string;
  readonly pages: readonly number[];
}

/** A place in the article: paragraph id, page, and character offsets into that paragraph's text. */
export interface Mention {
  readonly paragraph: string;
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** How sure extraction is of an item, 0–1, and the evidence that decided it: short tags such as
 *  "lexicon:country", "context:title-before", "rule:money-sign" (README, "Confidence"). */
export interface Scored {
  readonly confidence: number;
  readonly evidence: readonly string[];
}

export interface Entity extends Scored {
  /** Stable across documents: the type and the normalised canonical name ("place:united-states"). */
  readonly id: string;
  readonly name: string; // canonical
  readonly type: EntityType;
  /** ISO 3166-1 alpha-2 code when the entity is a country ("US"). */
  readonly country?: string;
  readonly aliases: readonly string[];
  readonly count: number;
  readonly mentions: readonly Mention[];
}

export type FigureKind =
  | 'percent'
  | 'money'
  | 'year'
  | 'date'
  | 'count'
  | 'range'
  | 'ordinal'
  | 'fraction'
  | 'ratio'
  | 'duration'
  | 'measure'
  | 'other';

export interface Figure extends Scored {
  readonly text: string;
  readonly kind: FigureKind;
  readonly value: number | null;
  readonly low?: number;
  readonly high?: number;
  readonly unit?: string;
  /** A metric unit's symbol, however the text names the unit ("kilometres" → "km", "megawatts" → "MW"). */
  readonly symbol?: string;
  /** What a rate is counted per ("$1 per barrel": "barrel"; "$40 billion a year": "year"). */
  readonly per?: string;
  readonly approximate: boolean;
  readonly date?: string; // ISO date or year when the figure names a point in time
  readonly sentence: string;
  readonly paragraph: string;
  readonly page: number;
  readonly start: number;
  readonly end: number;
  readonly locator: Locator;
}

/** quantitative: states an amount; causal: cause and effect; evaluative: a judgement;
 *  predictive: a forecast or plan; comparative: a comparison; normative: what ought to be done
 *  or a proposal; factual: a checkable statement of what is or was, neither forecast nor proposal. */
export type ClaimKind = 'quantitative' | 'causal' | 'evaluative' | 'predictive' | 'comparative' | 'normative' | 'factual' | 'rhetorical';

export interface Claim extends Scored {
  readonly text: string;
  readonly kinds: readonly ClaimKind[];
  readonly hedged: boolean;
  readonly hedges: readonly string[];
  readonly checkable: boolean;
  readonly score: number;
  readonly cues: readonly string[];
  readonly figures: readonly string[];
  readonly entities: readonly string[];
  readonly paragraph: string;
  readonly page: number;
  readonly start: number;
  readonly end: number;
  readonly locator: Locator;
}

/** The article with what extraction found; extraction fields are empty when NLP was not run. */
export interface Enriched extends Article {
  /** ISO 639-3 code of the body's language ('und': too little text to tell); absent when
   *  extraction did not run. */
  readonly language?: string;
  readonly entities: readonly Entity[];
  readonly figures: readonly Figure[];
  readonly claims: readonly Claim[];
}
