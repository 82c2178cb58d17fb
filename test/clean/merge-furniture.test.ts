import { describe, expect, test } from 'vitest';
import { mergeFurniture } from '../../src/clean/index.js';
import type { FurnitureTemplate } from '../../src/model/furniture.js';
import { FOOTER_TOP, HEADER_TOP, exampleTemplate, furnitureLine, templateKey } from '../helpers/furniture.js';

/** A one-file template of the given key holding the example footer and one running title. */
const fileOf = (title: string, key = templateKey()): FurnitureTemplate => ({
  template: key,
  lines: [
    furnitureLine('running-header', title, HEADER_TOP),
    furnitureLine('running-footer', 'example review · independent commentary since #', FOOTER_TOP),
  ],
  files: 1,
});

const summary = (templates: readonly FurnitureTemplate[]) =>
  templates.map((t) => ({ producer: t.template.producer, files: t.files, lines: t.lines.map((l) => `${l.key}×${l.files}`) }));

describe('mergeFurniture', () => {
  test('the first file of a template starts the list', () => {
    expect(mergeFurniture([], exampleTemplate())).toEqual([exampleTemplate()]);
  });

  test('files of one template add up; a line they share is one entry, their own lines are kept', () => {
    const merged = [fileOf('opinion – dams'), fileOf('opinion – grids'), fileOf('opinion – ports')].reduce(mergeFurniture, []);
    expect(summary(merged)).toEqual([
      {
        producer: templateKey().producer,
        files: 3,
        lines: ['example review · independent commentary since #×3', 'opinion – ports×1', 'opinion – grids×1', 'opinion – dams×1'],
      },
    ]);
  });

  test('a line at another height is another line', () => {
    const lower: FurnitureTemplate = {
      ...exampleTemplate(),
      lines: [furnitureLine('running-header', 'example review — example-review.org', HEADER_TOP + 12)],
    };
    expect(mergeFurniture([exampleTemplate()], lower)[0]?.lines.map((l) => [l.top, l.files])).toEqual([
      [HEADER_TOP + 12, 1],
      [HEADER_TOP, 1],
      [FOOTER_TOP, 1],
    ]);
  });

  test('a file showing a known line at two nearby heights counts once', () => {
    const header = (top: number, files = 1) => furnitureLine('running-header', 'example review — example-review.org', top, files);
    const known: FurnitureTemplate = { template: templateKey(), lines: [header(22, 3)], files: 3 };
    const learnt: FurnitureTemplate = { template: templateKey(), lines: [header(20), header(24)], files: 1 };
    expect(mergeFurniture([known], learnt)[0]?.lines).toEqual([header(22, 4)]);
  });

  test.each([
    ['another producer', { producer: 'Other Press' }],
    ['another page size', { width: 612, height: 792 }],
  ])('%s is another template, most files first', (_, key) => {
    const merged = mergeFurniture([exampleTemplate(3)], exampleTemplate(1, key));
    expect(merged.map((t) => [t.template, t.files])).toEqual([
      [templateKey(), 3],
      [templateKey(key), 1],
    ]);
  });

  test('the list is bounded, and a template first seen late still gets in', () => {
    const many = Array.from({ length: 40 }, (_, i) => exampleTemplate(1, { producer: `Press ${i}` }));
    const merged = many.reduce(mergeFurniture, []);
    expect(merged).toHaveLength(32);
    expect(merged[0]?.template.producer).toBe('Press 39');
    const again = mergeFurniture(merged, exampleTemplate(1, { producer: 'Press 39' }));
    expect(again[0]).toMatchObject({ template: { producer: 'Press 39' }, files: 2 });
  });

  test("a template's lines are bounded, the lines most files showed kept", () => {
    const merged = Array.from({ length: 30 }, (_, i) => fileOf(`running title ${'x'.repeat(i)}`)).reduce(mergeFurniture, []);
    expect(merged[0]?.lines).toHaveLength(24);
    expect(merged[0]?.lines[0]).toMatchObject({ kind: 'running-footer', files: 30 });
  });

  test('the known list is left as it was', () => {
    const known = [exampleTemplate(2)];
    const before = structuredClone(known);
    mergeFurniture(known, exampleTemplate(1));
    expect(known).toEqual(before);
  });
});
