import { ENGLISH_MONTHS } from '../model/months.js';
import type { Article } from '../model/document.js';

/** "Gojayev, Farhad" from "Farhad Gojayev"; single names stay as they are. */
function invertName(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return name;
  const last = parts.pop() as string;
  return `${last}, ${parts.join(' ')}`;
}

/** Ends a citation element with a period unless it already ends in closing punctuation. */
const closed = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** A ready citation in Chicago author-date style, from whatever metadata was found; without an
 *  author the title leads. */
export function chicagoCitation(article: Article): string {
  const names = article.authors.map((a) => a.name);
  const authors =
    names.length === 0
      ? ''
      : names.length === 1
        ? invertName(names[0] as string)
        : `${invertName(names[0] as string)}, and ${names.slice(1).join(', ')}`;
  const [y, m, d] = (article.published ?? '').split('-').map(Number);
  const year = closed(y ? String(y) : 'n.d.');
  const day = m && d ? `, ${ENGLISH_MONTHS[m - 1]} ${d}` : '';
  // the title's own closing mark stands inside the quotes instead of the period
  const title = article.title ? `“${closed(article.title)}”` : '';
  const head = authors ? [closed(authors), year, title] : [title, year];
  const parts = [...head, article.publisher ? closed(`${article.publisher}${day}`) : '', article.url ?? ''];
  return parts.filter(Boolean).join(' ');
}
