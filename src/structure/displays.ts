import type { ArticleBlock, Block, FontInfo, Line, Span } from '../model/document.js';
import { blockText } from '../model/text.js';
import type { ParagraphPiece } from './paragraphs.js';

/**
 * Display material set apart from the running text: program code and command lines in a
 * monospaced face, and formulas. Each run of them becomes one block whose lines stay lines
 * (Markdown: a code block), so a formula set on five baselines is not five one-word paragraphs,
 * and neither is read for entities, figures or claims.
 */

/** A monospaced face by its family or name. */
const MONOSPACE = /mono|courier|consol|menlo|typewriter|\btt\b|cmtt/i;

/** Characters that only formulas use in running quantity: operators, relations, Greek letters,
 *  raised and lowered digits, brackets a sentence rarely needs, and the bracket glyphs a symbol
 *  font's text layer often maps to Latin letters (ð … Þ, ½ … ). */
const MATH_CHAR = /[\u0001-\u0008\u000E-\u001F=+\u2212×÷±∑∏∫√∂∇∞≤≥≈≠∈∉⊂⊃∪∩→←↔⇒⇔~{}^_|<>\u0370-\u03FF⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉ðÞ½]/gu;

/** A radical sign's bar as a symbol font's text layer gives it: a run of ffi glyphs. */
const RADICAL = /(?:ffi){4,}/;

/** A formula's number alone: "(3)", or a symbol font's "ð3Þ". */
const FORMULA_NUMBER = /^(?:\(\d{1,3}[a-z]?\)|ð\d{1,3}Þ)$/u;

/** Most words a piece of a formula holds when it has no formula characters of its own (a
 *  fraction's "dj", a lone exponent). */
const MAX_BARE_WORDS = 3;

/** Share of formula characters from which a longer line is a formula, not prose. */
const MATH_SHARE = 0.15;

/** Fewest formula characters that make a line evidence of a formula ("24/7" has one). */
const MIN_MATH_CHARS = 2;

const WORD = /[\p{L}\p{N}]+/gu;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

const isMonospace = (font: FontInfo): boolean => MONOSPACE.test(font.family) || MONOSPACE.test(font.name);

/** Marks runs of code and formula pieces and merges each run into one piece. */
export function markDisplays(pieces: readonly ParagraphPiece[], body: FontInfo | undefined): ParagraphPiece[] {
  const bodyMono = body !== undefined && isMonospace(body);
  const kinds = pieces.map((piece) => displayKind(piece, bodyMono));
  // in a document that sets formulas, a lone piece of bare variables is a piece of one too
  const setsFormulas = pieces.some((p, i) => kinds[i] === 'candidate' && isFormulaEvidence(textOf(p)));
  const out: ParagraphPiece[] = [];
  for (let i = 0; i < pieces.length; ) {
    const kind = kinds[i];
    if (kind === undefined || kind === 'candidate') {
      const end = runEnd(kinds, i, 'candidate');
      // a run of short pieces is a formula only when one of them shows it
      if (kind === 'candidate' && isFormulaRun(pieces.slice(i, end), setsFormulas)) {
        out.push({ kind: 'formula', blocks: pieces.slice(i, end).flatMap((p) => p.blocks) });
        i = end;
        continue;
      }
      out.push(pieces[i] as ParagraphPiece);
      i++;
      continue;
    }
    const end = runEnd(kinds, i, kind);
    out.push({ kind, blocks: pieces.slice(i, end).flatMap((p) => p.blocks) });
    i = end;
  }
  return out;
}

type DisplayKind = 'code' | 'candidate' | undefined;

function displayKind(piece: ParagraphPiece, bodyMono: boolean): DisplayKind {
  if (piece.kind !== 'paragraph') return undefined;
  const lines = piece.blocks.flatMap((b) => b.lines);
  if (!bodyMono && lines.length > 0 && lines.every((l) => isMonospace(l.font))) return 'code';
  const text = textOf(piece);
  const words = text.match(WORD)?.length ?? 0;
  if (words <= MAX_BARE_WORDS || isFormulaEvidence(text)) return 'candidate';
  return undefined;
}

/** A run of short pieces is a formula when one of them shows it, when two or more hold nothing
 *  but symbols and one- or two-letter variables ("j", "h i", "B D"), or, in a document that sets
 *  formulas elsewhere, when all of them do. */
function isFormulaRun(run: readonly ParagraphPiece[], setsFormulas: boolean): boolean {
  const texts = run.map(textOf);
  const symbolic = texts.filter(isSymbolic).length;
  return texts.some(isFormulaEvidence) || symbolic >= 2 || (setsFormulas && symbolic === texts.length);
}

/** Text with no word of three letters or more: variables, indices, operators. */
const isSymbolic = (text: string): boolean => !/\p{L}{3}/u.test(text);

/** Consecutive pieces of one kind, from `start`. */
function runEnd(kinds: readonly DisplayKind[], start: number, kind: DisplayKind): number {
  let end = start + 1;
  while (end < kinds.length && kinds[end] === kind) end++;
  return end;
}

const textOf = (piece: ParagraphPiece): string => piece.blocks.map(blockText).join(' ').trim();

/** True when a text is mostly formula: a formula number, or enough formula characters. */
export function isFormulaEvidence(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  if (FORMULA_NUMBER.test(compact) || RADICAL.test(compact)) return true;
  const math = compact.match(MATH_CHAR)?.length ?? 0;
  return math >= MIN_MATH_CHARS && math / Math.max(1, compact.length) >= MATH_SHARE;
}

/** A code or formula piece as an article block: its lines kept as lines, as printed. */
export function toDisplayBlock(piece: ParagraphPiece, id: string): ArticleBlock {
  const lines: Line[] = piece.blocks.flatMap((b: Block) => b.lines);
  const spans: Span[] = [];
  for (const line of lines) {
    // control characters are a symbol font's unmapped glyphs: nothing a reader could see
    const shown = line.spans.map((s) => ({ ...s, text: s.text.replace(CONTROL, '') })).filter((s) => s.text !== '');
    if (shown.every((s) => s.text.trim() === '')) continue; // a line of such glyphs alone
    if (spans.length > 0) spans.push({ text: '\n', prov: [] });
    spans.push(...shown);
  }
  const text = spans.map((s) => s.text).join('');
  const pages = [...new Set(piece.blocks.map((b) => b.page))].sort((x, y) => x - y);
  return { id, kind: piece.kind as 'code' | 'formula', text, spans, pages };
}
