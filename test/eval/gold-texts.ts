import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../../src/model/document.js';
import { articleFrom } from '../helpers/article.js';

/** Where the shared corpus lives (override with OPCLEAN_CORPUS). */
export const CORPUS = process.env.OPCLEAN_CORPUS ?? path.resolve(import.meta.dirname, '../../../shared/corpus');

export interface DevGold {
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
