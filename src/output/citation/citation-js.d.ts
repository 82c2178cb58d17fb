// citation-js ships no types: the few calls opclean makes, typed here.
declare module '@citation-js/name' {
  export function parse(name: string): Record<string, string>;
}

declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options: { format: 'text'; template: string; lang: string }): string;
    format(
      format: 'citation',
      options: { format: 'text'; template: string; lang: string; entry: readonly { id: string; label: string; locator: string }[] },
    ): string;
    format(format: 'bibtex' | 'biblatex', options?: { format: 'text' }): string;
  }
  export const plugins: {
    output: { format(name: 'bibliography' | 'citation', data: readonly unknown[], options: Record<string, unknown>): unknown };
    config: {
      get(name: '@csl'): {
        styles: { add(name: string, xml: string): void; has(name: string): boolean; get(name: string): unknown };
        locales: { get(name: string): unknown };
      };
    };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';

// citeproc-js ships no types either: the engine calls opclean makes.
declare module 'citeproc' {
  export interface Engine {
    setOutputFormat(format: 'text'): void;
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
    updateItems(ids: readonly string[]): void;
    makeBibliography(): [{ bibstart: string; bibend: string }, string[]];
    makeCitationCluster(items: readonly { id: string; label: string; locator: string }[]): string;
  }
  const CSL: {
    Engine: new (
      sys: { retrieveItem(id: string): unknown; retrieveLocale(lang: string): unknown },
      style: unknown,
      lang: string,
      forceLang: boolean,
    ) => Engine;
  };
  export default CSL;
}
