import { readFileSync } from 'node:fs';
import { countryCode } from './country.js';

/**
 * The gazetteer: names of the world's towns and of countries' subdivisions (places.txt, made by
 * test/tools/build-places.ts from maintained data packages), for names nothing else types. The
 * compiled file in dist/ reads it from src/, which the package ships (tsc copies no .txt files).
 */
export const PLACES_FILE = new URL(
  import.meta.url.endsWith('.ts') ? './places.txt' : '../../../src/extract/entities/places.txt',
  import.meta.url,
);

/** A name as the gazetteer keys it: lower case, without diacritics, spaces single, "St" as "saint". */
export const placeKey = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    // "St. Albert", "St Petersburg" and "Saint Petersburg": one key
    .replace(/^st\.?\s/, 'saint ');

/** Each name the gazetteer holds, with the country it points to, if one. */
let places: ReadonlyMap<string, string | undefined> | undefined;

/** Whether the name is a town or a subdivision in the gazetteer (an empty one when the file is missing). */
export function isGazetteerPlace(name: string): boolean {
  places ??= load();
  return places.has(placeKey(name));
}

/** The country (ISO 3166-1 alpha-2) of a town or subdivision the gazetteer holds, when its name
 *  points to one: "Queensland" AU, "Ottawa" CA; undefined for "Hyderabad" or "Richmond". */
export function gazetteerCountry(name: string): string | undefined {
  places ??= load();
  return places.get(placeKey(name));
}

/** A country's name or short form, or a town or subdivision the gazetteer holds. */
export const isKnownPlace = (name: string): boolean => isGazetteerPlace(name) || countryCode(name) !== undefined;

function load(): ReadonlyMap<string, string | undefined> {
  try {
    return new Map(
      readFileSync(PLACES_FILE, 'utf8')
        .split('\n')
        .filter((line) => line && !line.startsWith('#'))
        .map((line) => {
          const [name = '', country] = line.split('\t');
          return [name, country];
        }),
    );
  } catch {
    return new Map();
  }
}
