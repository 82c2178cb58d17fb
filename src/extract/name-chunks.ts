import { OF_HEADS, ORG_HEADS, OTHER_HEADS, TITLES } from './entity-lexicon.js';
import type { Token } from './name-tokens.js';

/** A run of capitalised words (with inner connectors and numbers) that may be a name. */
export interface Chunk {
  readonly tokens: readonly Token[];
}

/** Name particles that join capitalised words of a person's name ("von der", "bin"). */
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'da', 'di']);
/** Connectors allowed inside a name, and what the words around them must be (see below). */
const OF_LIKE = new Set(['of', 'for', 'on']);
const AND_LIKE = new Set(['and', '&']);

const lower = (t: Token | undefined): string => (t?.text ?? '').toLowerCase().replace(/\.$/, '');

/** The capitalised (or number) run starting at index i, stopping at a sentence start or punctuation. */
function runFrom(tokens: readonly Token[], i: number): Token[] {
  const run: Token[] = [];
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (j > i && (!t.joinsPrevious || t.isInitial || run[run.length - 1]?.isPossessive)) break;
    if (t.isCapitalised || (t.isNumber && run.length > 0)) run.push(t);
    else break;
  }
  return run;
}

/** Whether a connector may join the run after it to the chunk before it. */
function connects(connector: string, before: readonly Token[], after: readonly Token[]): boolean {
  const last = after[after.length - 1];
  if (!last || after[0]?.isNumber) return false;
  if (PARTICLES.has(connector)) return true;
  if (OF_LIKE.has(connector)) return OF_HEADS.has(lower(before[before.length - 1])) || TITLES.has(lower(before[0]));
  if (AND_LIKE.has(connector)) return before.length <= 2 && (OTHER_HEADS.has(lower(last)) || ORG_HEADS.has(lower(last)));
  // "Made in China 2025": a programme name ending in a number or a programme word
  if (connector === 'in') return before.length === 1 && (last.isNumber || OTHER_HEADS.has(lower(last)));
  return false;
}

/** Numbers stay inside a name only where they cannot be a figure: "Chip 4 Alliance", "Industry 4.0". */
function trimNumbers(run: Token[], hasConnector: boolean): Token[] {
  const out = [...run];
  while (out.length && out[out.length - 1]?.isNumber) {
    const number = out[out.length - 1] as Token;
    if (number.text.includes('.') || hasConnector) break;
    out.pop();
  }
  return out;
}

/** Finds candidate name chunks in a block's tokens, longest first, without overlaps. */
export function findChunks(tokens: readonly Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    if (!first.isCapitalised) {
      i++;
      continue;
    }
    let chunk = runFrom(tokens, i);
    let hasConnector = false;
    let j = i + chunk.length;
    for (;;) {
      const c1 = tokens[j];
      const c2 = tokens[j + 1];
      if (!c1 || !c1.joinsPrevious || c1.isCapitalised || chunk[chunk.length - 1]?.isPossessive) break;
      const skip = lower(c1) === 'of' && lower(c2) === 'the' && c2?.joinsPrevious ? 2 : 1;
      const after = runFrom(tokens, j + skip);
      if (!tokens[j + skip]?.joinsPrevious || !connects(lower(c1), chunk, after)) break;
      chunk = [...chunk, ...tokens.slice(j, j + skip), ...after];
      hasConnector = true;
      j += skip + after.length;
    }
    const kept = trimNumbers(chunk, hasConnector);
    if (kept.length) chunks.push({ tokens: kept });
    i = Math.max(i + 1, j);
  }
  return chunks;
}
