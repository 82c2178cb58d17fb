import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { assetPath } from '../../src/review/assets.js';

const css = readFileSync(assetPath('review.css'), 'utf8');

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const variable = (name: string): string => {
  const match = new RegExp(`--${name}: (#[0-9a-f]{6});`).exec(css);
  if (!match) throw new Error(`--${name} not in review.css`);
  return match[1] as string;
};

describe('review.css meets WCAG AA', () => {
  const outlines = [...css.matchAll(/--(g-[a-z]+): #/g)].map((m) => m[1] as string);

  test.each(outlines)('the %s outline reads on a white page (4.5:1)', (name) => {
    expect(contrast(variable(name), '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  test.each([
    ['text', variable('ink'), '#ffffff'],
    ['muted text', variable('muted'), '#ffffff'],
    ['muted text in the inspector', variable('muted'), variable('shade')],
    ['text on a person mark', variable('ink'), '#fef08a'],
    ['text on an organisation mark', variable('ink'), '#bbf7d0'],
    ['text on a place mark', variable('ink'), '#bfdbfe'],
    ['text on an other-entity mark', variable('ink'), '#e9d5ff'],
    ['text on a figure mark', variable('ink'), '#fed7aa'],
    ['a paragraph lit', variable('ink'), '#eff6ff'],
    ['the ok badge', '#14532d', '#dcfce7'],
    ['the partial badge', '#78350f', '#fef3c7'],
    ['the failed badge', '#7f1d1d', '#fee2e2'],
    ['"not found"', '#991b1b', '#ffffff'],
    ['links', '#1e40af', '#ffffff'],
  ])('%s (4.5:1)', (_, fg, bg) => {
    expect(css.toLowerCase()).toContain(fg.toLowerCase());
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  test('the focus ring stands out from white and from the pages’ grey (3:1)', () => {
    expect(contrast(variable('focus'), '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrast(variable('focus'), '#e5e7eb')).toBeGreaterThanOrEqual(3);
  });
});
