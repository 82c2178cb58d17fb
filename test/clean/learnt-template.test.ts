/**
 * End to end through runPipeline on PDFs of one template: what two three-page files teach
 * cleans a one-page file of the same template, which alone keeps its header and footer as text.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { createContext } from '../../src/model/context.js';
import type { FurnitureTemplate } from '../../src/model/furniture.js';
import { type Trace, runPipeline } from '../../src/pipeline.js';
import { TEMPLATE_FOOTER, TEMPLATE_HEADER, TEMPLATE_PRODUCER, furnitureLearntFrom, templatePdfs } from '../helpers/template-pdfs.js';

const EVIDENCE = `learnt from 2 other files of this template (producer "${TEMPLATE_PRODUCER}", 595×842 pt)`;

const convert = (bytes: Buffer, furniture?: readonly FurnitureTemplate[]) =>
  runPipeline(new Uint8Array(bytes), 'one-page.pdf', createContext({ extract: false, ...(furniture ? { furniture } : {}) }));
const paragraphs = (trace: Trace) => trace.article.blocks.map((b) => b.text);

describe('a template learnt from other files cleans a one-page file', () => {
  let pdfs: Awaited<ReturnType<typeof templatePdfs>>;
  let furniture: FurnitureTemplate[];
  let alone: Trace;
  let taught: Trace;

  beforeAll(async () => {
    pdfs = await templatePdfs();
    furniture = await furnitureLearntFrom(pdfs.multiPage);
    alone = await convert(pdfs.onePage);
    taught = await convert(pdfs.onePage, furniture);
  });

  test('alone, the one-page file keeps the header and footer as paragraphs', () => {
    expect(paragraphs(alone)).toContain(TEMPLATE_HEADER);
    expect(paragraphs(alone)).toContain(TEMPLATE_FOOTER);
    expect(alone.article.removed).toEqual([]);
  });

  test('the three-page files teach one template, shown by both', () => {
    expect(furniture.map((t) => [t.template, t.files, t.lines.map((l) => [l.kind, l.files])])).toEqual([
      [
        { producer: TEMPLATE_PRODUCER, width: 595, height: 842 },
        2,
        [
          ['running-header', 2],
          ['running-footer', 2],
        ],
      ],
    ]);
  });

  test('taught, the header and footer leave the body and nothing else does', () => {
    expect(paragraphs(taught)).toEqual(paragraphs(alone).filter((t) => t !== TEMPLATE_HEADER && t !== TEMPLATE_FOOTER));
    expect(taught.output.markdown).not.toContain('Example Review');
  });

  test('removed[] says which files taught each line, in the JSON too', () => {
    const expected = [
      { text: TEMPLATE_HEADER, kind: 'running-header', page: 1, evidence: EVIDENCE },
      { text: TEMPLATE_FOOTER, kind: 'running-footer', page: 1, evidence: EVIDENCE },
    ];
    const withoutBoxes = (removed: readonly { boxes?: unknown }[]) => removed.map(({ boxes: _, ...line }) => line);
    expect(withoutBoxes(taught.article.removed)).toEqual(expected);
    expect(withoutBoxes((JSON.parse(taught.output.json ?? '{}') as { removed: { boxes?: unknown }[] }).removed)).toEqual(expected);
    expect(taught.article.removed.every((line) => line.boxes?.length === 1)).toBe(true);
  });

  test('a file whose own pages show its furniture gets no learnt evidence', async () => {
    const own = await convert(pdfs.multiPage[0] as Buffer, furniture);
    expect(own.article.removed.map((r) => [r.kind, r.evidence])).toEqual(
      Array.from({ length: 3 }, () => [
        ['running-header', undefined],
        ['running-footer', undefined],
      ]).flat(),
    );
  });
});
