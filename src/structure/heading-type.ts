import type { Block, FontInfo } from '../model/document.js';
import { blockText, lineText } from '../model/text.js';
import { sameFont } from './blocks.js';
import { isAllCaps, isNumbered } from './heading-text.js';

/**
 * What the type of a block says: whether it is set apart from the body text the way a heading
 * is (larger, or in another face at about the body's size, or numbered or in capitals when set
 * smaller, as small capitals are), and whether it is running text a heading can open.
 */

/** The body face itself must be this much larger to set a line apart. */
const LARGER_SHARE = 1.12;
/** Blocks of more lines are paragraphs, whatever their type. */
const MAX_LINES = 3;
/** Small capitals ("I. INTRODUCTION" in an 8 pt face over 10 pt text) are at least this share of the body size. */
const SMALL_CAPS_SHARE = 0.7;
/** Notes and back matter in the body face are at least this share of the body size. */
const SMALL_TEXT_SHARE = 0.6;
/** Running text may be this much smaller than the body (a smaller face for a section's text). */
const TEXT_SIZE_SLACK = 1.5;

/** Dot leaders of a table of contents ("Introduction . . . . . 1"). */
const DOT_LEADER = /(?:\.\s?){6,}/;

const isMonospace = (font: FontInfo): boolean => /mono|courier/i.test(font.family);

/** Another face at the body size carrying this share of the body face's paragraph text is the body face embedded again. */
const TEXT_FACE_SHARE = 0.2;
const NO_FACES: ReadonlySet<string> = new Set();

/** The faces besides the body's that set paragraphs at the body size: a font embedded twice
 *  (a subset per page) makes two names for one face. */
export function textFaces(blocks: readonly Block[], body: FontInfo): Set<string> {
  const chars = new Map<string, number>();
  for (const block of blocks) {
    if (block.lines.length < 3) continue;
    for (const line of block.lines) {
      if (Math.abs(line.font.size - body.size) < 0.6) chars.set(line.font.name, (chars.get(line.font.name) ?? 0) + lineText(line).length);
    }
  }
  const bodyChars = chars.get(body.name) ?? 0;
  return new Set([...chars].filter(([name, n]) => name !== body.name && n >= TEXT_FACE_SHARE * bodyChars).map(([name]) => name));
}

/** True when the font is the body face, under its own name or another of its names. */
const isBodyFace = (font: FontInfo, body: FontInfo, faces: ReadonlySet<string>): boolean =>
  font.name === body.name || (faces.has(font.name) && Math.abs(font.size - body.size) < 0.6);

/** True when the block's type sets it apart from the body text as a heading's does. Code
 *  (monospaced) and blocks mixing sizes (a formula, a drop cap) are never set apart. */
export function setApart(block: Block, body: FontInfo, faces: ReadonlySet<string> = NO_FACES): boolean {
  const font = block.lines[0]?.font;
  if (!font || block.lines.length > MAX_LINES || isMonospace(font)) return false;
  if (block.lines.some((line) => Math.abs(line.font.size - font.size) > 0.6)) return false;
  if (!isBodyFace(font, body, faces) || font.bold) {
    if (font.size >= body.size - 0.5 && (!sameFont(font, body) || font.bold)) return true;
  } else if (font.size >= LARGER_SHARE * body.size) {
    return true; // the body face larger: by a clear step, as an OCR layer's sizes waver
  }
  if (font.size < SMALL_CAPS_SHARE * body.size) return false;
  const text = blockText(block).trim();
  return isNumbered(text) || isAllCaps(text);
}

/** True when the block is running text: in the body face or a close size of it, or long. */
export function isRunningText(block: Block, body: FontInfo, faces: ReadonlySet<string> = NO_FACES): boolean {
  const font = block.lines[0]?.font;
  if (!font || font.size < body.size - TEXT_SIZE_SLACK || font.size > body.size + 0.5) return false;
  const text = blockText(block);
  if (DOT_LEADER.test(text)) return false;
  if (isBodyFace(font, body, faces) || font.name === body.name || isMonospace(font)) return true;
  return text.split(/\s+/).length >= 12;
}

/** True when the block is text in the body face set smaller, as back matter and notes are. */
export function isSmallText(block: Block, body: FontInfo): boolean {
  const font = block.lines[0]?.font;
  if (!font || font.name !== body.name || font.size < SMALL_TEXT_SHARE * body.size) return false;
  return blockText(block).split(/\s+/).length >= 6;
}
