import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { rankClaims } from '../../src/extract/claims/index.js';
import {
  CENTRAL_WEIGHT,
  CLAIM_CLASSES,
  CLAIM_MODEL_FILE,
  type ClaimModel,
  bodyPlacesOf,
  claimFeatures,
  shippedClaimModel,
  weighClaims,
} from '../../src/extract/claims/model.js';
import { extract } from '../../src/extract/index.js';
import { createContext } from '../../src/model/context.js';
import type { Claim } from '../../src/model/enriched.js';
import { articleFrom, paragraphBlock } from '../helpers/article.js';
import { claimDocuments, measure, train } from '../tools/train-claim-model.js';

const claim = (over: Partial<Claim>): Claim => ({
  text: 'Exports fell 4% in 2023, the statistics office said.',
  confidence: 0.8,
  evidence: ['checkable', 'score:5'],
  kinds: ['factual', 'quantitative'],
  hedged: false,
  hedges: [],
  checkable: true,
  score: 5,
  cues: ['figure "4%" (+1)', 'entity "statistics office" (+1)', 'checkable (+2)', 'early (+1)'],
  figures: ['4%', '2023'],
  entities: ['statistics office'],
  paragraph: 'p1',
  page: 1,
  start: 0,
  end: 52,
  locator: { paragraph: 'p1', pages: [1] },
  ...over,
});

const longParagraph = (id: string) => paragraphBlock(id, `${'Word '.repeat(25)}ends here.`);

/** A model whose only weight is for one feature, towards a central claim. */
const towards = (feature: string, weight: number): ClaimModel => ({
  classes: CLAIM_CLASSES,
  weights: new Map([[feature, [0, weight]]]),
  bias: [0, -2],
});

describe('the claim model', () => {
  test('a claim is read by its cues, kinds, place in the body, length and rank', () => {
    const f = claimFeatures(claim({}), 0, { index: 1, count: 10 });
    expect(f).toEqual(
      expect.arrayContaining([
        'cue=figure',
        'cue=entity',
        'cue=checkable',
        'cue=early',
        'kind=factual',
        'checkable',
        'figures=2',
        'entities=1',
        'paragraph=1',
        'share=1',
        'opens-paragraph',
        'words=0',
        'score>=4',
        'rank=1-3',
      ]),
    );
    expect(f).not.toContain('score>=6');
    expect(claimFeatures(claim({ start: 10 }), 12, undefined)).toEqual(expect.arrayContaining(['paragraph=none', 'rank=11-20']));
  });

  test('body places count only paragraphs of a body, not a title line', () => {
    const places = bodyPlacesOf([paragraphBlock('p1', 'A Short Title'), longParagraph('p2'), longParagraph('p3')]);
    expect(places.get('p1')).toBeUndefined();
    expect(places.get('p3')).toEqual({ index: 1, count: 2 });
  });

  test('a claim gains four times its log-odds against the prior as a cue, and the ranking follows', () => {
    const blocks = [longParagraph('p1'), longParagraph('p2')];
    const plain = claim({ paragraph: 'p1', score: 6, cues: ['checkable (+2)'] });
    const central = claim({ paragraph: 'p2', score: 5, text: 'Imports rose 9% in 2023.' });
    const weighed = weighClaims([plain, central], blocks, towards('cue=early', 1));
    expect(weighed[0]?.score).toBe(6);
    expect(weighed[0]?.cues.at(-1)).toBe('central (+0)');
    expect(weighed[1]?.score).toBe(5 + CENTRAL_WEIGHT);
    expect(weighed[1]?.cues.at(-1)).toBe(`central (+${CENTRAL_WEIGHT})`);
    expect(weighed[1]?.evidence).toEqual(['checkable', `score:${5 + CENTRAL_WEIGHT}`, 'model']);
    expect(weighed[1]?.confidence).toBe(central.confidence);
    expect(rankClaims(weighed).map((c) => c.text)).toEqual([central.text, plain.text]);
  });

  test('rhetorical claims are left as they are', () => {
    const question = claim({ kinds: ['rhetorical'], checkable: false, score: -3, confidence: 0.05 });
    expect(weighClaims([question], [], towards('checkable', 5))).toEqual([question]);
  });

  test('extraction ranks claims with the shipped model unless told not to', async () => {
    const article = articleFrom({
      paragraphs: ['Exports fell 4% in 2023, the statistics office said on Monday, after a 2% rise in 2022.'],
    });
    const weighed = await extract(article, createContext({ minConfidence: 0 }));
    const rules = await extract(article, createContext({ minConfidence: 0 }), { claimModel: null });
    expect(weighed.claims[0]?.cues.some((c) => c.startsWith('central ('))).toBe(true);
    expect(rules.claims[0]?.cues.some((c) => c.startsWith('central ('))).toBe(false);
  });

  test('the shipped model is what training makes from test/extraction-gold, and it ranks central claims higher there', async () => {
    const documents = await claimDocuments();
    const made = train(documents);
    expect(readFileSync(CLAIM_MODEL_FILE, 'utf8') === `${JSON.stringify(made)}\n`, 'run npm run train:claims').toBe(true);
    const model = shippedClaimModel();
    expect(model).not.toBeNull();
    const rules = measure(documents, (d) => d.claims);
    const weighed = measure(documents, (d) => rankClaims(weighClaims(d.claims, d.blocks, model as ClaimModel)));
    expect(weighed.centralTop10).toBeGreaterThan(rules.centralTop10);
  }, 300_000);
});
