import type { Context } from '../model/context.js';
import type { PageLayout } from '../model/document.js';
import { mapBlocks } from './text.js';

/** Presentation forms (ligatures ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ, Arabic and Hebrew forms), fullwidth forms and odd
 *  spaces: compatibility characters that NFKC folds. Quotes and dashes are outside these ranges,
 *  so they stay as the author wrote them. */
const COMPATIBILITY = /[\uFB00-\uFB4F\uFB50-\uFDFF\uFE70-\uFEFF\uFF01-\uFF5E\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu;
/** Characters that carry nothing: zero-width spaces and joiners, byte-order marks. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Normalises ligatures and compatibility characters, keeping smart quotes and dashes. */
export function fixLigatures(doc: PageLayout, ctx: Context): PageLayout {
  let count = 0;
  const result = mapBlocks(doc, (block) => {
    let changed = false;
    const lines = block.lines.map((line) => ({
      ...line,
      spans: line.spans.map((span) => {
        const text = span.text.replace(INVISIBLE, '').replace(COMPATIBILITY, (ch) => ch.normalize('NFKC'));
        if (text === span.text) return span;
        changed = true;
        count++;
        return { ...span, text };
      }),
    }));
    return changed ? { ...block, lines } : block;
  });
  if (count > 0) ctx.note('clean/ligatures', `normalised compatibility characters in ${count} span(s)`);
  return result;
}
