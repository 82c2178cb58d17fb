import fs from 'node:fs';
import path from 'node:path';
import type { Article, ArticleBlock } from '../../src/model/document.js';
import { articleFrom, paragraphBlock } from '../helpers/article.js';
import type { ExhaustiveGold } from './exhaustive.js';

/** Where the shared corpus lives (override with OPCLEAN_CORPUS). */
export const CORPUS = process.env.OPCLEAN_CORPUS ?? path.resolve(import.meta.dirname, '../../../shared/corpus');

export interface DevGold extends ExhaustiveGold {
  name: string;
  published: string;
  author: string;
  paragraphs: string[];
  paragraph_pages: number[][];
  entities: { name: string; type: string; aliases?: string[] }[];
  figures: { text: string; value: number | null; kind: string }[];
}

/** The dev corpus gold files (one per PDF). */
export function devGolds(): DevGold[] {
  const dir = path.join(CORPUS, 'dev');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => ({ ...JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')), name: f.replace('.gold.json', '') }));
}

/** A gold file's paragraphs as an Article (one span per paragraph page). */
export const devArticle = (g: DevGold): Article =>
  articleFrom({ paragraphs: g.paragraphs, paragraphPages: g.paragraph_pages, published: g.published, author: g.author });

/** A gold file's `blocks` (headings and paragraphs, as the PDF prints them and as the scorer's
 *  exhaustive gold covers them) as an Article; a heading stands on the page of the paragraph after it. */
export function devArticleBlocks(g: DevGold): Article {
  const base = devArticle(g);
  if (!g.blocks?.length) return base;
  let p = 0;
  let h = 0;
  const blocks: ArticleBlock[] = g.blocks.map((b, i) => {
    if (b.type !== 'heading') {
      p++;
      return paragraphBlock(`p${p}`, b.text, g.paragraph_pages?.[p - 1]);
    }
    h++;
    const next = g.blocks?.slice(i + 1).filter((x) => x.type !== 'heading').length ?? 0;
    const page = g.paragraph_pages?.[g.paragraphs.length - next]?.[0] ?? 1;
    return { ...paragraphBlock(`h${h}`, b.text, [page]), kind: 'heading', level: 2 };
  });
  return { ...base, blocks };
}

/** An nlp-gold text split at blank lines, with each paragraph's offset in the whole text. */
export function splitText(text: string): { paragraphs: string[]; offsets: number[] } {
  const paragraphs: string[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const part of text.split('\n\n')) {
    paragraphs.push(part);
    offsets.push(at);
    at += part.length + 2;
  }
  return { paragraphs, offsets };
}
