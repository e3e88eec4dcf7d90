/**
 * The validate configuration: `jobnorm.config.json` or `.jobnormrc.json`, found by walking up
 * from the working directory, or a file named with `--config`. Validated by zod; a bad file is
 * a ConfigError naming the key and the reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { z } from 'zod';
import { RULE_IDS } from '../rules/index.js';
import { JobPostingSchema } from '../schema/record.js';

export const CONFIG_NAMES = ['jobnorm.config.json', '.jobnormrc.json'];

const FIELD_NAMES = Object.keys(JobPostingSchema.shape) as [string, ...string[]];

export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    /** Severity by rule id: "off", "warn" (or "warning"), "error" or "info". */
    rules: z.record(z.string(), z.enum(['off', 'warn', 'warning', 'error', 'info'])).default({}),
    /** Fields every posting must have, beyond the rules: e.g. ["salary", "url"]. */
    required: z.array(z.enum(FIELD_NAMES)).default([]),
    /** Globs of files to leave out. */
    ignore: z.array(z.string()).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    for (const id of Object.keys(c.rules)) {
      if (!RULE_IDS.has(id)) ctx.addIssue({ code: 'custom', path: ['rules', id], message: `unknown rule "${id}"` });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The nearest config file at or above `cwd`, or null. */
export function findConfig(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return null;
  }
}

/** Loads and validates a config file; throws ConfigError with the key and the reason. */
export function loadConfig(file: string | null): { config: Config; path: string | null } {
  if (!file) return { config: ConfigSchema.parse({}), path: null };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(`${file}: ${(err as Error).message}`);
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${file}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  return { config: parsed.data, path: file };
}

/**
 * Whether a path is left out by the config's `ignore` globs, whatever way the path is written
 * (`jobs/a.md`, `./jobs/a.md`, an absolute path, a path from a sub-folder): the globs are
 * relative to `base`, the config file's folder (as ESLint reads its own). A glob without a
 * slash matches a name at any depth (`draft-*.md`), as in `.gitignore`; a folder's glob
 * (`jobs/archive/`) leaves out everything below it. Files outside `base` are never ignored.
 * Relative paths are read from `cwd`.
 */
export function ignoreMatcher(globs: readonly string[], base: string, cwd = process.cwd()): (path: string) => boolean {
  if (!globs.length) return () => false;
  const patterns = globs.flatMap((g) => {
    const glob = g.replace(/^\.\//, '').replace(/^\//, '');
    const anyDepth = !glob.replace(/\/$/, '').includes('/') ? `**/${glob}` : glob;
    return glob.endsWith('/') ? [`${anyDepth}**`] : [anyDepth, `${anyDepth}/**`];
  });
  const match = picomatch(patterns, { dot: true });
  const root = resolve(base);
  return (path: string) => {
    const rel = relative(root, resolve(cwd, path)).split(sep).join('/');
    return rel !== '' && !rel.startsWith('../') && rel !== '..' && match(rel);
  };
}
