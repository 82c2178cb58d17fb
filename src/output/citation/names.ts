import { parse } from '@citation-js/name';

/** A CSL-JSON name: a person's parts, or an organisation's name as printed. */
export interface CslName {
  readonly family?: string;
  readonly given?: string;
  readonly suffix?: string;
  readonly literal?: string;
  /** false: citeproc-js takes the family name as given, particle included, instead of
   *  splitting off (and, in Chicago, demoting) a lower-case particle. */
  readonly 'parse-names'?: false;
}

/** Words that make a byline name an organisation's rather than a person's; matched as whole
 *  words, case-sensitive for the capitalised ones so that a surname such as "Office" in lower
 *  case text does not count. Chosen from the bylines of reports, briefs and press releases. */
const ORGANISATION_WORD =
  /\b(?:Inc|Ltd|LLC|LLP|PLC|GmbH|AG|SA|Co|Corp|Corporation|Company|Companies|Group|Office|Agency|Ministry|Department|Dept|Bureau|Institute|Institution|Foundation|University|College|School|Academy|Association|Society|Council|Committee|Commission|Board|Authority|Centre|Center|Network|Organi[sz]ation|Union|Federation|League|Alliance|Coalition|Trust|Fund|Bank|Service|Services|Government|Parliament|Assembly|Secretariat|Staff|Team|Editors|Editorial|Desk|Newsroom|Press|Media|News|Research|Reuters|Associated)\b\.?/;

/** Generational and similar suffixes printed after the family name ("Martin Luther King Jr."). */
const SUFFIX = /,?\s+(Jr\.?|Sr\.?|II|III|IV|V|VI)$/;

/** True when a byline name names an organisation: one of its words marks one, or it joins
 *  with "&" or "of the". (Capitals prove nothing: bylines are often set in capitals.) */
export function isOrganisation(name: string): boolean {
  return ORGANISATION_WORD.test(name) || /&|\bof the\b/i.test(name);
}

/**
 * The CSL-JSON name for an author as printed: an organisation stays one literal name; a person
 * is split by @citation-js/name into given and family names, a suffix ("Jr.", "III") kept as
 * such. A particle printed before the family name ("von der Leyen", "de Gaulle") stays part of
 * it: the article prints it leading, and styles that demote separated particles would turn
 * the name into "Leyen, Ursula von der".
 */
export function toCslName(printed: string): CslName {
  const name = printed.replace(/\s+/g, ' ').trim();
  if (isOrganisation(name)) return { literal: name };
  const suffix = SUFFIX.exec(name);
  const rest = suffix ? name.slice(0, suffix.index) : name;
  if (!/\s/.test(rest)) return suffix ? { family: rest, suffix: suffix[1] as string } : { literal: rest };
  const parts = parse(rest);
  const particle = [parts['dropping-particle'], parts['non-dropping-particle']].filter(Boolean).join(' ');
  const family = [particle, parts.family].filter(Boolean).join(' ');
  const given = parts.given;
  const partSuffix = suffix?.[1] ?? parts.suffix;
  return {
    ...(family ? { family } : {}),
    ...(given ? { given } : {}),
    ...(partSuffix ? { suffix: partSuffix } : {}),
    ...(particle ? { 'parse-names': false as const } : {}),
  };
}
