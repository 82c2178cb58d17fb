import { createRequire } from 'node:module';

/** opclean's version, from package.json (dist/run/ and src/run/ both sit two folders below it). */
export const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
