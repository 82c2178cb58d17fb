import type { Line, Span } from '../model/document.js';

/**
 * Glyphs that open a list item wherever they start a line: bullets, squares, check marks and
 * the private-use code points symbol fonts (Symbol, Wingdings) map their bullets to.
 */
const BULLET = /^[•◦▪▫■□●○‣⁃∙·✓✔✗☐☑➢➤►▶▸▹❖◆◇\uF000-\uF0FF]$/u;
/** Characters that open a list item only with more evidence: in prose a dash or an "o" can
 *  start a line too ("– one of my heroes"). */
const WEAK_BULLET = /^[-–—*+o]$/u;
/** Numbers, letters and roman numerals with a point or parenthesis: "1.", "2)", "(3)", "a.",
 *  "(b)", "iv.", "(IV)". Two digits at most: "(800)" opens a telephone number, "2023." a year. */
const ORDINAL = /^(?:\((?:\d{1,2}|[a-zA-Z]|[ivxlc]{1,5}|[IVXLC]{1,5})\)|(?:\d{1,2}|[a-zA-Z]|[ivxlc]{1,5}|[IVXLC]{1,5})[.)])$/u;
/** A gap wider than this share of the size between marker and text is a tab stop, not a word
 *  space (0.2-0.35 em in the fonts seen; list tabs run 0.6 em and up). */
const TAB_GAP_EM = 0.5;
/** A run of leader dots: a line of a table of contents, whose numbers are no list. */
const DOT_LEADER = /(?:\.\s?){4,}/u;

/** A marker found at the start of a line, before any evidence from its neighbours. */
export interface LineMarker {
  readonly marker: string;
  readonly ordered: boolean;
  /** A bullet glyph: a list item wherever it opens a line, unlike a dash, a letter or a number. */
  readonly strong: boolean;
  /** Set on a tab stop rather than a word space away from its text. */
  readonly tabbed: boolean;
  readonly x: number;
  readonly textX: number;
}

/** The kind of a marker, for telling siblings apart: the bullet glyph, or the numbering style
 *  (digits, lower or upper case, with its punctuation). Roman numerals count as letters: "i."
 *  may open either kind of list. */
export function markerFamily(marker: string): string {
  const core = marker.replace(/[().]/g, '');
  if (/^\d+$/.test(core)) return `digits${marker.replace(/\d+/, '1')}`;
  if (/^[a-z]+$/.test(core)) return `lower${marker.replace(core, 'a')}`;
  if (/^[A-Z]+$/.test(core)) return `upper${marker.replace(core, 'A')}`;
  return marker;
}

/**
 * The list marker opening a line, if any: its first word is a bullet or an ordinal and text
 * follows it, on the line or in the next fragment of the same row (`rowNext`, when line building
 * split the row at the marker's tab).
 */
export function findLineMarker(line: Line, rowNext?: Line): LineMarker | undefined {
  const first = line.spans.find((s) => s.text.trim() !== '');
  const text = line.spans.map((s) => s.text).join('');
  const match = /^\s*(\S+)(\s+)(?=\S)/u.exec(text);
  const alone = text.trim();
  const marker = match?.[1] ?? (rowNext ? alone : undefined);
  if (!marker || !first || DOT_LEADER.test(text)) return undefined;
  const strong = BULLET.test(marker);
  if (!strong && !WEAK_BULLET.test(marker) && !ORDINAL.test(marker)) return undefined;
  const size = line.font.size;
  const x = line.box[0];
  const { markerEnd, textX, apart } = match ? measureMarker(line, marker.length, text.indexOf(marker)) : aloneMarker(line, rowNext);
  return {
    marker,
    ordered: ORDINAL.test(marker),
    strong,
    // only a marker drawn apart from its text gives a gap to measure: inside one text item the
    // gap is estimated from character counts, too rough for proportional fonts
    tabbed: apart && textX - markerEnd > TAB_GAP_EM * size,
    x,
    textX,
  };
}

/** A marker alone in its line fragment: the text starts with the next fragment of the row. */
function aloneMarker(line: Line, rowNext: Line | undefined): MarkerGeometry {
  return { markerEnd: line.box[2], textX: rowNext?.box[0] ?? line.box[2], apart: true };
}

interface MarkerGeometry {
  readonly markerEnd: number;
  readonly textX: number;
  /** The marker and its text are separate text items. */
  readonly apart: boolean;
}

/**
 * Where the marker's glyphs end and the item's text starts, from the boxes of the spans: exact
 * when the marker is an item of its own (the usual case: a bullet set before a tab), otherwise
 * estimated from the share of characters.
 */
function measureMarker(line: Line, markerLength: number, markerStart: number): MarkerGeometry {
  let offset = 0;
  let markerEnd: number | undefined;
  let markerSpan: Span | undefined;
  for (const span of line.spans) {
    const box = span.prov[0]?.box;
    const start = offset;
    offset += span.text.length;
    if (!box || span.text.length === 0) continue;
    const perChar = (box[2] - box[0]) / span.text.length;
    const endOfMarker = markerStart + markerLength;
    if (markerEnd === undefined && offset >= endOfMarker) {
      markerEnd = box[0] + perChar * (endOfMarker - start);
      markerSpan = span;
    }
    if (markerEnd === undefined) continue;
    const firstText = span.text.slice(Math.max(0, endOfMarker - start)).search(/\S/u);
    if (firstText >= 0) {
      const textX = box[0] + perChar * (Math.max(0, endOfMarker - start) + firstText);
      return { markerEnd, textX, apart: span !== markerSpan };
    }
  }
  return { markerEnd: markerEnd ?? line.box[0], textX: line.box[2], apart: false };
}
