import type { Article } from '../../src/model/document.js';
import { toCsl } from '../../src/output/citation/csl.js';
import type { Citation } from '../../src/output/index.js';

/** The date tests record as accessed: outputs stay the same from day to day. */
export const TEST_ACCESSED = '2026-01-15';

/** A citation for toJson without loading citeproc: the CSL item, and a stand-in reference. */
export const citationOf = (article: Article): Citation => ({ csl: toCsl(article, TEST_ACCESSED), reference: 'Reference.' });
