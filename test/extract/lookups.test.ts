import { describe, expect, test } from 'vitest';
import { initialAcronyms, namesByInitials } from '../../src/extract/entities/acronyms.js';
import { groupsByEnds } from '../../src/extract/entities/merge.js';
import { LocatedIndex } from '../../src/extract/located.js';
import type { Candidate } from '../../src/extract/entities/name-refine.js';
import { tokenize } from '../../src/extract/entities/name-tokens.js';

// Extraction once scanned every figure and mention of the article for each sentence, every group
// for each name and every name for each acronym: quadratic, minutes on a 1,000-page file. These
// tests pin the indexes that replaced those scans, without timing anything.

/** A name candidate spelled out in words (offsets and tags do not matter here). */
const candidate = (text: string): Candidate => ({
  tokens: tokenize(text, []).map((t) => ({ ...t, isInitial: false })),
  text,
  start: 0,
  end: text.length,
  tags: new Set(),
  afterPossessiveDeterminer: false,
  hasPersonTitle: false,
});

describe('LocatedIndex', () => {
  const items = [
    { paragraph: 'p2', start: 40, id: 'a' },
    { paragraph: 'p1', start: 5, id: 'b' },
    { paragraph: 'p2', start: 10, id: 'c' },
    { paragraph: 'p2', start: 25, id: 'd' },
    { paragraph: 'p2', start: 10, id: 'e' },
  ];
  const index = new LocatedIndex(items);

  test('finds the items of one paragraph starting in a range, in the order given', () => {
    expect(index.within('p2', 10, 40).map((x) => x.id)).toEqual(['c', 'd', 'e']);
    expect(index.within('p2', 11, 41).map((x) => x.id)).toEqual(['a', 'd']);
    expect(index.within('p1', 0, 5)).toEqual([]);
    expect(index.within('p3', 0, 100)).toEqual([]);
    expect(index.inParagraph('p2').map((x) => x.id)).toEqual(['a', 'c', 'd', 'e']);
  });

  test('a lookup reads the offsets of a few items, not of the whole paragraph', () => {
    let reads = 0;
    const counted = Array.from({ length: 10_000 }, (_, i) => ({
      paragraph: 'p1',
      get start() {
        reads++;
        return i * 10;
      },
    }));
    const big = new LocatedIndex(counted);
    reads = 0;
    expect(big.within('p1', 50_000, 50_030)).toHaveLength(3);
    expect(reads).toBeLessThan(100); // a binary search and the three hits; a scan would read 10,000
  });
});

describe('groupsByEnds', () => {
  test('lists a longer name under each run of its first or last words, never under its own key', () => {
    const groups = [{ key: 'norman schwarzkopf' }, { key: 'persian gulf' }, { key: 'gulf' }, { key: 'gulf cooperation council' }];
    const index = groupsByEnds(groups);
    expect(index.get('schwarzkopf')).toEqual([groups[0]]);
    expect(index.get('norman')).toEqual([groups[0]]);
    expect(index.get('gulf')).toEqual([groups[1], groups[3]]);
    expect(index.get('cooperation council')).toEqual([groups[3]]);
    expect(index.has('gulf cooperation council')).toBe(false);
    expect(index.has('cooperation')).toBe(false); // a middle word is neither head nor tail
  });
});

describe('acronyms by initials', () => {
  test('names are indexed by the initials of their capitalised words and of all their words', () => {
    const mic = candidate('Made in China 2025');
    const index = namesByInitials([mic, candidate('China'), candidate('European Union')]);
    expect(index.get('MC')).toEqual([mic]);
    expect(index.get('MIC')).toEqual([mic]);
    expect(index.get('EU')?.map((c) => c.text)).toEqual(['European Union']);
    expect(index.has('C')).toBe(false); // one-word names abbreviate nothing
  });

  test('an acronym used alone joins the one name with its initials, however often it is used', () => {
    const into = new Map<string, string>();
    const uses = Array.from({ length: 500 }, () => candidate('EU'));
    initialAcronyms(
      [candidate('European Union'), ...uses, candidate('UN'), candidate('Union Nations'), candidate('Universal Networks')],
      into,
    );
    expect([...into]).toEqual([['eu', 'european union']]); // "UN" fits two names: no alias
  });
});
