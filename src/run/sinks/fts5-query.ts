/**
 * The words of `opclean search` as an SQLite FTS5 query, read the way PostgreSQL's
 * websearch_to_tsquery reads them: every word must occur, `"a phrase"` as written, `OR`
 * between two terms takes either, `-word` (or `-"a phrase"`) leaves out paragraphs holding it.
 * Each term is quoted, so FTS5's own syntax (column filters, NEAR, `*`) is never triggered by a
 * user's punctuation. Returns undefined when nothing is left to look for.
 */
export function toFts5Query(words: string): string | undefined {
  const groups: string[][] = [];
  const excluded: string[] = [];
  let joinNext = false;
  for (const match of words.matchAll(/(-?)(?:"([^"]*)"?|(\S+))/g)) {
    const [, minus, phrase, word] = match;
    const term = (phrase ?? word ?? '').trim();
    if (phrase === undefined && minus === '' && /^or$/i.test(term)) {
      joinNext = groups.length > 0;
      continue;
    }
    // a term without a letter or digit holds no token: FTS5 would match nothing, or fail
    if (!/[\p{L}\p{N}]/u.test(term)) continue;
    const quoted = `"${term.replace(/"/g, '""')}"`;
    if (minus) excluded.push(quoted);
    else if (joinNext) groups.at(-1)?.push(quoted);
    else groups.push([quoted]);
    joinNext = false;
  }
  if (groups.length === 0) return undefined;
  const positive = groups.map((group) => (group.length === 1 ? group[0] : `(${group.join(' OR ')})`)).join(' AND ');
  return excluded.reduce((query, term) => `(${query}) NOT ${term}`, positive);
}
