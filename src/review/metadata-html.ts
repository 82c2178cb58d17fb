import type { Evidence } from '../model/evidence.js';
import type { OpcleanJson } from '../output/to-json.js';
import { esc, safeUrl } from './html.js';

const FIELDS = [
  ['title', 'Title'],
  ['authors', 'Authors'],
  ['published', 'Published'],
  ['url', 'Address'],
  ['publisher', 'Publisher'],
] as const;

/** Where a value was read, as a person reads it: "byline, page 1: “By Jane Doe, May 2”". */
function evidenceHtml(evidence: Evidence | null | undefined): string {
  if (!evidence) return '';
  const where = evidence.page === null ? 'document information' : `page ${evidence.page}`;
  const page = evidence.page === null ? '' : ` data-page="${evidence.page}"`;
  const text = evidence.text ? `: <q>${esc(evidence.text)}</q>` : '';
  return `<span class="prov"${page}>from ${esc(evidence.source)}, ${where}${text}</span>`;
}

/** The metadata found, each field with its evidence, the fields missing, and the author-name
 *  corrections. */
export function metadataHtml(json: Partial<OpcleanJson>, blocksOf: ReadonlyMap<string, readonly string[]>): string {
  const rows = FIELDS.map(([key, label]) => {
    const evidence = json.provenance?.[key];
    let value: string;
    if (key === 'authors') {
      const authors = json.authors ?? [];
      value =
        authors.length === 0
          ? ''
          : authors.map((a) => `${esc(a.name)} <span class="src">(${a.sources.map(esc).join(', ')})</span>`).join('; ');
    } else if (key === 'url') {
      const url = json.url ?? '';
      const href = safeUrl(url);
      value = href ? `<a href="${esc(href)}" rel="noopener noreferrer">${esc(url)}</a>` : esc(url);
    } else value = esc(json[key] ?? '');
    const found = value !== '';
    // the title's row is focusable and points at the title's blocks, as a paragraph does
    const link =
      key === 'title'
        ? ` id="meta-title" class="para found" tabindex="0" data-blocks="${esc(blocksOf.get('meta-title')?.join(' ') ?? '')}"`
        : '';
    return (
      `<div${link || ` class="${found ? 'found' : 'missing'}"`}><dt>${label}</dt>` +
      `<dd>${found ? `${value} ${evidenceHtml(evidence)}` : '<span class="miss">not found</span>'}</dd></div>`
    );
  });
  const corrections = (json.corrections ?? []).map(
    (c) =>
      `<li><del>${esc(c.from)}</del> → <ins>${esc(c.to)}</ins> <span class="prov">pages ${c.pages.join(', ')}: ${esc(c.reason)}</span></li>`,
  );
  return [
    '<section class="meta" aria-labelledby="meta-h"><h2 id="meta-h">Metadata</h2>',
    `<dl>${rows.join('')}</dl>`,
    corrections.length > 0 ? `<h3>Author names corrected</h3><ul class="corrections">${corrections.join('')}</ul>` : '',
    '</section>',
  ].join('\n');
}

/** The diagnostics, warnings first. */
export function diagnosticsHtml(json: Partial<OpcleanJson>): string {
  const list = [...(json.diagnostics ?? [])].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'warning' ? -1 : 1));
  if (list.length === 0) return '';
  const items = list.map((d) => `<li class="${d.severity}"><code>${esc(d.code)}</code> <b>${d.severity}</b>: ${esc(d.message)}</li>`);
  return `<section aria-labelledby="diag-h"><h2 id="diag-h">Diagnostics (${list.length})</h2><ul class="diagnostics">${items.join('')}</ul></section>`;
}
