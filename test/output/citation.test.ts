import { beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../src/model/document.js';
import { type Citeproc, loadCiteproc } from '../../src/output/citation/citeproc.js';
import { citationKey, toCsl } from '../../src/output/citation/csl.js';
import { itemTypeOf } from '../../src/output/citation/item-type.js';
import { isOrganisation, toCslName } from '../../src/output/citation/names.js';
import { articleFrom } from '../helpers/article.js';

/** An article with only the metadata a citation reads. */
const piece = (meta: Partial<Pick<Article, 'title' | 'published' | 'url' | 'publisher'>> & { authors?: string[] }): Article => ({
  ...articleFrom({ paragraphs: ['Text.'] }),
  ...meta,
  authors: (meta.authors ?? []).map((name) => ({ name, sources: ['byline'] })),
});

const SEED = piece({
  title: 'Opinion – The Mixed Results of Made in China 2025',
  authors: ['Farhad Gojayev'],
  published: '2025-02-09',
  url: 'https://www.e-ir.info/2025/02/09/opinion-the-mixed-results-of-made-in-china-2025/',
  publisher: 'E-International Relations',
});
const SEED_URL = 'https://www.e-ir.info/2025/02/09/opinion-the-mixed-results-of-made-in-china-2025/';
const THREE = piece({ title: 'Rivers Without Borders', authors: ['Jane Doe', 'John Smith', 'Mary Major'], published: '2024-05' });
const ACCESSED = '2026-01-15';

let citeproc: Citeproc;
beforeAll(async () => {
  citeproc = await loadCiteproc();
});

const ref = (article: Article, style: 'apa' | 'chicago' | 'mla') => citeproc.reference(toCsl(article, ACCESSED), style);

describe('names', () => {
  test.each([
    ['Farhad Gojayev', { family: 'Gojayev', given: 'Farhad' }],
    ['Ursula von der Leyen', { family: 'von der Leyen', given: 'Ursula', 'parse-names': false }],
    ['Martin Luther King Jr.', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['Martin Luther King, Jr.', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['Henry Ford III', { family: 'Ford', given: 'Henry', suffix: 'III' }],
    ['George H. W. Bush', { family: 'Bush', given: 'George H. W.' }],
    ['Congressional Budget Office', { literal: 'Congressional Budget Office' }],
    ['Acme Widgets Inc.', { literal: 'Acme Widgets Inc.' }],
    ['Ministry of Finance', { literal: 'Ministry of Finance' }],
    ['Aristotle', { literal: 'Aristotle' }],
  ])('%j → %j', (name, csl) => {
    expect(toCslName(name)).toEqual(csl);
  });

  test.each([
    ['World Health Organization', true],
    ['Crisis Group', true],
    ['Procter & Gamble', true],
    // an organisation word wherever it stands: a person called Office is rarer than an
    // office signing a report
    ['Grace Office', true],
    ['Mary Major', false],
    ['Ursula von der Leyen', false],
    ['JANE DOE', false], // a byline set in capitals
  ])('%j is an organisation: %s', (name, expected) => {
    expect(isOrganisation(name)).toBe(expected);
  });
});

describe('CSL-JSON item', () => {
  test('the seed article, field by field', () => {
    expect(toCsl(SEED, ACCESSED)).toEqual({
      id: 'gojayev2025mixed',
      'citation-key': 'gojayev2025mixed',
      type: 'article-magazine',
      title: 'Opinion – The Mixed Results of Made in China 2025',
      author: [{ family: 'Gojayev', given: 'Farhad' }],
      issued: { 'date-parts': [[2025, 2, 9]] },
      'container-title': 'E-International Relations',
      URL: SEED_URL,
      accessed: { 'date-parts': [[2026, 1, 15]] },
    });
  });

  test.each([
    ['2025', [[2025]]],
    ['2025-02', [[2025, 2]]],
    ['2025-02-09', [[2025, 2, 9]]],
  ])('issued %s keeps its precision', (published, parts) => {
    expect(toCsl(piece({ published }), ACCESSED).issued).toEqual({ 'date-parts': parts });
  });

  test('no date: no issued', () => {
    expect(toCsl(piece({ title: 'Undated' }), ACCESSED)).not.toHaveProperty('issued');
  });

  test('a doi.org address gives the DOI instead of the URL', () => {
    const item = toCsl(piece({ url: 'https://doi.org/10.1000/xyz123' }), ACCESSED);
    expect(item.DOI).toBe('10.1000/xyz123');
    expect(item).not.toHaveProperty('URL');
  });

  test.each([
    [{ url: 'https://blog.example.org/2024/05/a-post' }, 'post-weblog'],
    [{ url: 'https://someone.substack.com/p/a-post' }, 'post-weblog'],
    [{ url: 'https://www.example.org/blogs/energy/a-post' }, 'post-weblog'],
    [{ publisher: 'The Washington Post' }, 'article-newspaper'],
    [{ publisher: 'Daily Planet' }, 'article-newspaper'],
    [{ title: 'Annual Report on Water 2023', publisher: 'Water Board' }, 'report'],
    [{ title: 'Policy Brief: Grid Storage' }, 'report'],
    [{ publisher: 'Congressional Budget Office', authors: ['Congressional Budget Office'] }, 'report'],
    [{ publisher: 'E-International Relations' }, 'article-magazine'],
    [{}, 'article'],
  ] as const)('%j is typed %s', (meta, type) => {
    expect(itemTypeOf(piece({ ...meta, authors: 'authors' in meta ? [...meta.authors] : [] }))).toBe(type);
  });

  test.each([
    [[{ family: 'Gojayev', given: 'Farhad' }], 2025, 'Opinion – The Mixed Results of Made in China 2025', 'gojayev2025mixed'],
    [[{ family: 'von der Leyen', given: 'Ursula' }], 2020, 'A Europe That Protects', 'vonderleyen2020europe'],
    [[{ family: 'Ødegård', given: 'Åse' }], 2021, 'Why Élan Matters', 'odegard2021elan'],
    [[{ literal: 'Congressional Budget Office' }], 2023, 'The Budget', 'congressional2023budget'],
    [[], undefined, 'Reservoir Storage and Drought', 'reservoirndstorage'],
    [[], undefined, null, 'untitlednd'],
  ])('key of %j, %s, %j is %s', (authors, year, title, key) => {
    expect(citationKey(authors, year, title)).toBe(key);
  });
});

describe('references by citeproc (hand-checked against each style guide)', () => {
  test('a year and month in a newspaper: APA and MLA print the month', () => {
    const dated = piece({ title: 'Rivers Without Borders', authors: ['Jane Doe'], published: '2024-05', publisher: 'The Daily Planet' });
    expect(ref(dated, 'chicago')).toBe('Doe, Jane. 2024. “Rivers Without Borders.” The Daily Planet, May 2024.');
    expect(ref(dated, 'apa')).toBe('Doe, J. (2024, May). Rivers Without Borders. The Daily Planet.');
    expect(ref(dated, 'mla')).toBe('Doe, Jane. “Rivers Without Borders.” The Daily Planet, May 2024.');
  });

  test('the seed article in Chicago author-date, APA 7 and MLA 9', () => {
    expect(ref(SEED, 'chicago')).toBe(
      `Gojayev, Farhad. 2025. “Opinion – The Mixed Results of Made in China 2025.” E-International Relations, February 9, 2025. ${SEED_URL}.`,
    );
    expect(ref(SEED, 'apa')).toBe(
      `Gojayev, F. (2025, February 9). Opinion – The Mixed Results of Made in China 2025. E-International Relations. ${SEED_URL}`,
    );
    expect(ref(SEED, 'mla')).toBe(
      `Gojayev, Farhad. “Opinion – The Mixed Results of Made in China 2025.” E-International Relations, 9 Feb. 2025, ${SEED_URL}.`,
    );
  });

  // without a publication the item is a plain `article`: APA dates such an item by its year
  test('three authors: all named in Chicago and APA, "et al." in MLA; MLA keeps the month', () => {
    expect(ref(THREE, 'chicago')).toBe('Doe, Jane, John Smith, and Mary Major. 2024. “Rivers Without Borders.”');
    expect(ref(THREE, 'apa')).toBe('Doe, J., Smith, J., & Major, M. (2024). Rivers Without Borders.');
    expect(ref(THREE, 'mla')).toBe('Doe, Jane, et al. Rivers Without Borders. May 2024.');
  });

  test('"Ursula von der Leyen" is filed under "von der Leyen" in every style', () => {
    const vdl = piece({ title: 'A Europe That Protects', authors: ['Ursula von der Leyen'], published: '2020' });
    expect(ref(vdl, 'chicago')).toBe('von der Leyen, Ursula. 2020. “A Europe That Protects.”');
    expect(ref(vdl, 'apa')).toBe('von der Leyen, U. (2020). A Europe That Protects.');
    expect(ref(vdl, 'mla')).toBe('von der Leyen, Ursula. A Europe That Protects. 2020.');
  });

  test('"Martin Luther King Jr." keeps "Jr." as a suffix', () => {
    const mlk = piece({ title: 'Where Do We Go from Here', authors: ['Martin Luther King Jr.'], published: '1967-08-16' });
    expect(ref(mlk, 'chicago')).toBe('King, Martin Luther, Jr. 1967. “Where Do We Go from Here.”');
    expect(ref(mlk, 'apa')).toBe('King, M. L., Jr. (1967). Where Do We Go from Here.');
    expect(ref(mlk, 'mla')).toBe('King, Martin Luther, Jr. Where Do We Go from Here. 16 Aug. 1967.');
  });

  test('an organisation as author stays one name, never inverted', () => {
    const cbo = piece({ title: 'The Budget Outlook', authors: ['Congressional Budget Office'], published: '2023' });
    expect(ref(cbo, 'chicago')).toBe('Congressional Budget Office. 2023. “The Budget Outlook.”');
    expect(ref(cbo, 'apa')).toBe('Congressional Budget Office. (2023). The Budget Outlook.');
    expect(ref(cbo, 'mla')).toBe('Congressional Budget Office. The Budget Outlook. 2023.');
  });

  test('only a year', () => {
    const yearOnly = piece({ title: 'Grid Storage', authors: ['Ana Lima'], published: '2021', publisher: 'Daily Planet' });
    expect(ref(yearOnly, 'chicago')).toBe('Lima, Ana. 2021. “Grid Storage.” Daily Planet, 2021.');
    expect(ref(yearOnly, 'apa')).toBe('Lima, A. (2021). Grid Storage. Daily Planet.');
    expect(ref(yearOnly, 'mla')).toBe('Lima, Ana. “Grid Storage.” Daily Planet, 2021.');
  });

  test('no author and no date: the title leads, "n.d."', () => {
    const bare = piece({ title: 'Reservoir Storage and Drought' });
    expect(ref(bare, 'chicago')).toBe('“Reservoir Storage and Drought.” n.d. Accessed January 15, 2026.');
    expect(ref(bare, 'apa')).toBe('Reservoir Storage and Drought. (n.d.).');
    expect(ref(bare, 'mla')).toBe('Reservoir Storage and Drought. Accessed 15 Jan. 2026.');
  });
});

test('articles rendered in turn each get their own reference and in-text citation, even under one citation key', () => {
  // one engine per style holds one item at a time: a second article with the same key must not
  // be rendered from the first one's data
  const first = toCsl(piece({ title: 'Grid Storage', authors: ['Ana Lima'], published: '2021' }), ACCESSED);
  const second = { ...toCsl(piece({ title: 'Grid Storage Revisited', authors: ['Ana Lima'], published: '2023' }), ACCESSED), id: first.id };
  expect(citeproc.reference(first, 'apa')).toBe('Lima, A. (2021). Grid Storage.');
  expect(citeproc.inText(first, 'apa', 'paragraph', '4')).toBe('(Lima, 2021, para. 4)');
  expect(citeproc.reference(second, 'apa')).toBe('Lima, A. (2023). Grid Storage Revisited.');
  expect(citeproc.inText(second, 'apa', 'page', '2')).toBe('(Lima, 2023, p. 2)');
  expect(citeproc.inText(first, 'chicago', 'page', '3')).toBe('(Lima 2021, 3)');
  expect(citeproc.reference(first, 'apa')).toBe('Lima, A. (2021). Grid Storage.');
});

describe('BibTeX', () => {
  test('the seed article: keyed by its citation key, with every field', () => {
    expect(citeproc.bibtex(toCsl(SEED, ACCESSED))).toBe(
      [
        '@article{gojayev2025mixed,',
        '\tnote = {[Online; accessed 2026-01-15]},',
        '\tauthor = {Gojayev, Farhad},',
        '\tjournal = {E-International Relations},',
        '\tyear = {2025},',
        '\tmonth = {feb 9},',
        '\ttitle = {Opinion -- {The} {Mixed} {Results} of {Made} in {China} 2025},',
        `\turl = {${SEED_URL}},`,
        `\thowpublished = {${SEED_URL}},`,
        '}',
        '',
      ].join('\n'),
    );
  });

  test('suffixes, particles and organisations as BibTeX names', () => {
    const many = piece({ title: 'Joint Letter', authors: ['Martin Luther King Jr.', 'Ursula von der Leyen', 'World Health Organization'] });
    expect(citeproc.bibtex(toCsl(many, ACCESSED))).toContain(
      'author = {King, Jr., Martin Luther and von der Leyen, Ursula and {World Health Organization}},',
    );
  });
});
