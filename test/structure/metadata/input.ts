import type { Block, DocInfo } from '../../../src/model/document.js';
import type { MetadataInput } from '../../../src/structure/metadata/front.js';
import { PAGE_HEIGHT, font } from '../../helpers/layout.js';

/** A metadata finder's input over the blocks given, in order (ids made unique), 11 pt body. */
export function inputOf(blocks: readonly Block[], info: DocInfo = {}): MetadataInput {
  return {
    blocks: blocks.map((b, i) => ({ ...b, id: `p${b.page}-b${i}` })),
    body: font(),
    info,
    pageHeight: () => PAGE_HEIGHT,
  };
}
