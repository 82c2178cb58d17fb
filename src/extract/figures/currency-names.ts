import countryToCurrency from 'country-to-currency';
import currencyCodes from 'currency-codes';

/**
 * Currencies named in words after an amount beyond the common ones of patterns.ts ("214.60
 * Norwegian crowns", "95,000 CFA francs", "3.2 trillion rupiah", "GH¢185"): the head nouns
 * of the ISO 4217 names of the world's national currencies (currency-codes, for the codes
 * country-to-currency gives a country), as English writes them after a number, in the singular
 * and the plural, with the translations English uses ("crowns" for krone, krona and koruna).
 */

/** Head nouns of currency names, as currency-codes spells them. */
const HEADS = [
  'krone',
  'krona',
  'koruna',
  'cedi',
  'sol',
  'rupiah',
  'dong',
  'real',
  'rial',
  'dinar',
  'forint',
  'lev',
  'leu',
  'taka',
  'kip',
  'riel',
  'kyat',
  'birr',
  'kwacha',
  'lari',
  'dram',
  'manat',
  'som',
  'tenge',
  'quetzal',
  'lempira',
  'colon',
  'guarani',
  'boliviano',
  'pula',
  'metical',
  'leone',
  'somoni',
  'tugrik',
  'afghani',
  'lek',
  'denar',
  'ariary',
  'dalasi',
  'gourde',
  'nakfa',
  'kwanza',
  'franc',
] as const;

/** English plurals and translations that are not the head and an "s". */
const OTHER_FORMS: Readonly<Record<string, readonly string[]>> = {
  krone: ['kroner', 'crowns', 'crown'],
  krona: ['kronor', 'crowns', 'crown'],
  koruna: ['koruny', 'crowns', 'crown'],
  lev: ['leva'],
  leu: ['lei'],
  real: ['reais'],
  sol: ['soles'],
  colon: ['colones'],
  quetzal: ['quetzales'],
  metical: ['meticais'],
};

/** Forms that are also English words or names: an amount takes them only after a scale word
 *  ("5 billion dong") or a nationality ("40 Brazilian reais" is plain anyway). */
const GUARDED = new Set(['real', 'sol', 'dong', 'kip', 'som', 'lei', 'lev', 'lek', 'colon', 'pula', 'dram', 'crown', 'franc']);

/** The national currencies by code with their ISO 4217 names. */
const NATIONAL: readonly { code: string; name: string }[] = [...new Set(Object.values(countryToCurrency as Record<string, string>))]
  .map((code) => ({ code, name: currencyCodes.code(code)?.currency ?? '' }))
  .filter((c) => c.name !== '');

/** Each written form → the heads it may stand for. */
const FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const forms = new Map<string, string[]>();
  const add = (form: string, head: string) => forms.set(form, [...(forms.get(form) ?? []), head]);
  for (const head of HEADS) {
    add(head, head);
    if (!/[is]$/.test(head)) add(`${head}s`, head);
    for (const form of OTHER_FORMS[head] ?? []) add(form, head);
  }
  return forms;
})();

const byLength = (a: string, b: string) => b.length - a.length || a.localeCompare(b);

/** Whether an amount takes this form with nothing between ("40 reais"; not "5 real"). */
export const takesBare = (form: string): boolean => FORMS.has(form.toLowerCase()) && !GUARDED.has(form.toLowerCase());

/** Regex source of every written form (takesBare tells which need a scale word or a nationality before them). */
export const CURRENCY_NAME = `(?:${[...FORMS.keys()].sort(byLength).join('|')})`;

/** The national currencies whose ISO 4217 name holds each head noun. */
const BY_HEAD: ReadonlyMap<string, readonly { code: string; name: string }[]> = new Map(
  HEADS.map((head) => [head, NATIONAL.filter((c) => c.name.toLowerCase().split(/\s+/).includes(head))]),
);

/** The codes of the national currencies a written form may name, narrowed by a nationality or
 *  a name written before it ("Norwegian crowns": NOK; "CFA francs": XOF and XAF). */
export function currencyCodesFor(form: string, qualifier?: string): string[] {
  const heads = FORMS.get(form.toLowerCase()) ?? [];
  const named = NATIONAL.filter((c) => heads.some((h) => BY_HEAD.get(h)?.includes(c)));
  if (!qualifier) return named.map((c) => c.code);
  // "Iceland Krona" for "Icelandic", "Ghana Cedi" for "Ghanaian": the first letters decide
  const stem = qualifier.slice(0, Math.min(5, qualifier.length)).toLowerCase();
  const narrowed = named.filter((c) => c.name.split(/\s+/).some((w) => w.toLowerCase().startsWith(stem)));
  return (narrowed.length ? narrowed : named).map((c) => c.code);
}
