import { describe, expect, test } from 'vitest';
import { type CheckCues, type Span, frameEnd, isCheckable, reportsEvent } from '../../src/extract/claims/checkable.js';

/** Spans of the given names in the text (the entity tagger's part, done by hand here). */
const spans = (text: string, names: readonly string[]): Span[] =>
  names.map((n) => {
    const start = text.indexOf(n);
    if (start < 0) throw new Error(`${n} not in ${text}`);
    return { start, end: start + n.length };
  });

const cues = (text: string, names: readonly string[], more: Partial<CheckCues> = {}): CheckCues => ({
  text,
  actors: spans(text, names),
  amount: false,
  date: false,
  evaluative: false,
  causal: false,
  hedged: false,
  predictive: false,
  ...more,
});

describe('isCheckable', () => {
  test.each<[string, string[], Partial<CheckCues>, boolean]>([
    // a named actor doing something concrete
    ['The Bundestag approved the pipeline agreement.', ['Bundestag'], {}, true],
    ['Brazil has banned the export of raw timber.', ['Brazil'], {}, true],
    // figures and dates
    ['Unemployment fell to 4% last spring.', [], { amount: true }, true],
    ['In 1998, the treaty entered into force.', [], { date: true }, true],
    // nothing named, no figure
    ['Trade has become the central question of our age.', [], {}, false],
    // normative and stance wording is a judgement even with a name, a date or both
    ['Germany should rethink its energy policy.', ['Germany'], { evaluative: true }, false],
    ['It is time for Canada to lead on climate.', ['Canada'], {}, false],
    ['The only way forward for Spain is to cut spending.', ['Spain'], {}, false],
    ['In 2024, I urge Parliament to act, and I believe it will.', ['Parliament'], { date: true, predictive: true }, false],
    ['We are all deeply grateful to the people of Norway.', ['Norway'], {}, false],
    ['Most economists know why Argentina defaulted.', ['Argentina'], {}, false],
    // an amount keeps a proposal checkable
    ['I propose that Congress spend $5 billion on ports.', ['Congress'], { amount: true }, true],
    // hedges and forecasts
    ['India may soon overtake Japan.', ['India', 'Japan'], { hedged: true, predictive: true }, false],
    ['Tomorrow the Prime Minister will visit Nairobi.', ['Nairobi'], { predictive: true }, true],
    ['One day Poland will regret this choice.', ['Poland'], { predictive: true }, false],
    // judgements: several named actors and a concrete event, or nothing
    ['Nigeria has adopted a bold and sensible plan.', ['Nigeria'], { evaluative: true }, false],
    ['Chile and Peru have signed a remarkable trade pact.', ['Chile', 'Peru'], { evaluative: true }, true],
    ['The rise of Tesla and BYD has transformed a crucial market.', ['Tesla', 'BYD'], { evaluative: true, causal: true }, false],
    // cause and effect between abstractions vs. around a concrete event
    ['This tension affects Turkey and its neighbours.', ['Turkey'], { causal: true }, false],
    ['Open markets have driven growth in Vietnam.', ['Vietnam'], { causal: true }, false],
    ['Tariffs imposed by Washington have hurt farmers.', ['Washington'], { causal: true }, true],
    ['Kenya built a railway, which boosted trade.', ['Kenya'], { causal: true }, true],
  ])('%s', (text, names, more, expected) => {
    expect(isCheckable(cues(text, names, more))).toBe(expected);
  });

  test('a name only in a fronted frame is no actor', () => {
    const text = 'Within Mexico, the reform has not been even.';
    expect(frameEnd(text)).toBe('Within Mexico,'.length);
    expect(frameEnd('Mexico raised rates, then paused.')).toBe(0);
  });
});

describe('reportsEvent', () => {
  test.each<[string, string[], boolean]>([
    ['Iran was sanctioned again.', ['Iran'], true],
    ['Ghana quietly repaid its loans.', ['Ghana'], true],
    ['The railway, funded by the World Bank, opened late.', ['World Bank'], true],
    ['The deal has revealed deep divisions within NATO.', ['NATO'], false],
    ['Cheap credit has enabled Korea to grow.', ['Korea'], false],
    ['France is a key partner.', ['France'], false],
    ['Italy was founded in 1861.', [], false],
  ])('%s', (text, names, expected) => {
    expect(reportsEvent(text, spans(text, names))).toBe(expected);
  });
});
