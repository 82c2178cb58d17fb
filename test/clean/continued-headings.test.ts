import { describe, expect, test } from 'vitest';
import { markContinuedHeadings } from '../../src/clean/continued-headings.js';
import { MIDDLE, pageWith, rolesOf, testContext } from '../helpers/layout.js';

describe('markContinuedHeadings', () => {
  test.each([
    ['Pharmacology (cont.)', 'continued-heading'],
    ['Drug and Food Interactions (continued)', 'continued-heading'],
    ['ESTIMATED COSTS—Continued', 'continued-heading'],
    ['Ergebnisse (Fortsetzung)', 'continued-heading'],
    ['Pharmacology', 'body'],
    ['The talks continued.', 'body'],
    ['Negotiations between the two parties broke down, and the strike (continued)', 'body'], // too long for a heading
  ])('%j → %s', (text, role) => {
    expect(rolesOf(markContinuedHeadings(pageWith(text, { y: MIDDLE }), testContext()))[0]?.[0]).toBe(role);
  });
});
