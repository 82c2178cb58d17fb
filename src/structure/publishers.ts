/** Publishers known by their web address: a site's PDFs often name it only in the URL. News
 *  agencies, major newspapers and opinion sites whose prints carry no masthead text. */
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
  'reuters.com': 'Reuters',
  'apnews.com': 'Associated Press',
  'afp.com': 'Agence France-Presse',
  'bbc.com': 'BBC',
  'bbc.co.uk': 'BBC',
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
  'theguardian.com': 'The Guardian',
  'ft.com': 'Financial Times',
  'economist.com': 'The Economist',
  'theatlantic.com': 'The Atlantic',
  'politico.com': 'Politico',
  'politico.eu': 'Politico Europe',
  'bloomberg.com': 'Bloomberg',
  'cnn.com': 'CNN',
  'npr.org': 'NPR',
  'aljazeera.com': 'Al Jazeera',
  'spiegel.de': 'Der Spiegel',
  'zeit.de': 'Die Zeit',
  'faz.net': 'Frankfurter Allgemeine Zeitung',
  'sueddeutsche.de': 'Süddeutsche Zeitung',
  'tagesschau.de': 'tagesschau',
  'lemonde.fr': 'Le Monde',
  'lefigaro.fr': 'Le Figaro',
  'liberation.fr': 'Libération',
  'euractiv.com': 'Euractiv',
  'dw.com': 'Deutsche Welle',
  'france24.com': 'France 24',
};

/** The site's host name without "www.", or undefined for a text that is no web address. */
export function hostOf(text: string): string | undefined {
  const match = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/i.exec(text.trim());
  return match?.[1]?.toLowerCase();
}

/** The publisher named by a known site address (a sub-domain counts as its site), if any. */
export function publisherOfHost(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const parts = host.split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const name = KNOWN_SITES[parts.slice(i).join('.')];
    if (name) return name;
  }
  return undefined;
}

/** A footer such as "E-International Relations ISSN 2053-8626 Page 1/2" → "E-International Relations". */
export function publisherFromFooter(text: string): string | undefined {
  const match = /^(.{3,80}?)\s*(?:[|·,–—-]\s*)?ISSN\b/i.exec(text.trim());
  return match?.[1]?.trim();
}
