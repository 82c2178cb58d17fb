// The floor for a batch on N cores: bare-batch.mjs run as N processes at once, each on every
// Nth file, so that N copies of the bare pdf.js text dump share the machine as N opclean
// workers do. What it gains over one process is what the machine itself gives a second core.
// Usage: node bare-parallel.mjs <processes> <pdf ...> | @<file listing one path a line>
// Ends with one line on stderr, the processes' summaries summed: bare-batch {"files","pages","failed","ms"}.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [count, ...args] = process.argv.slice(2);
const processes = Number(count);
if (!Number.isInteger(processes) || processes < 1) {
  process.stderr.write('bare-parallel: the first argument is the number of processes, a whole number above 0\n');
  process.exit(2);
}
const files = args.flatMap((arg) => (arg.startsWith('@') ? readFileSync(arg.slice(1), 'utf8').split('\n').filter((line) => line !== '') : [arg]));
const batch = fileURLToPath(new URL('./bare-batch.mjs', import.meta.url));
const shares = Array.from({ length: processes }, (_, k) => files.filter((_, i) => i % processes === k));

/** Runs bare-batch on one share; its summary line, parsed. */
const run = (share) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [batch, ...share], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', () => {
      const line = stderr.split('\n').find((l) => l.startsWith('bare-batch {'));
      if (line) resolve(JSON.parse(line.slice('bare-batch '.length)));
      else reject(new Error(`bare-batch gave no summary: ${stderr.trim().split('\n').at(-1) ?? ''}`));
    });
  });

const summaries = await Promise.all(shares.filter((share) => share.length > 0).map(run));
const total = { files: 0, pages: 0, failed: 0, ms: [] };
for (const s of summaries) {
  total.files += s.files;
  total.pages += s.pages;
  total.failed += s.failed;
  total.ms.push(...s.ms);
}
process.stderr.write(`bare-batch ${JSON.stringify(total)}\n`);
