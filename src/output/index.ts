import type { Context } from '../model/context.js';
import type { Enriched } from '../model/enriched.js';
import { toJson } from './to-json.js';
import { toMarkdown } from './to-markdown.js';
import { toMdast } from './to-mdast.js';

export interface Rendered {
  readonly markdown?: string;
  readonly json?: string;
}

/** Renders the requested formats; the JSON carries the diagnostics gathered so far. */
export function render(article: Enriched, ctx: Context): Rendered {
  const formats = ctx.options.formats;
  return {
    ...(formats.includes('md') ? { markdown: toMarkdown(toMdast(article)) } : {}),
    ...(formats.includes('json') ? { json: `${JSON.stringify(toJson(article, ctx.diagnostics), null, 2)}\n` } : {}),
  };
}
