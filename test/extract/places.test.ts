import { expect, test } from 'vitest';
import { gazetteerCountry } from '../../src/extract/entities/places.js';

test('the gazetteer holds subdivisions as English writes them, without the kind their own language adds', () => {
  expect(['Sichuan', 'Guangxi', 'Gyeonggi', 'Busan', 'Tatarstan', 'Yunnan Sheng'].map(gazetteerCountry)).toEqual([
    'CN',
    'CN',
    'KR',
    'KR',
    'RU',
    'CN',
  ]);
  // a subdivision's bare name that is a country's own does not point to the other country
  expect(gazetteerCountry('Taiwan')).not.toBe('CN');
});
