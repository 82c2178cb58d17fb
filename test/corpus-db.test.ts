/**
 * The corpus database end to end, through the built CLI, on the fixtures: the same suite for
 * SQLite and for PostgreSQL (a throwaway server, see helpers/postgres.ts; skipped with the
 * reason printed where one cannot be started). Every expectation is read from the JSON outputs
 * the database was written from.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type CorpusStore, openStore } from '../src/run/sinks/store.js';
import { type OutputDoc, dump, expectMirrors, expectedCounts, orphans, readOutputs, storedCounts } from './helpers/corpus-db.js';
import { startPostgres } from './helpers/postgres.js';
import { CLI, ROOT, ensureBuilt } from './robustness/built-cli.js';

/** A CLI run over the ten fixtures takes a few seconds; on a busy machine, several times that. */
const RUN_MS = 120_000;
const FIXTURES = path.join(ROOT, 'fixtures');
const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-db-test-'));

const server = await startPostgres();
if ('reason' in server) console.warn(`PostgreSQL corpus tests skipped: ${server.reason}`);
const postgres = 'reason' in server ? undefined : server;

beforeAll(() => ensureBuilt(), RUN_MS);
afterAll(() => {
  postgres?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

function start(args: readonly string[], nodeArgs: readonly string[] = []): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [...nodeArgs, CLI, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<Run>((resolve) => child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })));
  return { child, done };
}

const cli = (args: readonly string[], nodeArgs: readonly string[] = []) => start(args, nodeArgs).done;
const jsonl = (run: Run) =>
  run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Entity ids compared as the databases compare them: by code point. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const backends = [
  { name: 'SQLite', available: true, target: async (name: string) => path.join(dir, `${name}.sqlite`) },
  {
    name: 'PostgreSQL',
    available: postgres !== undefined,
    target: (name: string) => (postgres as NonNullable<typeof postgres>).createDatabase(name),
  },
] as const;

for (const backend of backends) {
  describe.skipIf(!backend.available)(`corpus database on ${backend.name}`, () => {
    const prefix = backend.name.toLowerCase();
    const stores: CorpusStore[] = [];
    const open = async (target: string) => {
      const store = await openStore(target, { create: false });
      stores.push(store);
      return store;
    };
    /** One run over the fixtures, without learning templates (see the shard test). */
    let one: { target: string; store: CorpusStore; out: string; docs: OutputDoc[] };

    beforeAll(async () => {
      const target = await backend.target(`${prefix}_one`);
      const out = path.join(dir, `${prefix}-out-one`);
      const run = await cli([FIXTURES, '--out', out, '--db', target, '--no-learn', '-q']);
      expect(run.status, run.stderr).toBe(0);
      one = { target, store: await open(target), out, docs: readOutputs(out) };
    }, RUN_MS);
    afterAll(async () => {
      for (const store of stores) await store.close();
    });

    test('one run writes every document the JSON outputs hold, all its rows, in a consistent database', async () => {
      expect(one.docs.length).toBe(readdirSync(FIXTURES).filter((f) => f.endsWith('.pdf')).length);
      await expectMirrors(one.store, one.docs);
      expect(Object.values(await orphans(one.store))).toEqual([0, 0, 0, 0, 0, 0]);
    });

    test(
      'a rerun that skips every file as unchanged loads their JSON into a database that lacks them',
      async () => {
        const target = await backend.target(`${prefix}_unchanged`);
        const run = await cli([FIXTURES, '--out', one.out, '--db', target, '--no-learn']);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stderr).toContain(`0 converted, ${one.docs.length} unchanged`);
        expect(run.stderr).toContain(`${one.docs.length} documents written, 0 unchanged`);
        await expectMirrors(await open(target), one.docs);
      },
      RUN_MS,
    );

    test(
      'a run killed midway (SIGKILL) leaves a consistent database, and running it again completes it',
      async () => {
        const target = await backend.target(`${prefix}_kill`);
        const out = path.join(dir, `${prefix}-out-kill`);
        // first without extraction, so that the killed run replaces every document with another JSON
        const first = await cli([FIXTURES, '--out', out, '--db', target, '--no-extract', '-q']);
        expect(first.status, first.stderr).toBe(0);
        const store = await open(target);
        const before = readOutputs(out);
        await expectMirrors(store, before);
        const old = new Set(before.map((d) => d.jsonSha256));
        const replaced = async () =>
          (await store.all('SELECT json_sha256 FROM documents')).filter((r) => !old.has(r.json_sha256 as string));

        const second = start([FIXTURES, '--out', out, '--db', target, '--force', '--jobs', '1', '-q']);
        let ended = false;
        second.done.then(() => {
          ended = true;
        });
        while (!ended && (await replaced()).length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
        expect(ended, 'the second run ended before it could be killed midway').toBe(false);
        second.child.kill('SIGKILL');
        expect((await second.done).signal).toBe('SIGKILL');

        // consistent: each document holds exactly the rows of one of its two JSON versions
        const versions = new Map([...before, ...readOutputs(out)].map((d) => [d.jsonSha256, expectedCounts(d)]));
        const stored = await storedCounts(store);
        expect(stored.size).toBe(before.length);
        for (const counts of stored.values()) expect(counts).toEqual(versions.get(counts.json_sha256));
        const replacedAtKill = (await replaced()).length;
        expect(replacedAtKill).toBeGreaterThanOrEqual(2);
        expect(replacedAtKill).toBeLessThan(before.length);
        expect(Object.values(await orphans(store))).toEqual([0, 0, 0, 0, 0, 0]);
        if (backend.name === 'SQLite') {
          const db = new Database(target);
          expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
          expect(db.pragma('foreign_key_check')).toEqual([]);
          // the full-text index agrees with the paragraphs it indexes
          db.prepare(`INSERT INTO paragraphs_fts (paragraphs_fts, rank) VALUES ('integrity-check', 1)`).run();
          db.close();
        }

        const rerun = await cli([FIXTURES, '--out', out, '--db', target, '-q']);
        expect(rerun.status, rerun.stderr).toBe(0);
        const after = readOutputs(out);
        expect(after.some((d) => old.has(d.jsonSha256))).toBe(false);
        await expectMirrors(store, after);
        expect(Object.values(await orphans(store))).toEqual([0, 0, 0, 0, 0, 0]);
      },
      RUN_MS * 3,
    );

    test(
      'two processes writing disjoint shards at once give the same database as one process',
      async () => {
        const target = await backend.target(`${prefix}_shards`);
        const out = path.join(dir, `${prefix}-out-shards`);
        // --no-learn in both: a run learns page furniture from the files it has, so only
        // without learning does a shard convert its files as the whole run does
        const runs = await Promise.all(
          [1, 2].map((i) => cli([FIXTURES, '--out', out, '--db', target, '--no-learn', '--jobs', '1', '--shard', `${i}/2`, '-q'])),
        );
        for (const run of runs) expect(run.status, run.stderr).toBe(0);
        for (const i of [1, 2])
          expect(
            readFileSync(path.join(out, `index-${i}-of-2.jsonl`), 'utf8')
              .trim()
              .split('\n').length,
          ).toBeGreaterThan(0);
        const store = await open(target);
        expect(await dump(store)).toEqual(await dump(one.store));
        await expectMirrors(store, readOutputs(out));
      },
      RUN_MS * 2,
    );

    test('opclean search finds the paragraphs holding the words, best first, with snippets', async () => {
      const found = async (words: string) => {
        const run = await cli(['search', one.target, words, '--limit', '1000', '--format', 'jsonl']);
        expect(run.status, run.stderr).toBe(0);
        return jsonl(run);
      };
      const where = (test: (text: string) => boolean) =>
        one.docs.flatMap((d) => d.json.paragraphs.filter((p) => test(p.text)).map((p) => `${d.name}#${p.id}`)).sort();
      const cases: [string, (text: string) => boolean][] = [
        ['China', (t) => /\bchina\b/i.test(t)],
        ['Moscow OR Beijing', (t) => /\b(moscow|beijing)\b/i.test(t)],
        ['"made in china" -Huawei', (t) => /made in china/i.test(t) && !/\bhuawei\b/i.test(t)],
      ];
      for (const [words, holds] of cases) {
        const hits = await found(words);
        const expected = where(holds);
        expect(expected.length, words).toBeGreaterThan(0);
        expect(hits.map((h) => `${h.document}#${h.anchor}`).sort(), words).toEqual(expected);
        const scores = hits.map((h) => h.score as number);
        expect(scores, words).toEqual([...scores].sort((a, b) => b - a));
      }
      const china = await found('China');
      for (const hit of china) {
        expect(hit.snippet).toMatch(/\*\*china\*\*/i);
        expect(hit.title).toBe(one.docs.find((d) => d.name === hit.document)?.json.title);
      }
      const top = await cli(['search', one.target, 'China', '--limit', '2']);
      expect(top.status, top.stderr).toBe(0);
      const lines = top.stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^document\s+anchor\s+pages\s+score\s+title\s+snippet$/);
      expect(lines).toHaveLength(4);
      expect(lines[2]).toContain(`${china[0]?.document}`);
    });

    test('opclean query lists entities, mentions, figures and claims as the JSON has them', async () => {
      const query = async (...args: string[]) => {
        const run = await cli(['query', one.target, ...args, '--format', 'jsonl']);
        expect(run.status, run.stderr).toBe(0);
        return jsonl(run);
      };
      const docs = one.docs;
      // entities: one row per id, documents and mentions summed over the corpus
      const byId = new Map<
        string,
        { entity: string; name: string; type: string; country: string | null; documents: number; mentions: number }
      >();
      for (const d of docs) {
        for (const e of d.json.entities) {
          const row = byId.get(e.id) ?? { entity: e.id, name: e.name, type: e.type, country: null, documents: 0, mentions: 0 };
          if (e.name < row.name) row.name = e.name;
          if (e.country && (row.country === null || e.country < row.country)) row.country = e.country;
          byId.set(e.id, { ...row, documents: row.documents + 1, mentions: row.mentions + e.count });
        }
      }
      const entities = [...byId.values()].sort(
        (a, b) => b.documents - a.documents || b.mentions - a.mentions || byCodePoint(a.entity, b.entity),
      );
      expect(await query('entities')).toEqual(entities);
      expect(await query('entities', '--type', 'place', '--limit', '3')).toEqual(entities.filter((e) => e.type === 'place').slice(0, 3));

      // mentions of one entity, by id or by name, in reading order
      const positionOf = (d: OutputDoc, anchor: string) => {
        const i = d.json.paragraphs.findIndex((p) => p.id === anchor);
        return i < 0 ? Number.POSITIVE_INFINITY : i;
      };
      const mentions = docs
        .flatMap((d) =>
          d.json.entities
            .filter((e) => e.id === 'place:china')
            .flatMap((e) =>
              e.mentions.map((m) => ({
                d,
                m,
                text: (d.json.paragraphs.find((p) => p.id === m.paragraph)?.text ?? d.json.bio?.text ?? '').slice(m.start, m.end),
              })),
            ),
        )
        .sort(
          (a, b) =>
            byCodePoint(a.d.name, b.d.name) || positionOf(a.d, a.m.paragraph) - positionOf(b.d, b.m.paragraph) || a.m.start - b.m.start,
        )
        .map(({ d, m, text }) => ({
          document: d.name,
          anchor: m.paragraph,
          page: m.page,
          entity: 'place:china',
          type: 'place',
          text,
          start_offset: m.start,
          end_offset: m.end,
        }));
      expect(mentions.length).toBeGreaterThan(0);
      expect(await query('mentions', '--entity', 'place:china')).toEqual(mentions);
      expect(await query('mentions', '--entity', 'china')).toEqual(mentions);

      // figures in a paragraph that mentions the entity
      const mentionsChina = (d: OutputDoc, anchor: string) =>
        d.json.entities.some((e) => e.id === 'place:china' && e.mentions.some((m) => m.paragraph === anchor));
      const figures = docs.flatMap((d) =>
        d.json.figures.filter((f) => mentionsChina(d, f.paragraph)).map((f) => `${d.name}#${f.paragraph}:${f.text}`),
      );
      expect(figures.length).toBeGreaterThan(0);
      expect((await query('figures', '--entity', 'China')).map((f) => `${f.document}#${f.anchor}:${f.text}`)).toEqual(figures);
      const percent = docs.flatMap((d) =>
        d.json.figures.filter((f) => f.kind === 'percent').map((f) => ({ document: d.name, text: f.text, value: f.value })),
      );
      expect((await query('figures', '--type', 'percent')).map(({ document, text, value }) => ({ document, text, value }))).toEqual(
        percent,
      );

      // claims by an author and of a kind, best first; and since a date
      const author = docs.flatMap((d) => d.json.authors.map((a) => a.name)).sort()[0] as string;
      // part of the name, in another case: the filter looks for it in any author's name
      const needle = (author.split(' ').at(-1) ?? author).toUpperCase();
      const claimsOf = (keep: (d: OutputDoc) => boolean, kind?: string) =>
        docs
          .filter(keep)
          .flatMap((d) => d.json.claims.map((c, i) => ({ d, c, i })))
          .filter(({ c }) => kind === undefined || c.kinds.includes(kind as never))
          .sort((a, b) => b.c.score - a.c.score || byCodePoint(a.d.name, b.d.name) || a.i - b.i)
          .map(({ d, c }) => ({
            document: d.name,
            anchor: c.paragraph,
            score: c.score,
            checkable: c.checkable,
            kinds: c.kinds.join(','),
            text: c.text,
          }));
      const pick = (rows: Record<string, unknown>[]) =>
        rows.map(({ document, anchor, score, checkable, kinds, text }) => ({ document, anchor, score, checkable, kinds, text }));
      const byAuthor = claimsOf((d) => d.json.authors.some((a) => a.name.toUpperCase().includes(needle)), 'factual');
      expect(byAuthor.length).toBeGreaterThan(0);
      expect(pick(await query('claims', '--author', needle, '--type', 'factual'))).toEqual(byAuthor);
      const dates = docs.flatMap((d) => d.json.published ?? []).sort();
      const since = dates[Math.floor(dates.length / 2)] as string;
      const recent = claimsOf((d) => d.json.published !== null && d.json.published >= since.slice(0, d.json.published.length));
      expect(recent.length).toBeGreaterThan(0);
      expect(pick(await query('claims', '--since', since))).toEqual(recent);
    });

    test('CSV is RFC 4180 and holds what JSONL holds', async () => {
      const csvRun = await cli(['query', one.target, 'claims', '--format', 'csv']);
      const jsonlRun = await cli(['query', one.target, 'claims', '--format', 'jsonl']);
      expect(csvRun.status, csvRun.stderr).toBe(0);
      const rows = jsonl(jsonlRun);
      const [header, ...records] = parseCsv(csvRun.stdout);
      expect(header).toEqual(Object.keys(rows[0] ?? {}));
      const asText = (v: unknown) => (v === null ? '' : String(v));
      expect(records).toEqual(rows.map((r) => Object.values(r).map(asText)));
      expect(csvRun.stdout).toMatch(/"[^"]*,[^"]*"/); // kinds and sentences with commas are quoted
      // Python's csv module, the parser pandas' follows, reads it back the same
      const python = spawnSync('python3', ['-c', PYTHON_CSV], { input: csvRun.stdout, encoding: 'utf8' });
      if (python.status === 0) expect(JSON.parse(python.stdout)).toEqual([header, ...records]);
      else console.warn(`CSV check with Python skipped: ${python.error?.message ?? python.stderr}`);
    });

    test('each SQL recipe of the README returns the rows the JSON outputs give', async () => {
      const recipes = readmeRecipes();
      expect(Object.keys(recipes).sort()).toEqual(['claims by author', 'co-occurrence', 'documents mentioning', 'figures near']);
      const docs = one.docs;
      const entity = /'([a-z]+:[a-z0-9-]+)'/.exec(recipes['documents mentioning'] ?? '')?.[1] as string;
      const mentionsIn = (d: OutputDoc) => d.json.entities.filter((e) => e.id === entity).reduce((n, e) => n + e.mentions.length, 0);
      expect(await one.store.all(recipes['documents mentioning'] as string)).toEqual(
        docs
          .filter((d) => mentionsIn(d) > 0)
          .sort((a, b) => mentionsIn(b) - mentionsIn(a) || byCodePoint(a.name, b.name))
          .map((d) => ({ name: d.name, title: d.json.title, published: d.json.published, mentions: mentionsIn(d) })),
      );

      const near = /'([a-z]+:[a-z0-9-]+)'/.exec(recipes['figures near'] ?? '')?.[1] as string;
      const figures = docs.flatMap((d) =>
        d.json.figures
          .filter((f) => d.json.entities.some((e) => e.id === near && e.mentions.some((m) => m.paragraph === f.paragraph)))
          .map((f) => ({ name: d.name, anchor: f.paragraph, kind: f.kind, value: f.value, unit: f.unit ?? null, text: f.text })),
      );
      expect(figures.length).toBeGreaterThan(0);
      expect(await one.store.all(recipes['figures near'] as string)).toEqual(figures);

      const author = /a\.name = '([^']+)'/.exec(recipes['claims by author'] ?? '')?.[1] as string;
      const limit = Number(/LIMIT (\d+)/.exec(recipes['claims by author'] ?? '')?.[1]);
      const claims = docs
        .filter((d) => d.json.authors.some((a) => a.name === author))
        .flatMap((d) => d.json.claims.map((c, i) => ({ d, c, i })))
        .filter(({ c }) => c.checkable)
        .sort((a, b) => b.c.score - a.c.score || byCodePoint(a.d.name, b.d.name) || a.i - b.i)
        .slice(0, limit)
        .map(({ d, c }) => ({ name: d.name, anchor: c.paragraph, score: c.score, kinds: c.kinds.join(','), text: c.text }));
      expect(claims.length).toBeGreaterThan(0);
      expect(await one.store.all(recipes['claims by author'] as string)).toEqual(claims);

      const pairs = new Map<string, number>();
      for (const d of docs) {
        const ids = [...new Set(d.json.entities.map((e) => e.id))].sort(byCodePoint);
        for (const [i, a] of ids.entries()) for (const b of ids.slice(i + 1)) pairs.set(`${a} ${b}`, (pairs.get(`${a} ${b}`) ?? 0) + 1);
      }
      const minimum = Number(/HAVING count\(\*\) >= (\d+)/.exec(recipes['co-occurrence'] ?? '')?.[1]);
      const top = Number(/LIMIT (\d+)/.exec(recipes['co-occurrence'] ?? '')?.[1]);
      const cooccurring = [...pairs]
        .filter(([, n]) => n >= minimum)
        .map(([pair, documents]) => {
          const [a, b] = pair.split(' ');
          return { entity: a, other: b, documents };
        })
        .sort(
          (x, y) => y.documents - x.documents || byCodePoint(x.entity ?? '', y.entity ?? '') || byCodePoint(x.other ?? '', y.other ?? ''),
        )
        .slice(0, top);
      expect(cooccurring.length).toBeGreaterThan(0);
      expect(await one.store.all(recipes['co-occurrence'] as string)).toEqual(cooccurring);
    });

    test(
      "a figure's unit symbol reaches the database and its figure queries",
      async () => {
        const folder = path.join(dir, `${prefix}-symbol`);
        mkdirSync(folder, { recursive: true });
        const doc = one.docs[0] as OutputDoc;
        const json = JSON.parse(readFileSync(path.join(one.out, `${doc.name}.json`), 'utf8'));
        const figure = json.figures[0];
        json.figures = [{ ...figure, kind: 'measure', value: 285, unit: 'kilometres', symbol: 'km' }];
        writeFileSync(path.join(folder, `${doc.name}.json`), JSON.stringify(json));
        const target = await backend.target(`${prefix}_symbol`);
        expect((await cli(['db', 'build', folder, '--db', target, '-q'])).status).toBe(0);
        const rows = jsonl(await cli(['query', target, 'figures', '--format', 'jsonl']));
        expect(rows.map((r) => [r.unit, r.symbol])).toEqual([['kilometres', 'km']]);
      },
      RUN_MS,
    );

    test(
      'opclean db build loads an output folder without its PDFs, skipping other JSON with a counted warning',
      async () => {
        const folder = path.join(dir, `${prefix}-build`);
        cpSync(one.out, path.join(folder, 'sub'), { recursive: true });
        writeFileSync(path.join(folder, 'notes.json'), '{"hello": "world"}\n');
        writeFileSync(path.join(folder, 'sub', 'extra.csl.json'), '[{"id": "x", "type": "article"}]\n');
        mkdirSync(path.join(folder, '.opclean-staging'));
        writeFileSync(path.join(folder, '.opclean-staging', 'half.json'), '{"sch');
        const target = await backend.target(`${prefix}_build`);
        const build = await cli(['db', 'build', folder, '--db', target]);
        expect(build.status, build.stderr).toBe(0);
        expect(build.stderr).toContain(`${one.docs.length} documents written, 0 unchanged`);
        expect(build.stderr).toMatch(/warning: 2 JSON files skipped, not opclean documents \(1 CSL-JSON/);
        const store = await open(target);
        const built = await dump(store);
        const expected = await dump(one.store);
        expect(built.documents?.map((d) => d.name)).toEqual(expected.documents?.map((d) => `sub/${d.name}`));
        expect({ ...built, documents: built.documents?.map((d) => ({ ...d, name: null })) }).toEqual({
          ...expected,
          documents: expected.documents?.map((d) => ({ ...d, name: null })),
        });

        const again = await cli(['db', 'build', folder, '--db', target, '--verbose']);
        expect(again.stderr).toContain(`0 documents written, ${one.docs.length} unchanged`);
        expect(again.stderr).toContain('notes.json: not an opclean document');

        // a JSON removed from the folder: --prune deletes its document and the entities only it named
        const gone = one.docs[0] as OutputDoc;
        rmSync(path.join(folder, 'sub', `${gone.name}.json`));
        const pruned = await cli(['db', 'build', folder, '--db', target, '--prune', '-q']);
        expect(pruned.status, pruned.stderr).toBe(0);
        await expectMirrors(store, readOutputs(folder));

        // the same folder in the other kind of database holds the same rows
        const sqlite = path.join(dir, `${prefix}-cross.sqlite`);
        expect((await cli(['db', 'build', one.out, '--db', sqlite, '-q'])).status).toBe(0);
        expect(await dump(await open(sqlite))).toEqual(expected);
      },
      RUN_MS,
    );
  });
}

describe.skipIf(!postgres)('corpus database on a PostgreSQL server that goes away', () => {
  test(
    'a database server lost during the run stops it with the reason (exit 1), without hanging',
    async () => {
      // a server of its own, stopped under the run
      const own = await startPostgres();
      if ('reason' in own) throw new Error(own.reason);
      try {
        const target = await own.createDatabase('lost');
        const store = await openStore(target, { create: true });
        const run = start([FIXTURES, '--out', path.join(dir, 'out-lost'), '--db', target, '--jobs', '1']);
        let ended = false;
        run.done.then(() => {
          ended = true;
        });
        const written = async () => (await store.all('SELECT count(*) AS n FROM documents'))[0]?.n as number;
        while (!ended && (await written()) < 1) await new Promise((resolve) => setTimeout(resolve, 10));
        await store.close();
        expect(ended, 'the run ended before its server could be stopped').toBe(false);
        own.stop();
        const result = await run.done;
        expect(result.status, result.stderr).toBe(1);
        expect(result.stderr).toMatch(/stopped early: cannot write to the database: .*lost.*: cannot write /);
      } finally {
        own.stop();
      }
    },
    RUN_MS,
  );
});

describe('corpus database commands', () => {
  test(
    'search, query and db build start no conversion worker; a conversion does',
    async () => {
      const spy = path.join(dir, 'spy.cjs');
      writeFileSync(
        spy,
        `const cp = require('node:child_process');
const wt = require('node:worker_threads');
const fork = cp.fork;
cp.fork = (...args) => { process.stderr.write('started: a worker process\\n'); return fork(...args); };
const Worker = wt.Worker;
wt.Worker = class extends Worker { constructor(...args) { process.stderr.write('started: a worker thread\\n'); super(...args); } };
`,
      );
      const target = path.join(dir, 'spy.sqlite');
      const out = path.join(dir, 'spy-out');
      const convert = await cli(
        [path.join(FIXTURES, 'one-page-article.pdf'), path.join(FIXTURES, 'subheadings.pdf'), '--out', out, '--db', target, '-q'],
        ['--require', spy],
      );
      expect(convert.status, convert.stderr).toBe(0);
      expect(convert.stderr).toContain('started: a worker');
      for (const args of [
        ['search', target, 'article'],
        ['query', target, 'entities'],
        ['db', 'build', out, '--db', target],
      ]) {
        const run = await cli(args, ['--require', spy]);
        expect(run.status, run.stderr).toBe(0);
        expect(run.stderr, args.join(' ')).not.toContain('started:');
      }
    },
    RUN_MS,
  );

  test(
    'a database that is missing or not a corpus database, and --db without JSON, are usage errors (exit 2)',
    async () => {
      const missing = await cli(['search', path.join(dir, 'nowhere.sqlite'), 'words']);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('no such database');
      expect(existsSync(path.join(dir, 'nowhere.sqlite'))).toBe(false);
      const other = path.join(dir, 'other.sqlite');
      new Database(other).exec('CREATE TABLE notes (text TEXT)');
      const foreign = await cli(['query', other, 'claims']);
      expect(foreign.status).toBe(2);
      expect(foreign.stderr).toContain('not an opclean corpus database');
      const markdownOnly = await cli([
        path.join(FIXTURES, 'subheadings.pdf'),
        '--out',
        path.join(dir, 'md-out'),
        '--format',
        'md',
        '--db',
        other,
      ]);
      expect(markdownOnly.status).toBe(2);
      expect(markdownOnly.stderr).toContain('--db loads the JSON output');
      const noFolder = await cli(['db', 'build', path.join(dir, 'no-folder'), '--db', path.join(dir, 'x.sqlite')]);
      expect(noFolder.status).toBe(2);
      const badType = await cli(['query', path.join(dir, 'spy.sqlite'), 'figures', '--type', 'person']);
      expect(badType.status).toBe(2);
      expect(badType.stderr).toContain('--type for figures is one of percent');
    },
    RUN_MS,
  );
});

/** The SQL recipes of the README, by the words of their first comment line. */
function readmeRecipes(): Record<string, string> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^#+ SQL recipes$/m)[1]?.split(/\n#{2,4} /)[0] ?? '';
  const names = ['documents mentioning', 'figures near', 'claims by author', 'co-occurrence'];
  const recipes: Record<string, string> = {};
  for (const [, sql] of section.matchAll(/```sql\n([\s\S]*?)```/g)) {
    const comment = /^--\s*(.*)/.exec(sql ?? '')?.[1] ?? '';
    const name = names.find((n) => comment.includes(n));
    if (name) recipes[name] = (sql ?? '').trim().replace(/;$/, '');
  }
  return recipes;
}

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field === '' && record.length === 0, 'the CSV ends with a CRLF').toBe(true);
  return records;
}

const PYTHON_CSV = `import csv, io, json, sys
print(json.dumps(list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='')))))`;
