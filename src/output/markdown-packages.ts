/**
 * The Markdown serializer's packages (unified, remark-stringify, the GFM footnote extension and
 * the few dozen small modules they import), re-exported from one module. The build bundles this
 * file into one script (`npm run build`, esbuild): Node loads the packages' sixty-odd ES modules
 * one by one, 90 ms when imported alone against about 20 ms for the bundle (about 30 ms of a
 * one-file Markdown run, where they load beside pdf.js). Run from source (tsx, vitest), it
 * simply re-exports the packages.
 */
export { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
export { default as remarkStringify } from 'remark-stringify';
export { type Processor, unified } from 'unified';
