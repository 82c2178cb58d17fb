import type { FontInfo, TextItem } from '../model/document.js';

interface PdfJsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  dir?: string;
}
interface PdfJsTextContent {
  items: readonly object[];
  styles: Record<string, { fontFamily?: string; vertical?: boolean }>;
}

/** Share of the font size below the baseline and above it, for a box when the font gives none. */
const DESCENT = 0.22;
const ASCENT = 0.88;

const BOLD_NAME = /bold|black|heavy|semibold|demi/i;
const ITALIC_NAME = /italic|oblique/i;

/** pdf.js text content → positioned text items; whitespace-only items are dropped (layout infers spaces). */
export function toTextItems(content: PdfJsTextContent, page: number, view: readonly [number, number, number, number]): TextItem[] {
  const fonts = new Map<string, FontInfo>();
  const items: TextItem[] = [];
  content.items.forEach((raw, index) => {
    if (!('str' in raw)) return; // marked-content markers carry no text
    const item = raw as PdfJsTextItem;
    if (item.str.trim() === '') return;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
    const style = content.styles[item.fontName];
    const vertical = Boolean(style?.vertical) || Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3;
    const key = `${item.fontName}@${size.toFixed(2)}`;
    let font = fonts.get(key);
    if (!font) {
      const family = style?.fontFamily ?? 'sans-serif';
      font = {
        name: item.fontName,
        family,
        size,
        bold: BOLD_NAME.test(family),
        italic: ITALIC_NAME.test(family),
      };
      fonts.set(key, font);
    }
    const x = e - view[0];
    const y = f - view[1];
    // text turned a quarter (a stamp up the margin) runs along y: its advance is its height,
    // upwards when turned left, downwards when turned right
    const turned = !style?.vertical && Math.abs(b) > Math.abs(a);
    const width = vertical ? size : Math.max(item.width, 0);
    const height = turned ? Math.max(item.width, item.height, size) : vertical ? Math.max(item.height, size) : size;
    const upwards = turned && b > 0;
    items.push({
      text: item.str,
      page,
      item: index,
      box: upwards
        ? [x - size, y, x, y + height]
        : vertical
          ? [x, y - height, x + width, y]
          : [x, y - DESCENT * size, x + width, y + ASCENT * size],
      baseline: y,
      font,
      vertical,
      ...(item.dir === 'rtl' ? { rtl: true } : {}),
    });
  });
  return items;
}
