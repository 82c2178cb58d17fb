import { describe, expect, test } from 'vitest';
import { formatTable } from '../../src/run/table-format.js';

const table = {
  columns: ['document', 'score', 'checkable', 'text'],
  rows: [
    { document: 'a', score: 8, checkable: true, text: 'plain' },
    { document: 'b,c', score: 6.5, checkable: false, text: 'He said "no",\nthen left.' },
    { document: 'd', score: null, checkable: null, text: '' },
  ],
};

describe('formatTable', () => {
  test('csv: RFC 4180 quoting, CRLF records, null as an empty field', () => {
    expect(formatTable(table, 'csv')).toBe(
      'document,score,checkable,text\r\na,8,true,plain\r\n"b,c",6.5,false,"He said ""no"",\nthen left."\r\nd,,,\r\n',
    );
  });

  test('csv of no rows is the header line', () => {
    expect(formatTable({ columns: ['a', 'b'], rows: [] }, 'csv')).toBe('a,b\r\n');
  });

  test('jsonl: one object a line, keys in column order, missing values null', () => {
    const lines = formatTable({ ...table, rows: [{ text: 'x', document: 'a' }] }, 'jsonl');
    expect(lines).toBe('{"document":"a","score":null,"checkable":null,"text":"x"}\n');
  });

  test('table: columns aligned, line breaks flattened, the last column whole', () => {
    const long = 'x'.repeat(80);
    const text = formatTable(
      {
        columns: ['name', 'text'],
        rows: [
          { name: long, text: long },
          { name: 'b', text: 'two\nlines' },
        ],
      },
      'table',
    );
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^name {46}text$/);
    expect(lines[2]).toBe(`${'x'.repeat(47)}…  ${long}`);
    expect(lines[3]).toBe(`b${' '.repeat(49)}two lines`);
  });
});
