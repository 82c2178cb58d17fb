/** How `opclean search` and `opclean query` print rows. */
export const TABLE_FORMATS = ['table', 'csv', 'jsonl'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** Rows with their columns in order; a value is a string, a number, a boolean or null. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/** Widest cell of a column in a terminal table (the last column is never cut), characters. */
const MAX_CELL_CHARS = 48;

/**
 * Rows as text: `table` aligned for a terminal (long cells cut, the last column whole), `csv`
 * as RFC 4180 has it (a header line, CRLF line ends, a field quoted when it holds a comma, a
 * quote or a line break, quotes doubled; null is an empty field), `jsonl` one JSON object a
 * line with the columns as keys. CSV and JSONL load as they are into pandas
 * (`read_csv`, `read_json(lines=True)`), R (`read.csv`, `jsonlite::stream_in`) and DuckDB
 * (`read_csv`, `read_json`).
 */
export function formatTable(table: Table, format: TableFormat): string {
  if (format === 'jsonl') {
    return table.rows.map((row) => `${JSON.stringify(Object.fromEntries(table.columns.map((c) => [c, row[c] ?? null])))}\n`).join('');
  }
  if (format === 'csv') {
    const line = (cells: readonly string[]) => `${cells.map(csvField).join(',')}\r\n`;
    return line(table.columns) + table.rows.map((row) => line(table.columns.map((c) => plain(row[c])))).join('');
  }
  const cells = table.rows.map((row) => table.columns.map((c, i) => cut(display(row[c]), i === table.columns.length - 1)));
  const widths = table.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] as string).length)));
  const line = (r: readonly string[]) =>
    `${r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()}\n`;
  return line(table.columns) + line(widths.map((w) => '-'.repeat(w))) + cells.map(line).join('');
}

/** A value as a CSV field's text: booleans as true/false, null as nothing. */
function plain(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A value as a terminal cell: on one line, numbers to six significant digits. */
function display(value: unknown): string {
  if (typeof value === 'number' && !Number.isInteger(value)) return String(Number(value.toPrecision(6)));
  return plain(value).replace(/\s+/g, ' ');
}

const cut = (text: string, isLast: boolean): string =>
  isLast || [...text].length <= MAX_CELL_CHARS ? text : `${[...text].slice(0, MAX_CELL_CHARS - 1).join('')}…`;
