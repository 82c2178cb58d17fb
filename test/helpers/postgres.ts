/**
 * A throwaway PostgreSQL server for tests: a new cluster in a temporary folder (initdb), started
 * with pg_ctl on a Unix socket in that folder only (no TCP port, so it meets no other server),
 * stopped and removed by stop(). PostgreSQL refuses to run as root: as root, the cluster
 * belongs to the `postgres` system user (or `nobody`) and its programs run as that user through
 * setpriv. Where a server cannot be started, startPostgres says why instead, for the tests to
 * skip with that reason.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /** Creates an empty database and returns its connection URL. */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

/** Per command; initdb takes about a second here. */
const COMMAND_MS = 60_000;

function binDir(): string | undefined {
  const fromConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const candidates = [
    ...(fromConfig.status === 0 ? [fromConfig.stdout.trim()] : []),
    // Debian keeps the server programs out of PATH, one folder per major version
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []),
  ];
  return candidates.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
}

/** The unprivileged user to run the server as when we are root: uid and gid. */
function serverUser(): { uid: number; gid: number } | undefined {
  for (const name of ['postgres', 'nobody']) {
    const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (uid.status === 0 && gid.status === 0) return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
  }
  return undefined;
}

export async function startPostgres(): Promise<TestPostgres | { readonly reason: string }> {
  const bin = binDir();
  if (!bin) return { reason: 'no PostgreSQL server programs (initdb, pg_ctl) found: apt-get install postgresql' };
  const isRoot = process.getuid?.() === 0;
  const user = isRoot ? serverUser() : undefined;
  if (isRoot && !user) return { reason: 'running as root and no unprivileged user (postgres, nobody) to run PostgreSQL as' };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'opclean-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const run = (program: string, args: readonly string[]) => {
    const [command, argv] = user
      ? ['setpriv', [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', '--', path.join(bin, program), ...args]]
      : [path.join(bin, program), [...args]];
    return spawnSync(command, argv, { encoding: 'utf8', timeout: COMMAND_MS });
  };
  const data = path.join(dir, 'data');
  const port = 20_000 + Math.floor(Math.random() * 40_000);
  const failed = (what: string, result: ReturnType<typeof run>) => {
    const log = existsSync(path.join(dir, 'log')) ? readFileSync(path.join(dir, 'log'), 'utf8') : '';
    const detail = `${result.error?.message ?? ''} ${result.stderr ?? ''} ${log}`.trim().split('\n').slice(-3).join(' ');
    rmSync(dir, { recursive: true, force: true });
    return { reason: `${what} failed: ${detail}` };
  };
  // a UTF-8 character classification, as servers have: under the C locale PostgreSQL's text
  // search parser takes every non-ASCII character for a letter ("China’s" is one word)
  const initdb = (locale: string) => run('initdb', ['-D', data, '-A', 'trust', '-U', 'opclean', '-E', 'UTF8', locale, '--no-sync']);
  let init = initdb('--locale=C.UTF-8');
  if (init.status !== 0) {
    rmSync(data, { recursive: true, force: true });
    init = initdb('--no-locale');
  }
  if (init.status !== 0) return failed('initdb', init);
  // a test server: durability off, sockets only in our folder
  const settings = `-k ${dir} -p ${port} -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '30', '-o', settings, 'start']);
  if (start.status !== 0) return failed('pg_ctl start', start);

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };
  // a test run that dies without its teardown still takes its server down
  process.once('exit', stop);
  const url = (database: string) => `postgres://opclean@/${database}?host=${encodeURIComponent(dir)}&port=${port}`;
  return {
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop,
  };
}
