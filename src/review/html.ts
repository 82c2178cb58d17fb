/** HTML escaping for the review pages: every string from a document goes through here. */

const MARKUP: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Characters no HTML page should hold: C0 controls but tab, line feed and carriage return, DEL,
 *  C1 controls, and surrogates without their other half (pdf.js hands these on from broken fonts). */
const UNPRINTABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for HTML content or a quoted attribute value: markup characters escaped, unprintable
 *  characters shown as U+FFFD. */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => MARKUP[c] as string).replace(UNPRINTABLE, '\uFFFD');

/** A value for a `<script type="application/json">` element: no `<` can close the element or
 *  open a comment, and line separators stay escaped. */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** A relative URL from folder segments and a file name, each segment percent-encoded, so that
 *  names holding `#`, `?`, `%` or spaces stay one path. */
export const hrefOf = (segments: readonly string[]): string => segments.map(encodeURIComponent).join('/');

/** An address fit for an href: http(s) only, anything else (javascript:, data:) is no link. */
export const safeUrl = (url: string): string | undefined => (/^https?:\/\/[^\s<>"]+$/i.test(url) ? url : undefined);

/** A number as a person reads it: at most two decimals. */
export const num = (n: number): string => String(Math.round(n * 100) / 100);

/** The opening of a review page up to its header: the document head with the shared stylesheet
 *  (`root` is the way back to the site's folder), the body's class and a link that skips to the
 *  main content. `title` is escaped here. */
export const pageStart = (title: string, root: string, bodyClass: string, skip: { href: string; label: string }): string =>
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — opclean review</title>
<link rel="stylesheet" href="${root}assets/review.css">
</head>
<body class="${bodyClass}">
<a class="skip" href="${skip.href}">${skip.label}</a>
`;
