import { describe, expect, test } from 'vitest';
import { headingTextFault, isAllCaps, numberDepth, sectionNumber } from '../../src/structure/heading-text.js';

describe('headingTextFault', () => {
  test.each([
    'Background',
    'I. INTRODUCTION',
    '3.1. Creating destination points at headings',
    '6.2. pdfmom',
    '(a) Comments Due Date',
    '§ 39.13 [Amended]',
    'Is it low-level code?',
    'compiled-code (B)',
    'Full-Year 2023 Guidance*',
    'Appendix A',
    'Linux Code, 1',
    'B. GRUV',
    'By the Numbers',
    'The “One Book”',
    'By The Numbers',
    'By design and accident',
    '9 Years Old: A different view of learning',
    '6. pdfmom: Simplifying PDF output',
    '14 CFR Part 39',
  ])('%s reads as a heading', (text) => {
    expect(headingTextFault(text)).toBeUndefined();
  });

  test.each<[string, string]>([
    ['• Federal eRulemaking Portal: Go to', 'bullet'],
    ['o Grew digital sales 12%', 'bullet'],
    ['.PDF_LINK <id> [PREFIX <text>]', 'code'],
    ['int error; if (fd == MARN_EPT) {', 'code'],
    ['w2 x2', 'symbols'],
    ['Σ ϕ', 'symbols'],
    ['June 2023', 'date'],
    ['Received 3 November 2014', 'date'],
    ['12. März 2020', 'date'],
    ['Spring 2023', 'date'],
    ['Vol. 85, No. 152', 'issue'],
    ['Heft 3/2020', 'issue'],
    ['Operating margin 29 % 29 %', 'figures'],
    ['Pharmacology (cont.)', 'continued'],
    ['ESTIMATED COSTS—Continued', 'continued'],
    ['Dynamic ion positions. Adding Coulomb interactions back, the', 'run-in'],
    ['This file is part of groff.', 'sentence'],
    ['SUBJECT AREAS:', 'open end'],
    ['The Administration Needs to Fully Develop and', 'open end'],
    ['Reviewed by', 'open end'],
    ['S.-T. Wang¹,², C. Shen¹,³ & L.-M. Duan¹,²', 'byline'],
    ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen', 'length'],
    ['RIN 2120–AA64', 'identifier'],
    ['By Jane Doe and John Smith', 'byline'],
    ['Keywords: quantum gates, ion traps', 'label'],
    ['Brand Name: Taxol, Onxol', 'label'],
    ['40. King, B. E. Quantum state engineering', 'citation'],
    ['J. Weizenbaum, Computer Power and Human Reason', 'citation'],
    ['LziLzj r̃ij', 'symbols'],
    ['[2004 Kyoto Prize Lecture, adapted from the talk]', 'bracketed'],
    ['“We will not back down”', 'quote'],
  ])('%s → %s', (text, fault) => {
    expect(headingTextFault(text)).toBe(fault);
  });
});

describe('section numbers', () => {
  test.each<[string, string, number]>([
    ['1. Introduction', '1.', 1],
    ['IV. Results', 'IV.', 1],
    ['3.1. Creating links', '3.1.', 2],
    ['4.2.1 Details', '4.2.1', 3],
    ['(a) Applicability', '(a)', 2],
    ['A. Google DeepDream', 'A.', 2],
    ['Background', '', 0],
    ['2018 National Cyber Strategy', '', 0],
  ])('%s → %s at depth %i', (text, number, depth) => {
    expect(sectionNumber(text)).toBe(number);
    expect(numberDepth(number)).toBe(depth);
  });

  test('capitals: small-capital heads, not mixed case or short marks', () => {
    expect(isAllCaps('II. BASICS OF MACHINE LEARNING')).toBe(true);
    expect(isAllCaps('Basics of Machine Learning')).toBe(false);
    expect(isAllCaps('A B')).toBe(false);
  });
});
