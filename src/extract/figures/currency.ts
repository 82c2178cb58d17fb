import countryToCurrency from 'country-to-currency';
import currencyCodes from 'currency-codes';
import type { Entity, Figure } from '../../model/enriched.js';
import { englishWords } from '../../model/english-words.js';
import { currencyCodesFor } from './currency-names.js';
import { gazetteerCountry } from '../entities/places.js';

/** An ISO 4217 currency code (currency-codes), upper case as written, that is no English word
 *  written in capitals ("TOP 10", "ALL 3", "CUP 2"). */
export const isCurrencyCode = (code: string): boolean => currencyCodes.code(code) !== undefined && !englishWords().has(code.toLowerCase());

/**
 * Money named by a word several countries use for their currencies ("pesos", "shillings",
 * "francs", "lira", "rupees", a bare "$" or "dollars", and "cents" of any) is the currency of the country the
 * document names most often among those whose currency (from country-to-currency) carries that
 * word in its ISO 4217 name (from currency-codes). "KSh 200" or "US$5" already say which; a bare
 * "$" stays US dollars wherever the document names the United States or marks its local dollars
 * with a sign of their own ("C$4.2 billion ($2.9 billion)").
 */

/** Words of the shared currency names, by how the amount writes them. */
const SHARED_NAMES: readonly (readonly [RegExp, string])[] = [
  [/\bpesos?\b/i, 'Peso'],
  [/\bshillings?\b/i, 'Shilling'],
  [/\bfrancs?\b/i, 'Franc'],
  [/\blira\b|\blire\b/i, 'Lira'],
  [/\brupees?\b|\bRs\.?\s?\d/i, 'Rupee'],
  [/(?:^|[^\p{L}$])\$\s?\d|\bdollars?\b/iu, 'Dollar'],
  [/\bcents?\b/i, 'Cent'],
];

/** Countries whose press writes their own dollar as a bare "$" (Singapore's or Hong Kong's
 *  business news quotes US dollars so, and marks the local one S$, HK$). */
const OWN_DOLLAR: ReadonlySet<string> = new Set(['AU', 'CA', 'NZ']);

/** The amount names its country itself: a sign or code with the country in it ("US$", "A$", "KSh",
 *  "US cents"). */
const NAMED_COUNTRY =
  /\b(?:US|U\.S\.|A|AU|C|CA|NZ|HK|S|NT)\$|\bU\.?S\.?\s+(?:cents?|dollars?)\b|\bKSh\b|\bUSh\b|\bTSh\b|\bCHF\b|\b[A-Z]{3}\s?\d/;

/** The countries the entities name, most named first, with their currencies' codes and names:
 *  a country by its name, and by the towns and provinces in it the gazetteer places in one
 *  ("Queensland", "Townsville": Australia), each mention once. */
function countryCurrencies(entities: readonly Entity[]): { country: string; currency: string; name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of entities) {
    const country = e.country ?? (e.type === 'place' ? gazetteerCountry(e.name) : undefined);
    if (country) counts.set(country, (counts.get(country) ?? 0) + e.count);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .flatMap(([country, count]) => {
      const currency = (countryToCurrency as Record<string, string>)[country];
      const name = currency ? currencyCodes.code(currency)?.currency : undefined;
      return currency && name ? [{ country, currency, name, count }] : [];
    });
}

/** The most named of the countries that pass, none when two are named as often ("Oslo" and
 *  "Prague" once each: whose crowns is not said). */
function mostNamed<T extends { currency: string; count: number }>(countries: readonly T[], passes: (c: T) => boolean): T | undefined {
  const [first, second] = countries.filter(passes);
  return first && (!second || second.count < first.count || second.currency === first.currency) ? first : undefined;
}

/** A money figure's unit that is still a currency's name, not its code ("crowns", "CFA francs"). */
function wordUnit(f: Figure): { form: string; qualifier?: string } | undefined {
  if (f.kind !== 'money' || !f.unit || !/^(?:[\p{Lu}\p{Ll}]+\s)?\p{Ll}+$/u.test(f.unit)) return undefined;
  const [first = '', second] = f.unit.split(' ');
  return second === undefined ? { form: first } : { form: second, qualifier: first };
}

/** The figures with money in a shared currency name given the code of the currency of that
 *  name of the country the document names most. */
export function localiseCurrencies(figures: readonly Figure[], entities: readonly Entity[]): Figure[] {
  const sharedName = (f: Figure): string | undefined =>
    (f.kind === 'money' || (f.kind === 'range' && f.unit)) && !NAMED_COUNTRY.test(f.text)
      ? SHARED_NAMES.find(([re]) => re.test(f.text))?.[1]
      : undefined;
  if (!figures.some((f) => sharedName(f) !== undefined || wordUnit(f) !== undefined)) return [...figures];
  const countries = countryCurrencies(entities);
  // ("C$4.2 billion ($2.9 billion)": where the text marks its local dollars, a bare "$" is the US dollar)
  // (the country itself: a town in it, "a visit to Boston", leaves a Canadian's "$" Canadian)
  const namesUs = entities.some((e) => e.country === 'US') || figures.some((f) => NAMED_COUNTRY.test(f.text) && f.text.includes('$'));
  return figures.map((f) => {
    // "240 crowns", "20 dinars" (currency-names.ts): the currency of the most named country
    // among those that name theirs so
    const named = wordUnit(f);
    const candidates = named ? currencyCodesFor(named.form, named.qualifier) : [];
    if (candidates.length) {
      const local = mostNamed(countries, (c) => candidates.includes(c.currency));
      return local ? { ...f, unit: local.currency } : f;
    }
    const word = sharedName(f);
    if (!word || ((word === 'Dollar' || word === 'Cent') && namesUs)) return f;
    // ("22 cents" in a South African budget: hundredths of the currency of the country named most)
    if (word === 'Cent') {
      const own = mostNamed(countries, () => true);
      return own ? { ...f, unit: own.currency } : f;
    }
    // ("$" in a story from Zambia that names Toronto once stays US dollars: a country's own
    // dollar only where that country is the one the document names most)
    const local = mostNamed(countries, (c) => c.name.includes(word) && (word !== 'Dollar' || OWN_DOLLAR.has(c.country)));
    if (local && word === 'Dollar' && mostNamed(countries, () => true) !== local) return f;
    return local ? { ...f, unit: local.currency } : f;
  });
}
