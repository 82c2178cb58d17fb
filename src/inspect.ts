import type { Block, PageLayout, RawDoc } from './model/document.js';
import type { Enriched } from './model/enriched.js';
import { roundBox } from './model/geometry.js';

const blockText = (block: Block): string => block.lines.map((line) => line.spans.map((s) => s.text).join('')).join(' ⏎ ');

/** Plain-text view of the read stage: one line per text item. */
export function viewRaw(raw: RawDoc): string {
  const out: string[] = [];
  for (const page of raw.pages) {
    out.push(`# page ${page.page} (${page.width.toFixed(0)}×${page.height.toFixed(0)})`);
    for (const item of page.items) {
      out.push(`${roundBox(item.box).join(',')} ${item.font.name}@${item.font.size.toFixed(1)} ${JSON.stringify(item.text)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Plain-text view of a layout: one line per block with page, role, column and text. */
export function viewLayout(doc: PageLayout): string {
  const out: string[] = [];
  for (const page of doc.pages) {
    for (const block of page.blocks) {
      out.push(
        `${block.id} ${block.role}${block.column ? ` c${block.column}` : ''} [${block.lines[0]?.font.size.toFixed(1)}] ${blockText(block)}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

/** Plain-text view of the article: metadata, then one line per paragraph or heading. */
export function viewArticle(article: Enriched | Omit<Enriched, 'entities' | 'figures' | 'claims'>): string {
  const meta = {
    title: article.title,
    authors: article.authors.map((a) => a.name),
    published: article.published,
    url: article.url,
    publisher: article.publisher,
    missing: article.missing,
  };
  const out = [JSON.stringify(meta)];
  for (const block of article.blocks) out.push(`${block.id} [${block.pages.join('-')}] ${block.text}`);
  if (article.bio) out.push(`bio ${article.bio.text}`);
  for (const n of article.notes ?? [])
    out.push(`note ${n.id} [${n.pages.join('-')}] → ${n.refs.map((r) => r.paragraph).join(',') || '-'}: ${n.text}`);
  for (const r of article.removed) out.push(`removed p${r.page} ${r.kind}: ${r.text}`);
  for (const c of article.corrections) out.push(`corrected ${c.from} → ${c.to}`);
  return `${out.join('\n')}\n`;
}
