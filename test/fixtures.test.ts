/**
 * End to end on every PDF in fixtures/: intent checks against what the generator put in
 * (test/fixtures/expect/<name>.json), then one golden view per stage so a diff points at the
 * stage that changed. Goldens missing are written on local runs; with CI set vitest writes
 * nothing and fails (update with `npx vitest run -u`, read the diff, commit).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { viewArticle, viewLayout } from '../src/inspect.js';
import { createContext } from '../src/model/context.js';
import { runPipeline, type Trace } from '../src/pipeline.js';
import type { Expectation } from './fixtures/make-fixtures.js';
import { TEST_ACCESSED } from './helpers/citation.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = path.join(REPO, 'fixtures');
const EXPECT = path.join(REPO, 'test', 'fixtures', 'expect');
const DISCLAIMER_START = 'This PDF is auto-generated';

/** Checks that fail today because of a pipeline bug, by fixture: run as test.fails so the
 *  suite stays green and flags the day the bug is fixed. Each entry names the bug. */
const KNOWN_BUGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {};

const pdfs = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.pdf'))
  .sort();

const loadExpectation = (name: string): Expectation | undefined => {
  const file = path.join(EXPECT, `${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Expectation) : undefined;
};

interface ParsedMarkdown {
  readonly frontmatter: Record<string, unknown>;
  /** Everything after the frontmatter. */
  readonly body: string;
  /** The body without its `# Title` line: where no page furniture may appear. */
  readonly text: string;
  readonly titleLine: string | undefined;
}

/** The frontmatter's flat YAML as opclean writes it: `key: <JSON scalar>`, `key: []`, or
 *  `key:` followed by `  - <JSON scalar>` items. Any other line fails the test. */
function parseFlatYaml(yaml: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let list: unknown[] | undefined;
  for (const line of yaml.split('\n')) {
    const item = /^ {2}- (.+)$/.exec(line);
    const entry = /^([A-Za-z][\w-]*):(?: (.+))?$/.exec(line);
    if (item && list) list.push(JSON.parse(item[1] as string));
    else if (entry?.[1] && entry[2] === undefined) out[entry[1]] = list = [];
    else if (entry?.[1]) {
      out[entry[1]] = JSON.parse(entry[2] as string);
      list = undefined;
    } else throw new Error(`unexpected frontmatter line: ${line}`);
  }
  return out;
}

function parseMarkdown(markdown: string): ParsedMarkdown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error('Markdown does not open with a YAML frontmatter block');
  const frontmatter = parseFlatYaml(match[1] ?? '');
  const body = markdown.slice(match[0].length);
  const titleLine = body.split('\n').find((l) => l.trim() !== '');
  const text = titleLine?.startsWith('# ') ? body.replace(titleLine, '') : body;
  return { frontmatter, body, text, titleLine };
}

/** Whitespace folded and Markdown escapes dropped, for comparing prose with rendered Markdown. */
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const squash = (s: string): string =>
  s
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~&])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

for (const file of pdfs) {
  const name = file.replace(/\.pdf$/, '');
  const expected = loadExpectation(name);
  const bugs = KNOWN_BUGS[name] ?? {};
  const check = (title: string, fn: () => void | Promise<void>) => (title in bugs ? test.fails : test)(title, fn);

  describe(file, () => {
    let trace: Trace;
    let md: ParsedMarkdown;

    beforeAll(async () => {
      const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, file)));
      trace = await runPipeline(bytes, file, createContext({ extract: false, accessed: TEST_ACCESSED }));
      md = parseMarkdown(trace.output.markdown ?? '');
    });

    check('Markdown is frontmatter, then # Title', () => {
      expect(md.titleLine).toMatch(/^# \S/);
      expect(md.frontmatter.title).toBe(md.titleLine?.slice(2));
      expect(md.frontmatter.source).toBe(file);
    });

    check('no disclaimer in the Markdown', () => {
      expect(trace.output.markdown).not.toContain(DISCLAIMER_START);
    });

    check('no paragraph ends in a hyphen', () => {
      const hyphenated = trace.article.blocks.filter((b) => /[-\u00AD\u2010]$/.test(b.text.trimEnd()));
      expect(hyphenated.map((b) => b.text.slice(-40))).toEqual([]);
    });

    check('the citation has no doubled punctuation', () => {
      // "n.d..", "H. W..", "Security?.”": a period added after one already there
      expect(String(md.frontmatter.citation)).not.toMatch(/[.?!]\.|[?!][.?!]/);
    });

    check('every block states its pages', () => {
      for (const block of trace.article.blocks) expect(block.pages.length).toBeGreaterThan(0);
    });

    if (expected) {
      check('title, authors, date and URL are what was printed', () => {
        expect(md.frontmatter.title).toBe(expected.title);
        expect(md.frontmatter.author).toEqual(expected.authors);
        expect(md.frontmatter.date).toBe(expected.date);
        expect(md.frontmatter.url).toBe(expected.url);
      });

      check('missing metadata is reported, not invented', () => {
        if (expected.authors.length === 0) expect(trace.article.missing).toContain('authors');
        if (expected.date === null) expect(trace.article.missing).toContain('published');
        if (expected.url === null) expect(trace.article.missing).toContain('url');
      });

      check('no page furniture or front matter in the body', () => {
        // short page numbers ("2") would match any figure: they are checked through removed[]
        const leaks = expected.noise.filter((n) => n.length >= 6 && md.text.includes(n));
        expect(leaks).toEqual([]);
        expect(md.body.split(expected.title).length - 1, 'the title appears once').toBe(1);
      });

      check('every removed line is recorded in removed[]', () => {
        const removed = trace.article.removed.map((r) => r.text).join('\n');
        // a misspelt header is recorded as corrected: the misspelling survives only in corrections[]
        const canonical = (n: string) => expected.misspellings.reduce((t, typo) => t.replace(typo, expected.authors[0] ?? typo), n);
        const unrecorded = expected.noise.map(canonical).filter((n) => !removed.includes(n));
        expect(unrecorded).toEqual([]);
      });

      check('paragraphs and headings start with the words printed', () => {
        const got = trace.article.blocks.map((b) => `${b.kind}: ${b.text.split(/\s+/).slice(0, 6).join(' ')}`);
        expect(got).toEqual(expected.blocks.map((b) => `${b.kind}: ${b.firstWords}`));
      });

      check('paragraph texts match word for word', () => {
        expect(trace.article.blocks.map((b) => b.text)).toEqual(expected.blocks.map((b) => b.text));
      });

      check('paragraphs stand on the pages they were set on', () => {
        expect(trace.article.blocks.map((b) => b.pages)).toEqual(expected.blocks.map((b) => b.pages));
      });

      check('headings are found', () => {
        expect(trace.article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(expected.headings);
        // the heading may carry its anchor: ## <span id="h1" …></span>Heading
        for (const heading of expected.headings)
          expect(md.text).toMatch(new RegExp(`^## (?:<span [^>]*></span>)?${escapeRegExp(heading)}$`, 'm'));
      });

      check('the bio is found', () => {
        expect(trace.article.bio?.text ?? null).toBe(expected.bio);
        if (expected.bio)
          expect(squash(md.text)).toContain(
            `## About the author <span id="bio" data-pages="${trace.article.bio?.pages.join('-')}"></span>${expected.bio}`,
          );
      });

      check('the author is spelled canonically everywhere', () => {
        const { corrections: _, diagnostics: __, ...rest } = JSON.parse(trace.output.json ?? '{}') as Record<string, unknown>;
        const everything = `${trace.output.markdown ?? ''}\n${JSON.stringify(rest)}`;
        for (const typo of expected.misspellings) expect(everything).not.toContain(typo);
        for (const author of expected.authors) expect(trace.article.authors.map((a) => a.name)).toContain(author);
      });

      if (expected.misspellings.length > 0) {
        check('diagnostics quote the misspelling only to report its correction', () => {
          const { diagnostics = [] } = JSON.parse(trace.output.json ?? '{}') as { diagnostics?: { code: string; message: string }[] };
          const leaks = diagnostics.filter(
            (d) => d.code !== 'clean/author-name' && expected.misspellings.some((t) => d.message.includes(t)),
          );
          expect(leaks.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
        });

        check('the misspelling is recorded in corrections[]', () => {
          const corrections = trace.article.corrections.map((c) => `${c.from} → ${c.to}`);
          for (const typo of expected.misspellings) expect(corrections).toContain(`${typo} → ${expected.authors[0]}`);
        });
      }

      if (expected.mustContain.length + expected.mustNotContain.length > 0) {
        check('line-end repairs read as printed', () => {
          const body = squash(md.text);
          for (const s of expected.mustContain) expect(body).toContain(s);
          for (const s of expected.mustNotContain) expect(body).not.toContain(s);
        });
      }
    }

    test('golden views', async () => {
      await expect(viewLayout(trace.laidOut)).toMatchFileSnapshot(`golden/${name}/2-layout.txt`);
      await expect(viewLayout(trace.cleaned)).toMatchFileSnapshot(`golden/${name}/3-clean.txt`);
      await expect(viewArticle(trace.article)).toMatchFileSnapshot(`golden/${name}/4-article.txt`);
      await expect(trace.output.markdown).toMatchFileSnapshot(`golden/${name}/6-output.md`);
      await expect(trace.output.json).toMatchFileSnapshot(`golden/${name}/6-output.json`);
    });
  });
}

const EXTRACT_INDEX = path.join(REPO, 'src', 'extract', 'index.ts');

describe.runIf(existsSync(EXTRACT_INDEX))('with extraction', () => {
  test('paragraph-across-page-break.pdf: every entity, figure and claim has a page', { timeout: 60_000 }, async () => {
    const file = 'paragraph-across-page-break.pdf';
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, file)));
    const trace = await runPipeline(bytes, file, createContext({ extract: true }));
    const { enriched } = trace;
    const pages = trace.raw.pageCount;
    expect(enriched.entities.length).toBeGreaterThan(0);
    expect(enriched.figures.length).toBeGreaterThan(0);
    for (const entity of enriched.entities) {
      expect(entity.mentions.length, entity.name).toBeGreaterThan(0);
      for (const m of entity.mentions) expect(m.page).toBeGreaterThanOrEqual(1);
    }
    for (const item of [...enriched.figures, ...enriched.claims]) {
      expect(item.page).toBeGreaterThanOrEqual(1);
      expect(item.page).toBeLessThanOrEqual(pages);
    }
    const names = enriched.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Rosatom']));
    expect(trace.output.json).toBeDefined();
  });
});
