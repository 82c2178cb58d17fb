import type { OpcleanJson } from '../output/to-json.js';
import { esc } from './html.js';
import { markedText, marksByParagraph, tagsOf } from './highlights.js';

/** Attributes that make an element of the article pane point at its blocks on the pages. */
const linkAttrs = (id: string, blocksOf: ReadonlyMap<string, readonly string[]>): string => {
  const blocks = blocksOf.get(id);
  return ` tabindex="0" data-blocks="${esc(blocks?.join(' ') ?? '')}"`;
};

/**
 * The cleaned article as the Markdown has it: headings, paragraphs, list items and code, each
 * with its anchor shown and its entities, figures and claims marked; then the notes and the bio.
 * Every element is focusable and names its source blocks (`data-blocks`).
 */
export function articleHtml(json: Partial<OpcleanJson>, blocksOf: ReadonlyMap<string, readonly string[]>): string {
  const marks = marksByParagraph(json);
  const out: string[] = [];
  for (const p of json.paragraphs ?? []) {
    const attrs = `id="${esc(p.id)}" class="para k-${esc(p.kind)}"${linkAttrs(p.id, blocksOf)} data-items="${tagsOf(marks.get(p.id))}"`;
    const anchor = `<span class="pid" aria-hidden="true">${esc(p.id)}</span>`;
    const text = markedText(p.text, marks.get(p.id));
    if (p.kind === 'heading') out.push(`<h3 ${attrs}>${anchor}${text}</h3>`);
    else if (p.kind === 'code' || p.kind === 'formula') out.push(`<pre ${attrs}>${anchor}${text}</pre>`);
    else if (p.kind === 'list-item' && p.list) {
      const level = Math.max(0, Math.min(6, Math.trunc(p.list.level)));
      out.push(`<p ${attrs} style="--level:${level}">${anchor}<span class="marker">${esc(p.list.marker)}</span> ${text}</p>`);
    } else out.push(`<p ${attrs}>${anchor}${text}</p>`);
  }
  if (out.length === 0) out.push('<p class="empty">No article text was found.</p>');
  const notes = (json.notes ?? []).map(
    (n, i) =>
      `<li id="note-${i}" class="para k-note"${linkAttrs(`note-${i}`, blocksOf)}><span class="pid" aria-hidden="true">[^${esc(n.id)}]</span>${esc(n.text)}` +
      `${n.refs.length > 0 ? ` <span class="refs">(marked in ${n.refs.map((r) => `<a href="#${esc(r)}">${esc(r)}</a>`).join(', ')})</span>` : ''}</li>`,
  );
  const bio = json.bio
    ? `<section aria-labelledby="bio-h"><h3 id="bio-h">About the author</h3><p id="bio" class="para k-bio"${linkAttrs('bio', blocksOf)} data-items="${tagsOf(marks.get('bio'))}">${markedText(json.bio.text, marks.get('bio'))}</p></section>`
    : '';
  return [
    `<section class="article" aria-labelledby="article-h"><h2 id="article-h">Article</h2>`,
    out.join('\n'),
    notes.length > 0
      ? `<section aria-labelledby="notes-h"><h3 id="notes-h">Notes</h3><ol class="notes">${notes.join('\n')}</ol></section>`
      : '',
    bio,
    '</section>',
  ].join('\n');
}
