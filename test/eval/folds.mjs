#!/usr/bin/env node
/**
 * Scores the built CLI on the labelled corpora beside the repository (../shared), the whole
 * development corpus and each of its two folds, and the seeds. A rule is written against one
 * fold and must hold on the other before it lands: a change that raises one fold and lowers
 * the other is fitting, not generalising.
 *
 *   npm run folds            # overall and per-fold accuracy, per field
 *   npm run folds -- --verbose   # and every miss
 *
 * Without ../shared (a user's clone) it says so and exits 0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(root, '..', 'shared');
const score = join(shared, 'tools', 'score.mjs');
if (!existsSync(score)) {
  console.log(`no labelled corpora at ${shared}: nothing to score`);
  process.exit(0);
}
const verbose = process.argv.includes('--verbose');
const work = mkdtempSync(join(tmpdir(), 'jobnorm-folds-'));

function ingest(dir) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'jobnorm.js'), 'ingest', '--all', '--quiet', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`ingest ${dir} failed: ${r.stderr}`);
  const file = join(work, `${Math.random().toString(36).slice(2)}.ndjson`);
  writeFileSync(file, r.stdout);
  return file;
}

function report(title, gold, input, extra = []) {
  const r = spawnSync(process.execPath, [score, gold, '--input', input, ...extra, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
  console.log(`## ${title}\n\n${r.stdout.trim()}\n`);
}

try {
  const dev = ingest(join(shared, 'corpus', 'dev', 'docs'));
  report('dev corpus', join(shared, 'corpus', 'dev', 'gold.json'), dev);
  report('dev fold 1 of 2', join(shared, 'corpus', 'dev', 'gold.json'), dev, ['--fold', '1/2']);
  report('dev fold 2 of 2', join(shared, 'corpus', 'dev', 'gold.json'), dev, ['--fold', '2/2']);
  report('seeds', join(shared, 'corpus', 'seeds.gold.json'), ingest(join(shared, 'seeds')));
} finally {
  rmSync(work, { recursive: true, force: true });
}
