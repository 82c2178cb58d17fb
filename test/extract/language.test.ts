import { afterAll, describe, expect, test } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { detectLanguage, readsAsEnglish } from '../../src/extract/language.js';
import { stopNlp } from '../../src/extract/nlp/load.js';
import { createContext } from '../../src/model/context.js';
import { articleFrom } from '../helpers/article.js';

const ENGLISH = [
  'Libraries in Berlin should stay open after dark. Many people work during the day and cannot visit before closing time.',
  'In a six-month trial, a third of all visits came after six in the evening, most of them from students and shift workers.',
];
const GERMAN = [
  'Die Stadtbibliothek in Berlin soll abends länger öffnen. Viele Menschen arbeiten tagsüber und können vor Schließung nicht kommen.',
  'In einem Versuch über sechs Monate kam ein Drittel aller Besuche nach 18 Uhr, vor allem von Studierenden und Schichtarbeitern.',
];
const FRENCH = [
  'La Bibliothèque nationale devrait ouvrir le soir. Beaucoup de gens travaillent pendant la journée et ne peuvent pas venir avant la fermeture.',
  "Lors d'un essai de six mois, un tiers des visites a eu lieu après 18 heures, surtout des étudiants et des salariés en horaires décalés.",
];

afterAll(() => stopNlp());

describe('detectLanguage', () => {
  test.each([
    [ENGLISH, 'eng'],
    [GERMAN, 'deu'],
    [FRENCH, 'fra'],
    [['Too short to tell.'], 'und'],
  ])('%#: %s', (texts, code) => {
    expect(detectLanguage(texts)).toBe(code);
  });

  test('English prose full of function words is English without franc; an English word or two in German prose is not', () => {
    const german =
      'Die Regierung hat am Montag beschlossen, dass die Ausgaben für die Verteidigung steigen. Was das für den Haushalt bedeutet, ist noch offen, und die Opposition kritisiert den Plan scharf, weil er die Schulden der Länder erhöht und die Kommunen belastet. Der Minister sagte, die Entscheidung sei notwendig.';
    expect(detectLanguage([german])).toBe('deu');
    expect(
      detectLanguage([
        'The ministry said that the cuts, which it announced on Monday, were the first of their kind. It is the largest cut for a decade and has been criticised by the opposition, which says that the plan was rushed.',
      ]),
    ).toBe('eng');
  });

  test('English and undetermined text are read by the English rules, others not', () => {
    expect([readsAsEnglish('eng'), readsAsEnglish('und'), readsAsEnglish('deu'), readsAsEnglish('fra')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('extract on a language other than English', () => {
  test('German text: no entities, figures or claims, and a warning that says why', async () => {
    const ctx = createContext();
    const enriched = await extract(articleFrom({ paragraphs: GERMAN }), ctx);
    expect(enriched.language).toBe('deu');
    expect([enriched.entities, enriched.figures, enriched.claims]).toEqual([[], [], []]);
    expect(ctx.diagnostics).toContainEqual(expect.objectContaining({ code: 'extract/language', severity: 'warning' }));
  });

  test('English text is extracted as before', async () => {
    const ctx = createContext();
    const enriched = await extract(articleFrom({ paragraphs: ENGLISH }), ctx);
    expect(enriched.language).toBe('eng');
    expect(enriched.entities.map((e) => e.name)).toContain('Berlin');
    expect(ctx.diagnostics.filter((d) => d.code === 'extract/language')).toEqual([]);
  });
});
