import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { keepNameRules, tagText } from '../../src/extract/nlp/tagger.js';

const rule = (tag: string | string[] | undefined, unTag?: string) => ({
  match: '#Noun',
  ...(tag === undefined ? {} : { tag }),
  ...(unTag === undefined ? {} : { unTag }),
});

describe('keepNameRules', () => {
  it('keeps rules that set a name tag, in any of the forms compromise writes them', () => {
    const kept = keepNameRules([rule('Person'), rule('#Place'), rule('Noun Organization'), rule(['Honorific', 'Person'])]);
    expect(kept).toHaveLength(4);
  });

  it('keeps rules that remove a tag, whatever the tag', () => {
    expect(keepNameRules([rule(undefined, 'Person'), rule(undefined, 'Verb')])).toHaveLength(2);
  });

  it('drops rules that only set grammatical tags', () => {
    expect(keepNameRules([rule('PastTense'), rule(['Adjective', 'Prefix']), rule('Passive'), rule(undefined)])).toEqual([]);
  });

  it("still finds name rules among the installed compromise's own", () => {
    const nlp = createRequire(import.meta.url)('compromise/two') as {
      world(): { model: { two: { matches: Parameters<typeof keepNameRules>[0] } } };
    };
    const all = nlp.world().model.two.matches;
    const kept = keepNameRules(all);
    // a compromise release that renamed its tags or moved its rules would leave nothing to keep
    expect(kept.length).toBeGreaterThan(50);
    expect(kept.length).toBeLessThan(all.length / 2);
  });
});

describe('tagText', () => {
  it('types names that only the post-tagging rules recognise', () => {
    const text = 'Project mBridge is run by the Bank for International Settlements with Thailand.';
    const tagsAt = (word: string) => tagText(text).find(([start]) => start === text.indexOf(word))?.[2] ?? [];
    // "Bank" is an ordinary word in the lexicon: only a post-tagging rule makes it part of a name
    expect(tagsAt('Bank')).toContain('ProperNoun');
    expect(tagsAt('Thailand')).toContain('Country');
  });

  it('keeps person tags on a name after a title', () => {
    const text = 'Federal Reserve Chair Jerome Powell has said the United States is in no hurry.';
    const tagsAt = (word: string) => tagText(text).find(([start]) => start === text.indexOf(word))?.[2] ?? [];
    expect(tagsAt('Jerome')).toContain('FirstName');
    expect(tagsAt('Powell')).toContain('LastName');
  });
});
