import { afterAll, describe, expect, test } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { stopNlp } from '../../src/extract/nlp/load.js';
import { createContext } from '../../src/model/context.js';
import type { Enriched } from '../../src/model/enriched.js';
import { articleFrom } from '../helpers/article.js';

afterAll(() => stopNlp());

const run = (...paragraphs: string[]): Promise<Enriched> =>
  extract(articleFrom({ paragraphs, published: '2025-02-09', author: 'Farhad Gojayev' }), createContext());
const find = (e: Enriched, name: string) => e.entities.find((x) => x.name === name);

describe('entities', () => {
  test('possessives are trimmed and acronyms in parentheses become aliases', async () => {
    const e = await run('In 2015, China introduced the “Made in China 2025” (MIC25) plan. MIC25 aimed high, and China’s rise followed.');
    expect(find(e, 'China')).toMatchObject({ type: 'place', count: 2 });
    expect(find(e, 'Made in China 2025')).toMatchObject({ type: 'other', aliases: ['MIC25'], count: 3 });
    expect(e.figures.map((f) => f.text)).toEqual(['2015']);
  });

  test('variants merge and surnames join the full name', async () => {
    const e = await run(
      'The U.S. and the European Union responded. The United States acted first, and the EU followed.',
      'Now, with Donald Trump back as US President, Trump’s policies could change that.',
    );
    expect(find(e, 'United States')).toMatchObject({ type: 'place', count: 3 });
    expect(find(e, 'European Union')).toMatchObject({ type: 'organization', aliases: ['EU'], count: 2 });
    expect(find(e, 'Donald Trump')).toMatchObject({ type: 'person', aliases: ['Trump'], count: 2 });
    expect(e.entities.map((x) => x.name)).not.toContain("Trump's policies");
  });

  test.each([
    ['Measures such as the CHIPS Act and the Clean Network Initiative were adopted.', 'CHIPS Act', 'other'],
    ['Measures such as the CHIPS Act and the Clean Network Initiative were adopted.', 'Clean Network Initiative', 'other'],
    ['It offered infrastructure through the Belt and Road Initiative.', 'Belt and Road Initiative', 'other'],
    ['It joined alliances such as the “Chip 4 Alliance” to reduce dependence.', 'Chip 4 Alliance', 'organization'],
    ['With companies such as Huawei, BYD and DJI, it grew.', 'Huawei', 'organization'],
    ['Regions such as Jiangsu and Guangdong have made progress.', 'Jiangsu', 'place'],
    ['They are represented here tonight by Mrs. Norman Schwarzkopf.', 'Norman Schwarzkopf', 'person'],
    ['It was the largest since World War II, they said.', 'World War II', 'other'],
  ])('%j has %j as %s', async (text, name, type) => {
    expect(find(await run(text), name)?.type).toBe(type);
  });

  test('fragments and common words are not entities', async () => {
    const e = await run('Robotics and artificial intelligence are growing. The Chip sector grew in our Nation.');
    expect(e.entities.map((x) => x.name)).toEqual(['Farhad Gojayev']);
  });

  test('every mention points at its paragraph, page and exact text', async () => {
    const text = 'Japan, South Korea and Taiwan have implemented policies.';
    const e = await run(text);
    for (const entity of e.entities) {
      for (const m of entity.mentions) {
        expect(m.paragraph).toBe('p1');
        expect(m.page).toBe(1);
        expect([entity.name, ...entity.aliases]).toContain(text.slice(m.start, m.end));
      }
    }
  });
});
