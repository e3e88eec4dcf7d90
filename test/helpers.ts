/** Shared paths and helpers for the tests. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../src/index.js';
import type { JobPosting } from '../src/index.js';
import { readingOrder, vocabulary, type Vocabulary } from '../src/lexicons/index.js';

/**
 * The fast-check seed of every property in the suite: fixed, so that a run is repeatable;
 * `FC_SEED=<n> npm test` tries other inputs (fast-check names the seed and path of a failure).
 */
export const FC_SEED = Number.parseInt(process.env.FC_SEED ?? '', 10) || 20261130;

/** The vocabulary a document in `lang` is read with (its language, then English). */
export function vocab(lang = 'en'): Vocabulary {
  return vocabulary(readingOrder(lang));
}

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const BIN = join(ROOT, 'bin', 'jobnorm.js');
/** The read-only shared folder beside the repository; absent in a user's clone. */
export const SHARED = resolve(ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'seeds'));

/** Every fixture case folder, sorted. */
export function fixtureCases(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** The input file of a fixture case (input.md, input.txt, …). */
export function fixtureInput(name: string): string {
  const file = readdirSync(join(FIXTURES, name)).find((f) => f.startsWith('input.'));
  if (!file) throw new Error(`fixture ${name} has no input file`);
  return join(FIXTURES, name, file);
}

/** Runs the built CLI and returns its output. */
export function run(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Normalises a text and returns its record, failing the test when there is none. */
export function recordOf(text: string, path = 'posting.md'): JobPosting {
  const r = normalize(text, { path });
  if (!r.record) throw new Error(`no record: ${r.error?.code} ${r.error?.message}`);
  return r.record;
}

/** Parses NDJSON output into records. */
export function ndjson(out: string): JobPosting[] {
  return out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as JobPosting);
}
