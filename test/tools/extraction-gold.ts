/** The articles of test/extraction-gold/ (or another folder laid out alike): one sub-folder per
 *  fold, each article a text (`tK.txt`: a title line, then paragraphs between blank lines) and
 *  its gold (`tK.gold.json`). */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/model/document.js';
import { articleFrom } from '../helpers/article.js';

export const EXTRACTION_GOLD = fileURLToPath(new URL('../extraction-gold/', import.meta.url));

export interface ExtractionGold {
  readonly published?: string;
  readonly entities_all: readonly { name: string; type: string; aliases?: string[] }[];
  readonly entities_ignore?: readonly string[];
  readonly claims_checkable?: readonly string[];
  readonly claims_central?: readonly string[];
}

export interface GoldArticle {
  /** The sub-folder: its fold. */
  readonly group: string;
  /** `<group>/<file>`. */
  readonly document: string;
  readonly article: Article;
  readonly gold: ExtractionGold;
}

export function* goldArticles(folder: string = EXTRACTION_GOLD): Generator<GoldArticle> {
  const groups = readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const group of groups) {
    const dir = path.join(folder, group);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const gold = JSON.parse(readFileSync(path.join(dir, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as ExtractionGold;
      const paragraphs = readFileSync(path.join(dir, file), 'utf8')
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      const article = articleFrom({ paragraphs, ...(gold.published ? { published: gold.published } : {}) });
      yield { group, document: `${group}/${file}`, article, gold };
    }
  }
}
