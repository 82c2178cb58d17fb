import { describe, expect, test } from 'vitest';
import { fixAuthorName } from '../../src/clean/author-name.js';
import type { PageLayout } from '../../src/model/document.js';
import { FOOT, MIDDLE, TOP, block, layout, page, testContext, textsOf } from '../helpers/layout.js';

/** Pages whose running header names the author as given, and a byline on page 1. */
function doc(headerNames: readonly string[], byline = 'DANIEL OKAFOR, JAN 30 2024', info: { author?: string } = {}): PageLayout {
  return layout(
    headerNames.map((name, i) =>
      page(i + 1, [
        block(['Opinion – Dams, Fish and Diplomacy on the Mekong', `Written by ${name}`], {
          y: TOP,
          size: 7,
          leading: 9,
          role: 'running-header',
        }),
        ...(i === 0 ? [block(byline, { y: MIDDLE + 100, size: 9 })] : []),
        block('Body text.', { y: MIDDLE }),
        block(`Page ${i + 1}`, { y: FOOT, role: 'running-footer' }),
      ]),
    ),
    info,
  );
}

const headerOf = (result: PageLayout, pageIndex: number) => textsOf(result)[pageIndex]?.[0];

describe('fixAuthorName', () => {
  test('the majority spelling wins and the typo is corrected in place, with a record', () => {
    const ctx = testContext();
    const result = fixAuthorName(doc(['Daniel Okafor', 'Daniel Okafor', 'Daniel Okafro', 'Daniel Okafor']), ctx);
    expect(headerOf(result, 2)).toBe('Opinion – Dams, Fish and Diplomacy on the Mekong ⏎ Written by Daniel Okafor');
    expect(result.corrections).toEqual([
      expect.objectContaining({ field: 'author', from: 'Daniel Okafro', to: 'Daniel Okafor', pages: [3] }),
    ]);
    expect(ctx.diagnostics.map((d) => d.code)).toContain('clean/author-name');
  });

  test('a misspelt byline is corrected to the headers’ spelling, upper case kept', () => {
    const result = fixAuthorName(doc(['Daniel Okafor', 'Daniel Okafor'], 'DANIEL OAKFOR, JAN 30 2024'), testContext());
    expect(textsOf(result)[0]).toContain('DANIEL OKAFOR, JAN 30 2024');
    expect(result.corrections.map((c) => `${c.from} → ${c.to}`)).toEqual(['DANIEL OAKFOR → Daniel Okafor']);
  });

  test('the PDF info counts as one more sighting', () => {
    const result = fixAuthorName(
      doc(['Daniel Okafro', 'Daniel Okafor'], 'DANIEL OKAFOR, JAN 30 2024', { author: 'Daniel Okafor' }),
      testContext(),
    );
    expect(headerOf(result, 0)).toContain('Written by Daniel Okafor');
  });

  test('on a tie (one misspelt header, the byline) the byline’s spelling wins', () => {
    // a one-page piece whose only header misspells the name; nothing else to outvote it
    const result = fixAuthorName(doc(['Daniel Oakfor']), testContext()); // sorts before the true spelling
    expect(headerOf(result, 0)).toContain('Written by Daniel Okafor');
    expect(result.corrections.map((c) => `${c.from} → ${c.to}`)).toEqual(['Daniel Oakfor → Daniel Okafor']);
  });

  test('a different name is another person, not a typo', () => {
    const result = fixAuthorName(doc(['Daniel Okafor', 'Daniel Okafor', 'Maria Santos']), testContext());
    expect(headerOf(result, 2)).toContain('Written by Maria Santos');
    expect(result.corrections).toEqual([]);
  });

  test('agreeing spellings change nothing', () => {
    const input = doc(['Daniel Okafor', 'Daniel Okafor']);
    expect(fixAuthorName(input, testContext())).toBe(input);
  });

  test('the body text is never rewritten', () => {
    const input = doc(['Daniel Okafor', 'Daniel Okafor', 'Daniel Okafro']);
    const withBody = {
      ...input,
      pages: input.pages.map((p, i) =>
        i === 0 ? { ...p, blocks: [...p.blocks, block('Okafro is also a river town.', { y: MIDDLE - 50 })] } : p,
      ),
    };
    const result = fixAuthorName(withBody, testContext());
    expect(textsOf(result)[0]).toContain('Okafro is also a river town.');
  });
});
