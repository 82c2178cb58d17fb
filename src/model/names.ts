/** How names and short printed texts are compared, in one place. */

/**
 * A name as names are compared: no diacritics, lower case, straight apostrophes, no periods, no
 * leading "the", single spaces ("U.S." → "us", "Côte d’Ivoire" → "cote d'ivoire", "Jābir" →
 * "jabir"). Entity variants merge, country names are looked up and ids are made by this key.
 */
export const nameKey = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** A name's key as an id part: runs of anything but letters and digits become "-"
 *  ("Côte d'Ivoire" → "cote-d-ivoire", "The Kroger Co." → "kroger-co"). */
export const slug = (name: string): string =>
  nameKey(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

/** Letters and digits only, lower case (NFKC): for comparing a printed text with another
 *  printing of it or with the document info, whatever its spacing and punctuation. */
export const squash = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
