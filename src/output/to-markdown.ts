import type { Root } from 'mdast';
import { type Processor, gfmFootnoteToMarkdown, remarkStringify, unified } from './markdown-packages.js';

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
  .use(gfmFootnotes)
  .freeze();

/** Footnote references and definitions ([^1], [^1]: …), read the same by GitHub, pandoc and
 *  remark. Only GFM's footnotes: its autolink extension would escape every address in the text
 *  (`https\://`) so that no Markdown reader links it. */
function gfmFootnotes(this: Processor): void {
  const data = this.data();
  data.toMarkdownExtensions ??= [];
  data.toMarkdownExtensions.push(gfmFootnoteToMarkdown());
}

/** Serialises an mdast tree to Markdown with remark-stringify and GFM footnotes. */
export const toMarkdown = (tree: Root): string => processor.stringify(tree);
