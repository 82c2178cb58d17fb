/**
 * The Markdown serializer's packages (unified, remark-stringify, the GFM footnote extension and
 * the few dozen small modules they import), re-exported from one module. The build bundles this
 * file into one script (`npm run build`, esbuild): Node loads the packages' sixty-odd ES modules
 * one by one, which took 90 ms of every conversion worker's start, the bundle about 20 ms. Run
 * from source (tsx, vitest), it simply re-exports the packages.
 */
export { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
export { default as remarkStringify } from 'remark-stringify';
export { type Processor, unified } from 'unified';
