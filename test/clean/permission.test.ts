import { describe, expect, test } from 'vitest';
import { markPermission } from '../../src/clean/permission.js';
import { FOOT, MIDDLE, block, layout, page, rolesOf, testContext } from '../helpers/layout.js';

const PROSE = 'The council met on Tuesday and agreed on a new budget for the coming year. '.repeat(3);

const roleOf = (text: string, spec: { y: number; size?: number }) =>
  rolesOf(markPermission(layout([page(1, [block(PROSE, { y: 600 }), block(text, spec)])]), testContext()))[0]?.[1];

describe('markPermission', () => {
  test.each([
    ['Copyright © 2021 by the author. Distributed under a Creative Commons licence.', { y: FOOT, size: 8 }, 'permission'],
    ['This work is licensed under a Creative Commons Attribution 4.0 International License.', { y: MIDDLE, size: 7 }, 'permission'],
    ['© 2020 The Authors. All rights reserved.', { y: MIDDLE }, 'permission'], // two phrases: a notice wherever it stands
    ['The Creative Commons movement changed how museums share their collections.', { y: MIDDLE }, 'body'], // one phrase in body type
    [`${PROSE}${PROSE} Creative Commons licences are now common. © 2020.`, { y: FOOT, size: 8 }, 'body'], // too long for a notice
  ])('%j → %s', (text, spec, role) => {
    expect(roleOf(text, spec)).toBe(role);
  });
});
