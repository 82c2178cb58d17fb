import { describe, expect, test } from 'vitest';
import { markContinuations } from '../../src/clean/continuations.js';
import { MIDDLE, pageWith, rolesOf, testContext } from '../helpers/layout.js';

describe('markContinuations', () => {
  test.each([
    ['Pharmacology (cont.)', 'continuation'],
    ['Drug and Food Interactions (continued)', 'continuation'],
    ['ESTIMATED COSTS—Continued', 'continuation'],
    ['Ergebnisse (Fortsetzung)', 'continuation'],
    ['Continued on page 5', 'continuation'],
    ['(Continued from page A1)', 'continuation'],
    ['Continued on next page', 'continuation'],
    ['Fortsetzung auf Seite 3', 'continuation'],
    ['Suite en page 2', 'continuation'],
    ['The debate continued on page after page of the report.', 'body'],
    ['Pharmacology', 'body'],
    ['The talks continued.', 'body'],
    ['Negotiations between the two parties broke down, and the strike (continued)', 'body'], // too long for a heading
  ])('%j → %s', (text, role) => {
    expect(rolesOf(markContinuations(pageWith(text, { y: MIDDLE }), testContext()))[0]?.[0]).toBe(role);
  });
});
