/**
 * The command line: commander settings over the library. This module and the bin are the
 * only places that read argv and write to stdout/stderr; `main` returns the exit code and
 * never calls process.exit. Commands load their modules when they run, so `--version` and
 * `--help` start fast.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { UsageError } from '../pipeline/errors.js';
import { say, type CliIO } from './io.js';

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

/** Defaults, kept here so that parsing options loads nothing heavy. */
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;
const OUTPUT_FORMATS = ['ndjson', 'json', 'jsonld', 'csv', 'tsv'];
const REPORTERS = ['stylish', 'json', 'eslint', 'github', 'sarif'];

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number, 0 or more');
  return n;
}

function probability(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('must be a number from 0 to 1, e.g. 0.8');
  return n;
}

function shard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('must be K/N with 1 ≤ K ≤ N, e.g. 2/3');
  return { index, count };
}

function list(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

/**
 * `--changed=REF` is `--changed --base REF`. `--changed` itself takes no value, so that
 * `validate --changed jobs` checks the folder `jobs` instead of taking it for a git ref.
 */
function withChangedBase(argv: string[]): string[] {
  const end = argv.indexOf('--');
  return argv.flatMap((a, i) => ((end < 0 || i < end) && a.startsWith('--changed=') ? ['--changed', '--base', a.slice('--changed='.length)] : [a]));
}

export async function main(argv: string[], io: CliIO, signal: { aborted: boolean; code?: number } = { aborted: false }, cwd = process.cwd()): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('jobnorm')
    .description('Turn raw job postings (markdown, front matter, plain text) into canonical JobPosting records.')
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showSuggestionAfterError();

  program
    .command('ingest')
    .description('normalise postings and write their records (NDJSON by default)')
    .argument('[paths...]', 'files, folders or globs; - for standard input (the default when none)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('ndjson'))
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .option('-a, --all', 'also write documents that are not job postings', false)
    .option('--ext <list>', 'file extensions to read in folders (comma-separated)', list)
    .option('--ignore <glob>', 'glob of files to skip (repeatable)', list)
    .option('--no-gitignore', 'read files that .gitignore and .jobnormignore files leave out')
    .option('--max-bytes <n>', 'refuse files larger than this', positiveInt, DEFAULT_MAX_BYTES)
    .option('--follow-symlinks', 'read symbolic links whose target lies outside the folders given (refused by default)', false)
    .option('-j, --concurrency <n>', 'worker threads (1 runs in this thread)', positiveInt, Math.max(1, availableParallelism()))
    .option('--timeout <ms>', 'stop a document that takes longer than this; given, every run (small ones and --concurrency 1 too) runs on worker threads', positiveInt, DEFAULT_TIMEOUT_MS)
    .option('--shard <K/N>', 'take only shard K of N, chosen by a hash of the path', shard)
    .addOption(new Option('--input-format <format>', 'files, or ndjson: {"path","text"} lines on standard input').choices(['files', 'ndjson']).default('files'))
    .option('--errors-as-records', 'write {source, error} lines for files that failed', false)
    .option('--no-progress', 'no progress bar (it shows only on a terminal, never in CI)')
    .option('--min-probability <p>', 'the posting probability from which a document is a posting (0–1)', probability, 0.5)
    .option('--dedupe', 'keep the first of each group of reposts (same title, company and place, or a near-identical text) and list the others in its duplicates', false)
    .option('--report <file>', 'write every input\'s outcome (posting, left-out and why, failed) as NDJSON to a file')
    .option('-v, --verbose', 'name each document left out, and why', false)
    .option('-q, --quiet', 'no notices: only the summary line on standard error (failures are still reported)', false)
    .option('--silent', 'no summary either: only failures on standard error', false)
    .action(async (paths: string[], opts, command: Command) => {
      const { runIngest } = await import('./ingest.js');
      // A budget asked for is kept on every path: the run goes to workers whatever its size.
      code = await runIngest(paths, { ...opts, timeoutGiven: command.getOptionValueSource('timeout') === 'cli' }, io, signal);
    });

  program
    .command('validate')
    .description('check postings against rules, like a linter; for CI (exit 1 on errors)')
    .argument('[paths...]', 'files, folders or globs (default: the current folder)')
    .option('-c, --config <file>', 'configuration file (default: the nearest jobnorm.config.{json,jsonc,yaml,yml} or .jobnormrc.{…} above each file)')
    .option('--print-config <file>', 'print the configuration that applies to a file, and check nothing')
    .addOption(new Option('-r, --reporter <name>', 'output').choices(REPORTERS).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file (atomically) instead of standard output')
    .option('--max-warnings <n>', 'fail when there are more warnings than this', nonNegativeInt)
    .option('--changed', 'only postings changed since --base (default: the merge base with the default branch); --changed=REF sets the base')
    .option('--base <ref>', 'the commit --changed compares with')
    .option('--max-bytes <n>', 'refuse files larger than this', positiveInt, DEFAULT_MAX_BYTES)
    .option('--follow-symlinks', 'read symbolic links whose target lies outside the folders given (refused by default)', false)
    .option('-j, --concurrency <n>', 'worker threads (each posting runs on one, within --timeout)', positiveInt)
    .option('--timeout <ms>', 'stop a posting that takes longer than this and report it', positiveInt, DEFAULT_TIMEOUT_MS)
    .option('--today <date>', 'the date to judge expiry by, YYYY-MM-DD (default: JOBNORM_TODAY, else today)')
    .option('--no-ignore', "check files the config's \"ignore\" leaves out, named or found")
    .option('--ext <list>', 'file extensions to read in folders (comma-separated)', list)
    .option('--ignore-pattern <glob>', 'glob of files to skip (repeatable), besides the config\'s "ignore"', list)
    .option('--no-gitignore', 'check files that .gitignore and .jobnormignore files leave out')
    .action(async (paths: string[], opts) => {
      const { runValidate } = await import('./validate.js');
      code = await runValidate(paths, opts, io, version, cwd);
    });

  program
    .command('explain')
    .description('show why a posting was read as it was: every candidate for each field, its features and score')
    .argument('<file>', 'the posting to explain')
    .option('--json', 'print the explanation as JSON', false)
    .option('--field <name>', 'only this field (title, company, locations, salary, …)')
    .option('--all', 'list every candidate, not only the best six', false)
    .action(async (file: string, opts) => {
      const { runExplain } = await import('./explain.js');
      code = runExplain(file, opts, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the record (or with --config, of a validate config), generated from the zod schema')
    .option('--config', 'the schema of a validate configuration file', false)
    .action(async (opts: { config: boolean }) => {
      const { recordJsonSchema } = await import('../schema/json-schema.js');
      const { configJsonSchema } = await import('../config/index.js');
      io.stdout.write(`${JSON.stringify(opts.config ? configJsonSchema() : recordJsonSchema(), null, 2)}\n`);
    });

  try {
    await program.parseAsync(withChangedBase(argv), { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version are successes; every other commander error is a usage error.
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof UsageError) {
      say(io.stderr, `jobnorm: ${err.message}`);
      return 2;
    }
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EPIPE') return code;
    say(io.stderr, `jobnorm: internal error: ${e.stack ?? e.message}`);
    return 2;
  }
}
