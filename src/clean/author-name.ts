import { WRITTEN_BY, parseByline, titleCaseName } from '../model/bylines.js';
import type { Context } from '../model/context.js';
import type { Block, Correction, PageLayout } from '../model/document.js';
import { mapBlocks, typoDistance } from './text.js';
import { blockText, lineText } from '../model/text.js';

/** Names this close (edits, transpositions counting one, per character) are one name misspelt:
 *  "Gojayeve"/"Gojayev" and "Bsuh"/"Bush" are 1 edit; two different people's names are much further apart. */
const TYPO_RATE = 0.15;

interface Sighting {
  readonly name: string; // as printed
  readonly page: number;
  readonly mixedCase: boolean;
  /** A vote's weight: running headers are where misspellings are printed, so on a tie the
   *  byline and the PDF info win (weights just above one, so headers still outvote them). */
  readonly weight: number;
}

const HEADER_WEIGHT = 1;
const BYLINE_WEIGHT = 1.1;
const INFO_WEIGHT = 1.05;

const normalName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[.\s]+/g, ' ')
    .trim();

/** Finds the author's name in running headers ("Written by …"), the byline and the PDF info,
 *  takes the majority spelling as canonical and rewrites the misspelt variants in place. */
export function fixAuthorName(doc: PageLayout, ctx: Context): PageLayout {
  const sightings = collectSightings(doc);
  const canonical = pickCanonical(sightings);
  if (!canonical) return doc;
  const variants = new Map<string, number[]>();
  for (const s of sightings) {
    const n = normalName(s.name);
    if (n === normalName(canonical) || !isTypoOf(n, normalName(canonical))) continue;
    variants.set(s.name, [...(variants.get(s.name) ?? []), s.page]);
  }
  if (variants.size === 0) return doc;
  const corrections: Correction[] = [];
  let fixed = doc;
  for (const [variant, pages] of variants) {
    const swaps = wordSwaps(variant, canonical);
    fixed = mapBlocks(fixed, (block) => rewriteBlock(block, variant, swaps));
    corrections.push({
      field: 'author',
      from: variant,
      to: canonical,
      pages: [...new Set(pages)].filter((p) => p > 0),
      reason: 'misspelt author name in a running header or byline; the majority spelling is kept',
    });
    ctx.warn('clean/author-name', `author name "${variant}" corrected to "${canonical}"`);
  }
  return { ...fixed, corrections: [...fixed.corrections, ...corrections] };
}

function collectSightings(doc: PageLayout): Sighting[] {
  const out: Sighting[] = [];
  for (const page of doc.pages) {
    for (const block of page.blocks) {
      if (block.role === 'running-header') {
        for (const line of block.lines) {
          const m = WRITTEN_BY.exec(lineText(line).trim());
          if (m?.[1]) out.push({ name: m[1].trim(), page: page.page, mixedCase: m[1] !== m[1].toUpperCase(), weight: HEADER_WEIGHT });
        }
      } else if (page.page === 1 && block.role === 'body' && block.lines.length === 1) {
        const byline = parseByline(blockText(block));
        if (byline)
          out.push({
            name: byline.name.replace(/^by\s+/i, ''),
            page: 1,
            mixedCase: byline.name !== byline.name.toUpperCase(),
            weight: BYLINE_WEIGHT,
          });
      }
    }
  }
  if (doc.info.author)
    out.push({ name: doc.info.author, page: 0, mixedCase: doc.info.author !== doc.info.author.toUpperCase(), weight: INFO_WEIGHT });
  return out;
}

function isTypoOf(a: string, b: string): boolean {
  const max = Math.max(1, Math.floor(TYPO_RATE * Math.max(a.length, b.length)));
  return typoDistance(a, b) <= max;
}

/** The spelling most sightings agree on (case aside), printed as a mixed-case source has it. */
function pickCanonical(sightings: readonly Sighting[]): string | undefined {
  const votes = new Map<string, number>();
  for (const s of sightings) votes.set(normalName(s.name), (votes.get(normalName(s.name)) ?? 0) + s.weight);
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const best = ranked[0]?.[0];
  if (best === undefined) return undefined;
  const display = sightings.find((s) => s.mixedCase && normalName(s.name) === best) ?? sightings.find((s) => normalName(s.name) === best);
  return display ? titleCaseName(display.name) : undefined;
}

/** The words that differ between a variant and the canonical name, same word count only. */
function wordSwaps(variant: string, canonical: string): [string, string][] {
  const a = variant.split(/\s+/);
  const b = canonical.split(/\s+/);
  if (a.length !== b.length) return [[variant, canonical]];
  return a.flatMap((word, i) => (word.toLowerCase() === b[i]?.toLowerCase() ? [] : [[word, b[i] ?? word] as [string, string]]));
}

/** Rewrites the misspelt words inside lines that name the author (other words of the name, or "Written by"). */
function rewriteBlock(block: Block, variant: string, swaps: readonly [string, string][]): Block {
  const anchors = variant.split(/\s+/).filter((w) => !swaps.some(([from]) => from === w) && w.length > 2);
  let changed = false;
  const lines = block.lines.map((line) => {
    const text = lineText(line);
    const namesAuthor = WRITTEN_BY.test(text.trim()) || anchors.some((w) => text.toLowerCase().includes(w.toLowerCase()));
    if (!namesAuthor) return line;
    const spans = line.spans.map((span) => {
      let t = span.text;
      for (const [from, to] of swaps) {
        t = t.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(from)}(?![\\p{L}])`, 'giu'), (hit) =>
          hit === hit.toUpperCase() ? to.toUpperCase() : to,
        );
      }
      if (t !== span.text) changed = true;
      return t === span.text ? span : { ...span, text: t };
    });
    return { ...line, spans };
  });
  return changed ? { ...block, lines } : block;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
