import { expect, test } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';

test.each([
  ['Facing this, the U.S. response has been forceful. It grew.', ['Facing this, the U.S. response has been forceful.', 'It grew.']],
  ['They met Mrs. Schwarzkopf today. Then left.', ['They met Mrs. Schwarzkopf today.', 'Then left.']],
  ['It came to the U.S. The next day it left.', ['It came to the U.S.', 'The next day it left.']],
  ['George W. Bush was President. Yes.', ['George W. Bush was President.', 'Yes.']],
  ['How long should we wait? How long?', ['How long should we wait?', 'How long?']],
  ['He said "no." Then he left.', ['He said "no."', 'Then he left.']],
])('%j', (text, expected) => {
  const sentences = splitSentences(text);
  expect(sentences.map((s) => s.text)).toEqual(expected);
  for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
});

test('a unit in lower case after a number ends its sentence, where the title "Ms." does not', () => {
  expect(splitSentences('The gate took 23 ms. Detuning can serve as a parameter.').map((s) => s.text)).toEqual([
    'The gate took 23 ms.',
    'Detuning can serve as a parameter.',
  ]);
  expect(splitSentences('We met Ms. Okafor on Friday.').length).toBe(1);
});

test("a company's legal form with periods ends no sentence, unless a typical starter follows", () => {
  expect(
    splitSentences('The boards of Banca Valpadana S.p.A. ("Valpadana") and Credito Tirrenico S.p.A. approved a merger. It was big.').map(
      (s) => s.text,
    ),
  ).toEqual(['The boards of Banca Valpadana S.p.A. ("Valpadana") and Credito Tirrenico S.p.A. approved a merger.', 'It was big.']);
  expect(splitSentences('Shares rose at Beta N.V. The index fell.').map((s) => s.text)).toEqual([
    'Shares rose at Beta N.V.',
    'The index fell.',
  ]);
});

test('a letter that labels the noun before it ends the sentence with its period; an initial does not', () => {
  expect(splitSentences('The drug is in Pregnancy Category D. Adequate studies are lacking.').map((s) => s.text)).toEqual([
    'The drug is in Pregnancy Category D.',
    'Adequate studies are lacking.',
  ]);
  expect(splitSentences('President Harry S. Truman spoke.')).toHaveLength(1);
});
