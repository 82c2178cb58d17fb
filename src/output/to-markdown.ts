import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

interface YamlNode {
  type: 'yaml';
  value: string;
}

const processor = unified()
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fences: true,
    rule: '-',
    // the frontmatter node, serialised here rather than through remark-frontmatter, whose parser
    // side this writer never needs
    handlers: { yaml: (node: YamlNode) => `---\n${node.value}\n---` },
  } as Parameters<typeof remarkStringify>[0])
  // footnote references and definitions ([^1], [^1]: …), read the same by GitHub, pandoc and remark
  .use(remarkGfm)
  .freeze();

/** Serialises an mdast tree to Markdown with remark-stringify and the GFM extensions. */
export const toMarkdown = (tree: Root): string => processor.stringify(tree);
