import type { Root } from 'mdast';
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
  .freeze();

/** Serialises an mdast tree to Markdown with remark-stringify. */
export const toMarkdown = (tree: Root): string => processor.stringify(tree);
