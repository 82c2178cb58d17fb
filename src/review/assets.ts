import { fileURLToPath } from 'node:url';

/** The files every review site holds once, in its `assets/` folder. */
export const ASSET_FILES: readonly string[] = ['review.css', 'review.js'];

/** Where the asset files are: src/review/assets/ in the package, for the compiled build
 *  (dist/review/) and the sources alike, as tsc copies no CSS or JS. */
export const assetPath = (file: string): string => fileURLToPath(new URL(`../../src/review/assets/${file}`, import.meta.url));
