import { nameKey } from '../../model/names.js';
// the package without the 80 languages its main entry registers (about 40–100 ms of loading):
// English alone is registered below
import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { KNOWN_VARIANTS } from './lexicon.js';

countries.registerLocale(en);

/**
 * Common English forms of country names that i18n-iso-countries does not list (it has "United
 * Kingdom", "UK", "Great Britain", but not "Britain"; "Syrian Arab Republic" but not "Syria").
 * Only short forms in everyday use; the package's names and aliases cover the rest.
 */
const MISSING_FORMS: ReadonlyMap<string, string> = new Map([
  ['america', 'US'],
  ['britain', 'GB'],
  ['syria', 'SY'],
  ['laos', 'LA'],
  ['moldova', 'MD'],
  ['burma', 'MM'],
  ['brunei', 'BN'],
  ['macedonia', 'MK'],
  ['swaziland', 'SZ'],
  ['micronesia', 'FM'],
  ['vatican', 'VA'],
  ['vatican city', 'VA'],
  ['holland', 'NL'],
  ['drc', 'CD'],
  ['dr congo', 'CD'],
  ['democratic republic of congo', 'CD'],
  ['republic of congo', 'CG'],
  ['east timor', 'TL'],
]);

/** The key a country name is looked up by: the names' key (model/names.ts). */
export const countryKey = nameKey;

function buildIndex(): Map<string, string> {
  const codes = new Map<string, Set<string>>();
  const add = (name: string, code: string): void => {
    const k = countryKey(name);
    if (!k) return;
    const set = codes.get(k) ?? new Set<string>();
    set.add(code);
    codes.set(k, set);
  };
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    for (const name of names) {
      add(name, code);
      // "Falkland Islands (Malvinas)", "Netherlands (Kingdom of the)": the name without its note
      const bare = name.replace(/\s*\([^)]*\)/g, '');
      if (bare !== name) add(bare, code);
    }
  }
  const index = new Map<string, string>();
  // a name two countries share ("Congo") names neither
  for (const [k, set] of codes) if (set.size === 1) index.set(k, [...set][0] as string);
  for (const [k, code] of MISSING_FORMS) if (!index.has(k)) index.set(k, code);
  return index;
}

let index: Map<string, string> | null = null;

/** The ISO 3166-1 alpha-2 code of a country name or common short form ("U.S.", "Britain",
 *  "South Korea"); undefined for anything else, demonyms included ("American"). */
export function countryCode(name: string): string | undefined {
  index ??= buildIndex();
  return index.get(countryKey(name));
}

/** The name a country's id is made from, the same whichever form a document uses: the canonical
 *  name of the known variants ("United Kingdom" for "Britain"), else the package's shortest plain
 *  name ("Russia", not "Russian Federation"). */
export function countryIdName(code: string): string | undefined {
  for (const [canonical, type] of KNOWN_VARIANTS.values()) if (type === 'place' && countryCode(canonical) === code) return canonical;
  const names = countries.getNames('en', { select: 'all' })[code];
  if (!names) return undefined;
  const plain = names.filter((n) => !/[,()]/.test(n) && !/^[\p{Lu}.]+$/u.test(n) && !/^the\s/i.test(n));
  return [...plain].sort((a, b) => a.length - b.length || a.localeCompare(b))[0] ?? names[0];
}
