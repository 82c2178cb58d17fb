import { esc, pageStart } from './html.js';

/** One input of the run as the index lists it. */
export interface IndexRow {
  readonly name: string;
  readonly status: 'ok' | 'partial' | 'failed';
  readonly pages?: number;
  readonly error?: { readonly kind: string; readonly message: string };
  readonly title?: string | null;
  /** Lines taken out of the body. */
  readonly removed?: number;
  /** Metadata fields not found (title, authors, published, url, publisher). */
  readonly missing?: readonly string[];
  readonly entities?: number;
  readonly figures?: number;
  readonly claims?: number;
  readonly warnings?: number;
  /** The document's review page, relative to the index; none for a failed file. */
  readonly href?: string;
}

const FIELDS = [
  ['title', 'T', 'title'],
  ['authors', 'A', 'authors'],
  ['published', 'D', 'date'],
  ['url', 'U', 'address'],
  ['publisher', 'P', 'publisher'],
] as const;

const COLUMNS = [
  ['name', 'Document', 'text'],
  ['status', 'Status', 'text'],
  ['pages', 'Pages', 'number'],
  ['kind', 'Failure', 'text'],
  ['removed', 'Noise removed', 'number'],
  ['found', 'Metadata found', 'number'],
  ['entities', 'Entities', 'number'],
  ['figures', 'Figures', 'number'],
  ['claims', 'Claims', 'number'],
  ['warnings', 'Warnings', 'number'],
] as const;

/** A cell with its sort value; an absent number sorts below every number. */
const cell = (value: string | number | undefined, html: string, cls = ''): string =>
  `<td${cls ? ` class="${cls}"` : ''} data-v="${esc(String(value ?? ''))}">${html}</td>`;

function rowHtml(row: IndexRow): string {
  // a failed file found nothing, and is listed by the status filter, not the metadata one
  const missing = new Set(row.status === 'failed' ? [] : (row.missing ?? FIELDS.map(([key]) => key)));
  const metadata = FIELDS.map(([key, letter, label]) => {
    const isFound = row.status !== 'failed' && !missing.has(key);
    return `<span class="mf ${isFound ? 'yes' : 'no'}" title="${label} ${isFound ? 'found' : 'missing'}"><span aria-hidden="true">${letter}</span><span class="sr">${label} ${isFound ? 'found' : 'missing'}</span></span>`;
  }).join('');
  const found = row.status === 'failed' ? undefined : FIELDS.length - missing.size;
  const name = row.href ? `<a href="${esc(row.href)}">${esc(row.name)}</a>` : esc(row.name);
  const title = row.title ? `<br><span class="title">${esc(row.title)}</span>` : '';
  const kind = row.error
    ? `<span class="kind" title="${esc(row.error.message)}">${esc(row.error.kind)}</span><br><small>${esc(row.error.message)}</small>`
    : '';
  return (
    `<tr data-status="${row.status}" data-kind="${esc(row.error?.kind ?? '')}" data-missing="${esc([...missing].join(' '))}">` +
    cell(row.name.toLowerCase(), name + title, 'doc') +
    cell(row.status, `<span class="status s-${row.status}">${row.status}</span>`) +
    cell(row.pages, String(row.pages ?? ''), 'n') +
    cell(row.error?.kind, kind) +
    cell(row.removed, String(row.removed ?? ''), 'n') +
    cell(found, row.status === 'failed' ? '' : metadata, 'meta') +
    cell(row.entities, String(row.entities ?? ''), 'n') +
    cell(row.figures, String(row.figures ?? ''), 'n') +
    cell(row.claims, String(row.claims ?? ''), 'n') +
    cell(row.warnings, String(row.warnings ?? ''), 'n') +
    '</tr>'
  );
}

/** The run's index: one sortable, filterable row per input, linking to each document's page. */
export function indexPage(rows: readonly IndexRow[], outName: string): string {
  const count = (status: IndexRow['status']): number => rows.filter((r) => r.status === status).length;
  const kinds = [...new Set(rows.flatMap((r) => (r.error ? [r.error.kind] : [])))].sort();
  const pages = rows.reduce((sum, r) => sum + (r.pages ?? 0), 0);
  const head = COLUMNS.map(
    ([key, label, type]) =>
      `<th scope="col" aria-sort="none"><button type="button" data-sort="${key}" data-type="${type}">${label}</button></th>`,
  ).join('');
  return `${pageStart(outName, '', 'index-page', { href: '#runs', label: 'Skip to the table' })}<header class="top">
<h1>Review of ${esc(outName)}</h1>
<p class="sub">${rows.length} files: ${count('ok')} converted, ${count('partial')} with warnings, ${count('failed')} failed; ${pages} pages. Choose a document to see its pages beside the cleaned text.</p>
</header>
<main>
<form class="filters" role="search" aria-label="Filter the documents">
<label>Search <input type="search" id="f-text" placeholder="name or title" autocomplete="off"></label>
<label>Status <select id="f-status"><option value="">any</option><option value="ok">ok</option><option value="partial">partial</option><option value="failed">failed</option></select></label>
<label>Failure <select id="f-kind"><option value="">any</option>${kinds.map((k) => `<option value="${esc(k)}">${esc(k)}</option>`).join('')}</select></label>
<label>Metadata <select id="f-missing"><option value="">any</option><option value="complete">all found</option>${FIELDS.map(([key, , label]) => `<option value="${key}">${label} missing</option>`).join('')}</select></label>
<p id="f-count" aria-live="polite">${rows.length} shown</p>
</form>
<div class="scroll">
<table id="runs" class="runs" aria-describedby="f-count">
<caption class="sr">Files of the run; the column buttons sort, the fields above filter</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows.map(rowHtml).join('\n')}
</tbody>
</table>
</div>
</main>
<script src="assets/review.js"></script>
</body>
</html>
`;
}
