import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  type EntityModel,
  MODEL_CLASSES,
  MODEL_FILE,
  entityFeatures,
  likeliestType,
  mayLift,
  shippedEntityModel,
  weighEntities,
  weighs,
} from '../../src/extract/entities/model.js';
import { classProbabilities, modelFromFile } from '../../src/extract/linear-model.js';
import { extract } from '../../src/extract/index.js';
import { createContext } from '../../src/model/context.js';
import type { Entity } from '../../src/model/enriched.js';
import { articleFrom } from '../helpers/article.js';
import { type Example, examplesOf, measure, train } from '../tools/train-entity-model.js';

const paragraph = 'Shares of Norvik rose after Norvik said profits doubled in Bergen.';
const texts = new Map([['p1', paragraph]]);
const textOf = (id: string) => texts.get(id);

const entity = (over: Partial<Entity>): Entity => ({
  id: 'organization:norvik',
  name: 'Norvik',
  type: 'organization',
  confidence: 0.6,
  evidence: ['tag:organization', 'mentions:2'],
  aliases: [],
  count: 2,
  mentions: [
    { paragraph: 'p1', page: 1, start: 10, end: 16 },
    { paragraph: 'p1', page: 1, start: 28, end: 34 },
  ],
  ...over,
});

/** A model with one weight for one feature towards one class: everything else is even. */
const oneWeight = (feature: string, cls: (typeof MODEL_CLASSES)[number], weight: number): EntityModel => ({
  classes: MODEL_CLASSES,
  weights: new Map([[feature, MODEL_CLASSES.map((c) => (c === cls ? weight : 0))]]),
  bias: MODEL_CLASSES.map(() => 0),
});

describe('the entity model: features', () => {
  test('a name is read with its rules, shape, head word and the words around its mentions', () => {
    const f = entityFeatures(entity({}), textOf);
    expect(f).toEqual(
      expect.arrayContaining([
        'type=organization',
        'ev=tag:organization',
        'ev=tag:organization|organization',
        'ev=mentions',
        'conf>=0.5',
        'conf>=0.5|organization',
        'ntok=1',
        'head=norvik',
        'prev=of',
        'prev2=shares of',
        'next=rose',
        'prev=after',
        'next=said',
      ]),
    );
    expect(f).not.toContain('conf>=0.7');
    expect(f).not.toContain('ev=mentions3');
    expect(f).not.toContain('allsentstart');
  });

  test('counts and types after a colon in the evidence are read as their kind', () => {
    const f = entityFeatures(entity({ evidence: ['rule:default', 'mentions:4', 'mid-sentence:2', 'listed-with:place'] }), textOf);
    expect(f).toEqual(expect.arrayContaining(['ev=mentions', 'ev=mentions3', 'ev=mid-sentence', 'ev=mid2', 'ev=listed-with']));
  });
});

describe('the entity model: weighing', () => {
  test('the class probabilities are a softmax of the summed weights', () => {
    const p = classProbabilities(oneWeight('head=norvik', 'place', Math.log(6)), ['head=norvik', 'unknown']);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(p[2]).toBeCloseTo(0.6, 9); // 6 / (1 + 1 + 6 + 1 + 1)
  });

  test('a name takes the likeliest type and its probability, and says so in its evidence and id', () => {
    const [e] = weighEntities([entity({ country: 'NO' })], textOf, oneWeight('next=rose', 'place', 5));
    expect(e?.type).toBe('place');
    expect(e?.id).toBe('place:norvik');
    expect(e?.country).toBe('NO');
    expect(e?.confidence).toBeGreaterThan(0.9);
    expect(e?.evidence).toEqual(['tag:organization', 'mentions:2', 'model', 'retyped-from:organization']);
    const [org] = weighEntities([entity({ country: 'NO' })], textOf, oneWeight('next=rose', 'organization', 5));
    expect(org?.id).toBe('organization:norvik');
    expect(org?.country).toBeUndefined();
  });

  test('a name the model finds no name falls below the threshold', () => {
    const [e] = weighEntities([entity({})], textOf, oneWeight('prev=of', 'none', 5));
    expect(e?.confidence).toBeLessThan(0.5);
  });

  test('deciding rules, the byline and names without mentions are left to the rules', () => {
    const lifted = oneWeight('next=rose', 'place', 5);
    const decided = entity({ evidence: ['rule:suffix-organization'], confidence: 0.9 });
    const author = entity({ evidence: ['byline', 'tag:person'], type: 'person' });
    const unnamed = entity({ mentions: [] });
    expect([decided, author, unnamed].map(weighs)).toEqual([false, false, false]);
    expect(weighEntities([decided, author, unnamed], textOf, lifted)).toEqual([decided, author, unnamed]);
  });

  test('a name the rules capped as an ordinary word, a bare acronym or a reference key stays capped', () => {
    const lifting = oneWeight('type=organization', 'organization', 5);
    const common = entity({ confidence: 0.3, evidence: ['rule:default', 'common-words'] });
    const acronym = entity({ name: 'HIV', confidence: 0.45, evidence: ['rule:acronym'] });
    const word = entity({ name: 'SUMMARY', confidence: 0.4, evidence: ['rule:default'] });
    const cited = 'As shown before [Kar15a], the method works.';
    texts.set('p2', cited);
    const at = cited.indexOf('Kar15a');
    const key = entity({
      name: 'Kar15a',
      confidence: 0.4,
      evidence: ['rule:default'],
      mentions: [{ paragraph: 'p2', page: 1, start: at, end: at + 6 }],
    });
    for (const e of [common, acronym, word, key]) expect(mayLift(e, textOf), e.name).toBe(false);
    expect(weighEntities([common, acronym, word, key], textOf, lifting)).toEqual([common, acronym, word, key]);
    const plain = entity({ confidence: 0.4, evidence: ['rule:default'] });
    expect(mayLift(plain, textOf)).toBe(true);
    expect(weighEntities([plain], textOf, lifting)[0]?.confidence).toBeGreaterThan(0.5);
  });

  test('extraction weighs names with the shipped model unless told not to', async () => {
    const article = articleFrom({
      paragraphs: ['Analysts at Bernstein said Norvik would buy Qingyun Motors, and Norvik shares rose in Oslo.'],
    });
    const weighed = await extract(article, createContext({ minConfidence: 0 }));
    const rules = await extract(article, createContext({ minConfidence: 0 }), { entityModel: null });
    expect(weighed.entities.some((e) => e.evidence.includes('model'))).toBe(true);
    expect(rules.entities.some((e) => e.evidence.includes('model'))).toBe(false);
  });
});

describe('training', () => {
  const example = (features: string[], label: number): Example => ({
    group: 'g',
    document: 'd',
    features,
    label,
    ruleType: 'organization',
    ruleKept: true,
    weighed: true,
    mayLift: true,
  });

  test('a feature seen with one class comes to point at it', () => {
    const examples = [
      ...Array.from({ length: 6 }, () => example(['next=said', 'type=organization'], 1)),
      ...Array.from({ length: 6 }, () => example(['prev=in', 'type=organization'], 2)),
      example(['rare'], 4),
    ];
    const model = modelFromFile(train(examples, { minCount: 2, iterations: 200, rate: 0.5, l2: 0.1 }), MODEL_CLASSES);
    expect(model.weights.has('rare')).toBe(false);
    const org = classProbabilities(model, ['next=said', 'type=organization']);
    const place = classProbabilities(model, ['prev=in', 'type=organization']);
    expect(org.indexOf(Math.max(...org))).toBe(1);
    expect(place.indexOf(Math.max(...place))).toBe(2);
    const m = measure(examples, (e) => {
      const p = classProbabilities(model, e.features);
      const best = likeliestType(p);
      return { kept: (p[best] as number) >= 0.5, type: MODEL_CLASSES[best] as string };
    });
    expect(m.typedPrecision).toBe(1);
  });

  test('the shipped model is what training makes from test/extraction-gold with the rules of this tree', async () => {
    const { examples } = await examplesOf(new URL('../extraction-gold/', import.meta.url).pathname);
    const made = train(examples);
    const shipped = JSON.parse(readFileSync(MODEL_FILE, 'utf8'));
    expect(shipped.trainedOn, 'run npm run train:entities').toEqual(made.trainedOn);
    expect(JSON.stringify(shipped) === JSON.stringify(made), 'run npm run train:entities').toBe(true);
    expect(shippedEntityModel()).not.toBeNull();
  }, 300_000);
});
