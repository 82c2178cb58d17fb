import type { OpcleanJson } from '../output/to-json.js';
import { esc, num } from './html.js';

/** A link to a paragraph of the article pane (review.js focuses it). */
const toParagraph = (id: string): string => `<a href="#${esc(id)}">${esc(id)}</a>`;

const confidence = (c: number | undefined): string => (c === undefined ? '' : num(c));
const tags = (list: readonly string[] | undefined): string => (list ?? []).map((t) => `<code>${esc(t)}</code>`).join(' ');

/** One table with a caption; nothing when it has no rows. */
function table(id: string, caption: string, head: readonly string[], rows: readonly string[]): string {
  if (rows.length === 0) return `<section aria-labelledby="${id}-h"><h2 id="${id}-h">${caption} (0)</h2></section>`;
  return (
    `<section aria-labelledby="${id}-h"><h2 id="${id}-h">${caption} (${rows.length})</h2>` +
    `<div class="scroll"><table id="${id}"><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.join('\n')}</tbody></table></div></section>`
  );
}

/** Every line taken out of the body with its kind, page and evidence; each row is focusable
 *  and points at its block on the page. */
export function removedHtml(json: Partial<OpcleanJson>, blocksOf: ReadonlyMap<string, readonly string[]>): string {
  const rows = (json.removed ?? []).map(
    (r, i) =>
      `<tr id="removed-${i}" class="para" tabindex="0" data-blocks="${esc(blocksOf.get(`removed-${i}`)?.join(' ') ?? '')}">` +
      `<td><span class="kind">${esc(r.kind)}</span></td><td>${r.page}</td><td class="text">${esc(r.text)}</td><td>${esc(r.evidence ?? '')}</td></tr>`,
  );
  return table('removed', 'Removed lines', ['Kind', 'Page', 'Text', 'Evidence'], rows);
}

/** Entities, figures and claims, each row with its normalised value, confidence and evidence. */
export function extractionHtml(json: Partial<OpcleanJson>): string {
  const entities = (json.entities ?? []).map(
    (e, i) =>
      `<tr id="item-e${i}"><td><span class="hl e e-${esc(e.type)}">${esc(e.name)}</span>${e.aliases.length > 0 ? `<br><small>also ${e.aliases.map(esc).join(', ')}</small>` : ''}</td>` +
      `<td>${esc(e.type)}${e.country ? ` (${esc(e.country)})` : ''}</td><td><code>${esc(e.id)}</code></td><td>${e.count}</td>` +
      `<td>${confidence(e.confidence)}</td><td>${tags(e.evidence)}</td>` +
      `<td>${[...new Set(e.mentions.map((m) => m.paragraph))].map(toParagraph).join(' ')}</td></tr>`,
  );
  const figures = (json.figures ?? []).map((f, i) => {
    const range = f.low !== undefined || f.high !== undefined ? ` (${f.low ?? '…'}–${f.high ?? '…'})` : '';
    const value = `${f.approximate ? '≈' : ''}${f.value ?? ''}${range}${f.unit ? ` ${esc(f.unit)}` : ''}${f.per ? ` per ${esc(f.per)}` : ''}${f.date ? ` <time>${esc(f.date)}</time>` : ''}`;
    return (
      `<tr id="item-f${i}"><td><span class="hl f">${esc(f.text)}</span></td><td>${esc(f.kind)}</td><td>${value}</td>` +
      `<td>${confidence(f.confidence)}</td><td>${tags(f.evidence)}</td><td>${toParagraph(f.paragraph)}</td></tr>`
    );
  });
  const claims = (json.claims ?? []).map(
    (c, i) =>
      `<tr id="item-c${i}"><td class="text"><span class="hl c">${esc(c.text)}</span></td><td>${c.kinds.map(esc).join(', ')}</td>` +
      `<td>${confidence(c.confidence)}</td><td>${c.checkable ? 'yes' : 'no'}</td><td>${c.hedged ? c.hedges.map(esc).join(', ') || 'yes' : ''}</td>` +
      `<td>${tags(c.cues)}</td><td>${tags(c.evidence)}</td><td>${toParagraph(c.paragraph)}</td></tr>`,
  );
  return [
    table('entities', 'Entities', ['Name', 'Type', 'Id', 'Mentions', 'Confidence', 'Evidence', 'Paragraphs'], entities),
    table('figures', 'Figures', ['Text', 'Kind', 'Value', 'Confidence', 'Evidence', 'Paragraph'], figures),
    table('claims', 'Claims', ['Sentence', 'Kinds', 'Confidence', 'Checkable', 'Hedges', 'Cues', 'Evidence', 'Paragraph'], claims),
  ].join('\n');
}
