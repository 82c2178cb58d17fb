import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CiteStyle } from '../../model/options.js';
import type { Engine as CiteprocEngine } from 'citeproc';
import type { CslItem } from './csl.js';

/** What an in-text citation points into: a paragraph (by its number) or a page. */
export type LocatorLabel = 'paragraph' | 'page';

/** Each style's CSL template: APA 7 ships with @citation-js/plugin-csl; the other two are files
 *  beside this one (styles/README.md says where they came from and under which licence). */
const TEMPLATES: Readonly<Record<CiteStyle, { name: string; file?: string }>> = {
  apa: { name: 'apa' },
  chicago: { name: 'chicago-author-date', file: 'chicago-author-date.csl' },
  mla: { name: 'modern-language-association', file: 'modern-language-association.csl' },
};

/** The styles folder: beside this file in src/; the compiled file in dist/ reads it from src/,
 *  which the package ships (tsc copies no .csl files). */
const STYLES = new URL(import.meta.url.endsWith('.ts') ? './styles/' : '../../../src/output/citation/styles/', import.meta.url);

/** Renders references and BibTeX from CSL-JSON items; citeproc loaded once per process. */
export interface Citeproc {
  /** The reference as plain text in a style, one line. */
  reference(item: CslItem, style: CiteStyle): string;
  /** The item as a BibTeX entry, keyed by its citation key. */
  bibtex(item: CslItem): string;
  /** The CSL style file of a style (XML), for tools that take one: `pandoc --csl`. */
  styleXml(style: CiteStyle): string;
  /** An in-text citation of the item with a locator, in a style: "(Gojayev 2025, para. 6)". */
  inText(item: CslItem, style: CiteStyle, label: LocatorLabel, locator: string): string;
}

/** The locale every style renders in. */
const LANG = 'en-US';

let loading: Promise<Citeproc> | undefined;

/** Loads citation-js (core, CSL and BibTeX plugins) and the style files on first call; later
 *  calls share the same load, so a worker pays it once for all its files. */
export function loadCiteproc(): Promise<Citeproc> {
  loading ??= load();
  return loading;
}

/** CommonJS packages are required, not imported: Node's import of one first scans its source
 *  for the names it exports (cjs-module-lexer), about a fifth of loading citeproc. */
const require = createRequire(import.meta.url);

async function load(): Promise<Citeproc> {
  const { Cite, plugins } = require('@citation-js/core') as typeof import('@citation-js/core');
  const CSL = require('citeproc') as typeof import('citeproc').default;
  require('@citation-js/plugin-csl');
  require('@citation-js/plugin-bibtex');
  const csl = plugins.config.get('@csl');
  const styles = csl.styles;
  for (const { name, file } of Object.values(TEMPLATES)) {
    if (file && !styles.has(name)) styles.add(name, readFileSync(new URL(file, STYLES), 'utf8'));
  }
  // One engine per style, holding one item at a time: a conversion's reference and its two
  // in-text citations are rendered from one registration of its item. citation-js's output
  // formats re-register the item for each string (three times per article), which was most
  // of the time citations took.
  const engines = new Map<CiteStyle, { engine: CiteprocEngine; item?: CslItem }>();
  const engineWith = (item: CslItem, style: CiteStyle): CiteprocEngine => {
    let held = engines.get(style);
    if (!held) {
      const sys = { retrieveItem: () => held?.item, retrieveLocale: (lang: string) => csl.locales.get(lang) };
      const engine = new CSL.Engine(sys, styles.get(TEMPLATES[style].name), LANG, true);
      engine.setOutputFormat('text');
      engine.opt.development_extensions.wrap_url_and_doi = false;
      held = { engine };
      engines.set(style, held);
    }
    if (held.item !== item) {
      // by object, not id: another article may share the id, and updateItems reads its data anew
      held.item = item;
      held.engine.updateItems([item.id]);
    }
    return held.engine;
  };
  return {
    reference: (item, style) => {
      const [{ bibstart, bibend }, entries] = engineWith(item, style).makeBibliography();
      return `${bibstart}${entries.join('')}${bibend}`.replace(/\s+/g, ' ').trim();
    },
    styleXml: (style) => String(styles.get(TEMPLATES[style].name)),
    bibtex: (item) => `${new Cite(item).format('bibtex', { format: 'text' }).trim()}\n`,
    inText: (item, style, label, locator) =>
      engineWith(item, style)
        .makeCitationCluster([{ id: item.id, label, locator }])
        .trim(),
  };
}
