import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' })
  .freeze();

/** Serialises an mdast tree to Markdown with remark-stringify. */
export const toMarkdown = (tree: Root): string => processor.stringify(tree);
