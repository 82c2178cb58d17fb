import type { OpcleanJson } from '../output/to-json.js';
import { articleHtml } from './article-html.js';
import { esc, jsonForScript, num, pageStart } from './html.js';
import { diagnosticsHtml, metadataHtml } from './metadata-html.js';
import { type PageToDraw, linkBlocks, pagesHtml } from './page-view.js';
import { ROLE_GROUPS } from './roles.js';
import { extractionHtml, removedHtml } from './tables-html.js';

/** What one document's review page is made from. */
export interface ReviewDocument {
  /** The output name, folders included: `2024/x` for `<out>/2024/x.json`. */
  readonly name: string;
  readonly status: string;
  readonly json: Partial<OpcleanJson>;
  /** The pages to draw, with their pictures' URLs relative to the page where there are any. */
  readonly pages: readonly PageToDraw[];
  /** Why some or all pages have no picture, said once above them. */
  readonly pictureNote?: string;
}

const HIGHLIGHTS = [
  ['e-person', 'People'],
  ['e-organization', 'Organisations'],
  ['e-place', 'Places'],
  ['e-other', 'Other entities'],
  ['f', 'Figures'],
  ['c', 'Claims'],
] as const;

/** `../` as many times as the page stands below the site's root: doc/ and the name's folders. */
export const rootOf = (name: string): string => '../'.repeat(name.split('/').length);

/** What the inspector shows for each entity, figure and claim: a label and lines of detail. */
function itemDetails(json: Partial<OpcleanJson>): Record<string, readonly string[]> {
  const details: Record<string, readonly string[]> = {};
  const evidence = (list: readonly string[]): string => `evidence: ${list.join(', ') || '—'}`;
  (json.entities ?? []).forEach((e, i) => {
    details[`e${i}`] = [
      `${e.name} — ${e.type}${e.country ? ` (${e.country})` : ''}`,
      `id ${e.id}, ${e.count} mention${e.count === 1 ? '' : 's'}`,
      `confidence ${num(e.confidence)}; ${evidence(e.evidence)}`,
      ...(e.aliases.length > 0 ? [`also ${e.aliases.join(', ')}`] : []),
    ];
  });
  (json.figures ?? []).forEach((f, i) => {
    const value = [f.approximate ? '≈' : '', f.value ?? '—', f.unit ? ` ${f.unit}` : '', f.per ? ` per ${f.per}` : ''].join('');
    details[`f${i}`] = [
      `${f.text} — ${f.kind}`,
      `value ${value}${f.low !== undefined || f.high !== undefined ? ` (${f.low ?? '…'} to ${f.high ?? '…'})` : ''}${f.date ? `, date ${f.date}` : ''}`,
      `confidence ${num(f.confidence)}; ${evidence(f.evidence)}`,
    ];
  });
  (json.claims ?? []).forEach((c, i) => {
    details[`c${i}`] = [
      `claim — ${c.kinds.join(', ') || 'no kind'}${c.checkable ? ', checkable' : ''}${c.hedged ? `, hedged (${c.hedges.join(', ')})` : ''}`,
      `confidence ${num(c.confidence)}, score ${c.score}; cues: ${c.cues.join(', ') || '—'}`,
      evidence(c.evidence),
    ];
  });
  return details;
}

/** One document's review page: the PDF's pages with every block outlined beside the cleaned
 *  article, the metadata with its evidence, the removed lines and what extraction found. */
export function documentPage(doc: ReviewDocument): string {
  const { json } = doc;
  const root = rootOf(doc.name);
  const linked = linkBlocks(json, doc.pages);
  const title = json.title ?? doc.name;
  const toggles = HIGHLIGHTS.map(
    ([key, label]) =>
      `<label class="toggle"><input type="checkbox" checked data-hide="hide-${key}"><span class="hl ${key === 'f' || key === 'c' ? key : `e ${key}`}">${label}</span></label>`,
  ).join('');
  const legend = ROLE_GROUPS.map(
    (g) =>
      `<label class="toggle"><input type="checkbox" checked data-hide="hide-g-${g.key}"><svg class="swatch" viewBox="0 0 20 12" aria-hidden="true"><rect class="blk g-${g.key}${g.isRemoved ? ' removed' : ''}" x="1" y="1" width="18" height="10"/></svg>${esc(g.label)}</label>`,
  ).join('');
  return `${pageStart(title, root, 'doc-page', { href: '#article-pane', label: 'Skip to the article' })}<header class="top">
<nav aria-label="Review"><a href="${root}index.html">All documents</a></nav>
<h1>${esc(title)}</h1>
<p class="sub"><span class="status s-${esc(doc.status)}">${esc(doc.status)}</span> <span>${esc(json.source?.file ?? doc.name)}</span> <span>${json.source?.pages ?? doc.pages.length} pages</span> <span>schema ${esc(json.schemaVersion ?? '?')}</span></p>
</header>
<div class="toolbar">
<fieldset><legend>Highlight</legend>${toggles}</fieldset>
<fieldset class="legend"><legend>Outlines</legend>${legend}</fieldset>
</div>
<main class="split">
<section id="pages-pane" class="pane pages" aria-label="PDF pages" tabindex="-1">
${doc.pictureNote ? `<p class="note">${esc(doc.pictureNote)}</p>` : ''}
${doc.pages.length === 0 ? '<p class="note">No page sizes in this JSON (written before schema 1.6.0): convert the PDF again to see its pages.</p>' : pagesHtml(linked)}
</section>
<section id="article-pane" class="pane" aria-label="Cleaned article" tabindex="-1">
${metadataHtml(json, linked.blocksOf)}
${articleHtml(json, linked.blocksOf)}
${removedHtml(json, linked.blocksOf)}
${extractionHtml(json)}
${diagnosticsHtml(json)}
</section>
</main>
<aside id="inspector" class="inspector" aria-live="polite" aria-label="Details"><p>Hover over or focus a paragraph, a removed line or a block on a page to see where it came from.</p></aside>
<script type="application/json" id="review-data">${jsonForScript(itemDetails(json))}</script>
<script src="${root}assets/review.js"></script>
</body>
</html>
`;
}
