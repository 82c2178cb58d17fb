/** Publishers known by their web address: a site's PDFs often name it only in the URL. */
const KNOWN_SITES: Readonly<Record<string, string>> = {
  'e-ir.info': 'E-International Relations',
  'theconversation.com': 'The Conversation',
  'project-syndicate.org': 'Project Syndicate',
  'foreignpolicy.com': 'Foreign Policy',
  'foreignaffairs.com': 'Foreign Affairs',
  'brookings.edu': 'Brookings Institution',
  'chathamhouse.org': 'Chatham House',
  'lawfaremedia.org': 'Lawfare',
  'warontherocks.com': 'War on the Rocks',
  'thediplomat.com': 'The Diplomat',
  'opendemocracy.net': 'openDemocracy',
};

/** The site's host name without "www.", or undefined for a text that is no web address. */
export function hostOf(text: string): string | undefined {
  const match = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/i.exec(text.trim());
  return match?.[1]?.toLowerCase();
}

/** The publisher named by a known site address, if any. */
export const publisherOfHost = (host: string | undefined): string | undefined => (host ? KNOWN_SITES[host] : undefined);

/** A footer such as "E-International Relations ISSN 2053-8626 Page 1/2" → "E-International Relations". */
export function publisherFromFooter(text: string): string | undefined {
  const match = /^(.{3,80}?)\s*(?:[|·,–—-]\s*)?ISSN\b/i.exec(text.trim());
  return match?.[1]?.trim();
}
