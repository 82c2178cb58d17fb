import { describe, expect, test } from 'vitest';
import { findDates, wholeDate } from '../../src/model/written-dates.js';

describe('findDates', () => {
  test.each([
    ['CINCINNATI, September 8, 2023 – The company', ['2023-09-08']],
    ['Veröffentlicht am 3. März 2021', ['2021-03-03']],
    ['Publié le 1er mars 2021 à Paris', ['2021-03-01']],
    ['Mis à jour le 14 juillet 2022', ['2022-07-14']],
    ['am 03.03.2021 erschienen', ['2021-03-03']],
    ['Received 3 November 2014 Accepted 23 January 2015', ['2014-11-03', '2015-01-23']],
    ['June 2023', ['2023-06']],
    ['in Juni 2023 und', ['2023-06']],
    ['arXiv:1601.03642v1 [cs.CV] 12 Jan 2016', ['2016-01-12']],
    ['February 30, 2025', []], // no such day
    ['May the force be with you in 2025', []], // a month name needs a day or a year right after it
    ['13/02/2025', []], // slashed numbers are ambiguous between US and European order
  ])('%j → %j', (text, dates) => {
    expect(findDates(text).map((d) => d.value)).toEqual(dates);
  });
});

describe('wholeDate', () => {
  test.each([
    ['Thursday, August 6, 2020', '2020-08-06'],
    ['June 2023', '2023-06'],
    ['2 July 2011[1]', '2011-07-02'],
    ['Donnerstag, 6. August 2020', '2020-08-06'],
    ['Published June 2023', undefined],
    ['June 2023 was warm', undefined],
  ])('%j → %s', (text, value) => {
    expect(wholeDate(text)).toBe(value);
  });
});
