import type { Article } from '../../model/document.js';
import { isOrganisation } from './names.js';

/** CSL item types opclean assigns; `article` when nothing names a publication. */
export type CslType = 'article' | 'article-newspaper' | 'article-magazine' | 'post-weblog' | 'report';

/** An address on a blog: a blog host or a /blog/ path, or a blogging platform's domain. */
const BLOG_URL =
  /^https?:\/\/(?:blog\.|[^/]*\.(?:blogspot|wordpress|substack|medium|typepad|tumblr)\.com\b|medium\.com\/|[^/]+\/(?:[^/]+\/)*blogs?\/)/i;

/** A title that names a report-like publication. */
const REPORT_TITLE =
  /\b(?:report|brief|briefing|working paper|policy paper|discussion paper|white paper|issue paper|annual review|fact sheet)\b/i;

/** Words in a publisher's name that make it a newspaper. */
const NEWSPAPER =
  /\b(?:Times|Post|Herald|Tribune|Gazette|Daily|Telegraph|Chronicle|Guardian|Observer|Courier|Globe|Inquirer|Newspaper|Zeitung|Dispatch|Sentinel|Examiner)\b/;

/** The CSL type that fits what the article shows of itself: its address, its publisher's name,
 *  its title; `article-magazine` for any other named publication, `article` without one. */
export function itemTypeOf(article: Article): CslType {
  if (article.url && BLOG_URL.test(article.url)) return 'post-weblog';
  const publisher = article.publisher ?? '';
  if (publisher && NEWSPAPER.test(publisher)) return 'article-newspaper';
  if (article.title && REPORT_TITLE.test(article.title)) return 'report';
  // a report producer (an institute, an office, a ministry) publishing under its own name
  if (publisher && isOrganisation(publisher) && article.authors.every((a) => isOrganisation(a.name))) return 'report';
  // a piece in a periodical or on a site that publishes articles: as `article` with a
  // container, APA would print "In E-International Relations", as for a chapter in a book
  if (publisher) return 'article-magazine';
  return 'article';
}
