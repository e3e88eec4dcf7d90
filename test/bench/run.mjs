#!/usr/bin/env node
// npm run bench [-- --count N --rounds R --dir DIR --cases a,b,...]
//
// Generates a deterministic synthetic corpus (default 20,000 postings), then, alternating the
// commands round by round, times:
//   (a) the bare loop any remark-based tool pays on one core: read, gray-matter, remark parse;
//   (b) jobnorm ingest CORPUS > /dev/null, with the default concurrency and with --concurrency 1;
//   (c) jobnorm --version and jobnorm ingest of one small posting, against node -e '';
//   (d) two bare loops over halves of the corpus at once: this machine's real parallel limit.
// It prints files/s, MB/s, the wall-time ratios and the peak RSS of each (GNU time, when present).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus, posting } from './corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const bin = join(root, 'bin', 'jobnorm.js');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const count = Number(opt('count', 20000));
const rounds = Number(opt('rounds', 3));
const dir = opt('dir', join(tmpdir(), `jobnorm-bench-${count}`));

if (!existsSync(join(root, 'dist', 'cli', 'index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
process.stderr.write(`corpus: ${count} postings in ${dir}\n`);
writeCorpus(dir, count);
let bytes = 0;
for (const sub of readdirSync(dir)) {
  if (sub.startsWith('.')) continue;
  for (const f of readdirSync(join(dir, sub))) bytes += statSync(join(dir, sub, f)).size;
}
const small = join(mkdtempSync(join(tmpdir(), 'jobnorm-small-')), 'posting.md');
writeFileSync(small, posting(1, () => 0.5));

const gnuTime = existsSync('/usr/bin/time');

/** Runs a command; resolves with wall seconds and peak RSS in MB (null without GNU time). */
function timed(cmd, cmdArgs) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const [file, list] = gnuTime ? ['/usr/bin/time', ['-f', '%M', cmd, ...cmdArgs]] : [cmd, cmdArgs];
    const child = spawn(file, list, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0 && code !== 1) return reject(new Error(`${cmd} ${cmdArgs.join(' ')} exited ${code}: ${err.slice(-500)}`));
      const kb = gnuTime ? Number(err.trim().split('\n').pop()) : NaN;
      resolve({ wall, rss: Number.isFinite(kb) ? kb / 1024 : null });
    });
  });
}

const node = process.execPath;
const bare = join(here, 'bare-loop.mjs');
const cases = {
  a: () => timed(node, [bare, dir]),
  b: () => timed(node, [bin, 'ingest', '--quiet', dir]),
  b1: () => timed(node, [bin, 'ingest', '--quiet', '--concurrency', '1', dir]),
  d: async () => {
    const start = process.hrtime.bigint();
    const [x, y] = await Promise.all([timed(node, [bare, dir, '1/2']), timed(node, [bare, dir, '2/2'])]);
    return { wall: Number(process.hrtime.bigint() - start) / 1e9, rss: x.rss !== null && y.rss !== null ? x.rss + y.rss : null };
  },
  version: () => timed(node, [bin, '--version']),
  one: () => timed(node, [bin, 'ingest', '--quiet', small]),
  node: () => timed(node, ['-e', '']),
};
// --cases a,b times only those (e.g. the memory of a 200,000-posting run without its slow companions).
const only = opt('cases', null)?.split(',');
const chosen = Object.entries(cases).filter(([name]) => !only || only.includes(name));
const results = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let r = 0; r < rounds; r++) {
  for (const [name, fn] of chosen) {
    // Start-up is short and noisy: take five samples a round.
    const reps = ['version', 'one', 'node'].includes(name) ? 5 : 1;
    for (let i = 0; i < reps; i++) results[name].push(await fn());
    process.stderr.write(`round ${r + 1}/${rounds}: ${name} ${results[name].at(-1).wall.toFixed(2)}s\n`);
  }
}
const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
const wall = (k) => median(results[k].map((x) => x.wall));
const rss = (k) => {
  const xs = results[k].map((x) => x.rss).filter((x) => x !== null);
  return xs.length ? Math.max(...xs) : null;
};
const mb = bytes / 1024 / 1024;
const ran = (k) => results[k].length > 0;
const row = (label, k) => {
  if (!ran(k)) return null;
  const w = wall(k);
  const r = rss(k);
  return `| ${label} | ${w.toFixed(2)} s | ${(count / w).toFixed(0)} | ${(mb / w).toFixed(1)} | ${r === null ? 'n/a' : `${r.toFixed(0)} MB`} |`;
};
const ratio = (x, y) => (ran(x) && ran(y) ? (wall(x) / wall(y)).toFixed(2) : 'n/a');
const startup = (label, k) => (ran(k) ? `| ${label} | ${wall(k).toFixed(3)} s | | | ${rss(k)?.toFixed(0) ?? 'n/a'} MB |` : null);
const lines = [
  `jobnorm bench: ${count} postings, ${mb.toFixed(1)} MB, ${availableParallelism()} cores, node ${process.version}, median of ${rounds} rounds`,
  '',
  '| run | wall | files/s | MB/s | peak RSS |',
  '| --- | --- | --- | --- | --- |',
  row('(a) bare loop: read + gray-matter + remark, one core', 'a'),
  row(`(b) jobnorm ingest (default concurrency ${availableParallelism()})`, 'b'),
  row('(b1) jobnorm ingest --concurrency 1', 'b1'),
  row('(d) two bare loops over halves, at once', 'd'),
  startup('(c) jobnorm --version', 'version'),
  startup('(c) jobnorm ingest one posting', 'one'),
  startup("node -e ''", 'node'),
  '',
  `b/a = ${ratio('b', 'a')} (target <= 0.90)   b1/a = ${ratio('b1', 'a')} (target <= 1.25)   b/d = ${ratio('b', 'd')} (ours over the machine's parallel limit)`,
  `version/node = ${ratio('version', 'node')} (target <= 2)   one posting/node = ${ratio('one', 'node')} (target <= 4)   peak RSS (b) = ${rss('b')?.toFixed(0) ?? 'n/a'} MB (target <= 250)`,
];
console.log(lines.filter((l) => l !== null).join('\n'));
