import { describe, expect, test } from 'vitest';
import { isPersonName, labelledByline, parseByline, parseWrittenDate, splitNames, titleCaseName } from '../../src/model/bylines.js';

describe('parseWrittenDate', () => {
  test.each([
    ['FEB 9 2025', '2025-02-09'],
    ['MAR 3 2024', '2024-03-03'],
    ['Sept. 30, 2023', '2023-09-30'],
    ['9 February 2025', '2025-02-09'],
    ['1st March 2024', '2024-03-01'],
    ['2025-02-09', '2025-02-09'],
    ['FEB 2025', undefined],
    ['13/02/2025', undefined],
    ['2025-13-01', undefined],
    ['yesterday', undefined],
  ])('%j → %s', (text, iso) => {
    expect(parseWrittenDate(text)).toBe(iso);
  });

  // bug: only day ≤ 31 is checked, so an impossible date becomes an invalid ISO date
  test.each(['February 30 2025', 'APR 31 2024', '2023-02-29'])('%j is no date', (text) => {
    expect(parseWrittenDate(text)).toBeUndefined();
  });
});

describe('parseByline', () => {
  test.each([
    ['FARHAD GOJAYEV, FEB 9 2025', { name: 'FARHAD GOJAYEV', date: '2025-02-09' }],
    ['JANE DOE, MAR 3 2024', { name: 'JANE DOE', date: '2024-03-03' }],
    ['GEORGE H. W. BUSH, JAN 29 1991', { name: 'GEORGE H. W. BUSH', date: '1991-01-29' }],
    ['By Jane Doe | 9 February 2025', { name: 'Jane Doe', date: '2025-02-09' }],
    ['Jane Doe – 2025-02-09', { name: 'Jane Doe', date: '2025-02-09' }],
    ['Ten years ago, in 2015, China introduced the plan', undefined],
    ['JANE DOE', undefined], // no date: not a byline
    ['Page 1 of 2', undefined],
  ])('%j → %o', (text, expected) => {
    expect(parseByline(text)).toEqual(expected);
  });
});

describe('titleCaseName', () => {
  test.each([
    ['FARHAD GOJAYEV', 'Farhad Gojayev'],
    ["SEÁN O'BRIEN", "Seán O'Brien"],
    ['ANNE-MARIE SLAUGHTER', 'Anne-Marie Slaughter'],
    ['GEORGE H. W. BUSH', 'George H. W. Bush'],
    ['danah boyd', 'danah boyd'], // mixed or lower case is kept as written
    ['Ursula von der Leyen', 'Ursula von der Leyen'],
  ])('%j → %j', (name, expected) => {
    expect(titleCaseName(name)).toBe(expected);
  });
});

describe('labelledByline', () => {
  test.each([
    ['By Jane Doe', { names: 'Jane Doe', rest: '' }],
    ['By Jane Doe | 9 February 2025', { names: 'Jane Doe', rest: '9 February 2025' }],
    ['Reviewed by', { names: '', rest: '' }],
    ['Review by: John Roe', { names: 'John Roe', rest: '' }],
    ['Von Max Mustermann', { names: 'Max Mustermann', rest: '' }],
    ['Par Jeanne Dupont, 3 mars 2021', { names: 'Jeanne Dupont', rest: '3 mars 2021' }],
    ['By 2030, the plan will be done', undefined],
    ['by the way', undefined],
    ['Bystanders watched', undefined],
  ])('%j → %o', (text, expected) => {
    expect(labelledByline(text)).toEqual(expected);
  });
});

describe('splitNames and isPersonName', () => {
  test.each([
    ['Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Ann Lee, Bo Chan and Cy Dee', ['Ann Lee', 'Bo Chan', 'Cy Dee']],
    ['S.-T. Wang¹,², C. Shen¹,³ & L.-M. Duan¹,²', ['S.-T. Wang', 'C. Shen', 'L.-M. Duan']],
    ['Max Muster und Erika Muster', ['Max Muster', 'Erika Muster']],
  ])('%j → %j', (text, names) => {
    expect(splitNames(text)).toEqual(names);
    expect(names.every(isPersonName)).toBe(true);
  });

  test.each(['and', 'Monday', 'Jane Doe Monday', 'The Kroger Co.', 'Layout Team', 'threats highlight the importance', 'Ursula'])(
    '%j is no person name',
    (text) => {
      expect(isPersonName(text)).toBe(false);
    },
  );

  test.each(['Ursula von der Leyen', 'FARHAD GOJAYEV', 'Mary-Jane O’Neil'])('%j is a person name', (text) => {
    expect(isPersonName(text)).toBe(true);
  });
});
