/**
 * The validate configuration: `jobnorm.config.{json,jsonc,yaml,yml}` or `.jobnormrc.{json,jsonc,yaml,yml}`,
 * the nearest one above each file (see ConfigResolver), or a file named with `--config`. JSON may hold
 * comments and trailing commas (jsonc-parser, the parser VS Code reads its settings with); YAML is
 * read by `yaml` as plain data (no tags that build objects, aliases bounded). Validated by zod; a
 * bad file is a ConfigError naming every problem with its line, key and reason.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import picomatch from 'picomatch';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { nearestRule, RULE_IDS } from '../rules/index.js';
import { JobPostingSchema } from '../schema/record.js';

export const CONFIG_NAMES = ['jobnorm.config.json', 'jobnorm.config.jsonc', 'jobnorm.config.yaml', 'jobnorm.config.yml', '.jobnormrc.json', '.jobnormrc.jsonc', '.jobnormrc.yaml', '.jobnormrc.yml'];

/** The largest config file read: a config is a few lines, and a file past this is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** How many aliases a YAML config may expand: enough for any config, too few for a billion laughs. */
const MAX_ALIASES = 50;

const FIELD_NAMES = Object.keys(JobPostingSchema.shape) as [string, ...string[]];

export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    /** Severity by rule id: "off", "warn" (or "warning"), "error" or "info". */
    rules: z
      .record(
        z.string().refine((id) => RULE_IDS.has(id), {
          error: (issue) => {
            const near = nearestRule(String(issue.input));
            return `unknown rule "${String(issue.input)}"${near ? ` (did you mean "${near}"?)` : ''}`;
          },
        }),
        z.enum(['off', 'warn', 'warning', 'error', 'info']),
      )
      .default({}),
    /** Fields every posting must have, beyond the rules: e.g. ["salary", "url"]. */
    required: z.array(z.enum(FIELD_NAMES)).default([]),
    /** Globs of files to leave out. */
    ignore: z.array(z.string()).default([]),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;

/** Where the build writes the config's JSON Schema, for a config's `"$schema"` and editors' completion. */
export const CONFIG_SCHEMA_FILE = 'jobnorm.config.schema.json';

/** The JSON Schema of a config file, generated from the zod schema, with the rule ids an editor can complete. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as unknown as { properties: { rules: Record<string, unknown> } } & Record<string, unknown>;
  schema.properties.rules = { ...schema.properties.rules, propertyNames: { enum: [...RULE_IDS] } };
  return { ...schema, $id: 'https://jobnorm.dev/schema/config-1.json', title: 'jobnorm validate configuration' };
}

export class ConfigError extends Error {
  /** Every problem, one per line: `file:line: key: reason`. */
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** The nearest config file at or above a folder, or null. */
export function findConfig(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return null;
  }
}

/** A config file's data, its syntax errors, and the line of the value at a path of keys. */
interface ConfigText {
  data: unknown;
  errors: Array<{ line: number; message: string }>;
  lineOf(path: ReadonlyArray<string | number>): number | null;
}

/** The 1-based line of an offset in a text. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function readJson(text: string): ConfigText {
  const parseErrors: ParseError[] = [];
  const tree = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  return {
    data: tree ? getNodeValue(tree) : undefined,
    errors: parseErrors.map((e) => ({ line: lineAt(text, e.offset), message: `invalid JSON (${printParseErrorCode(e.error)})` })),
    lineOf(path) {
      const node = tree ? findNodeAtLocation(tree, [...path]) : undefined;
      // A key's line is where its property starts, not its value.
      const at = node?.parent?.type === 'property' ? node.parent : node;
      return at ? lineAt(text, at.offset) : null;
    },
  };
}

function readYaml(text: string): ConfigText {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((e) => ({ line: lines.linePos(e.pos[0]).line, message: `invalid YAML (${e.message.split('\n')[0]})` }));
  let data: unknown;
  try {
    data = errors.length ? undefined : doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    errors.push({ line: 1, message: `invalid YAML (${(err as Error).message})` });
  }
  return {
    data,
    errors,
    lineOf(path) {
      const node = doc.getIn([...path], true) as { range?: [number, number, number] } | undefined;
      return node?.range ? lines.linePos(node.range[0]).line : null;
    },
  };
}

/** Loads and validates a config file; throws ConfigError naming every problem with its line. */
export function loadConfig(file: string | null): { config: Config; path: string | null } {
  if (!file) return { config: ConfigSchema.parse({}), path: null };
  let text: string;
  try {
    if (statSync(file).size > MAX_CONFIG_BYTES) throw new Error(`larger than ${MAX_CONFIG_BYTES} bytes, too large for a config`);
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError([`${file}: ${(err as Error).message}`]);
  }
  const read = /\.ya?ml$/i.test(file) ? readYaml(text) : readJson(text);
  if (read.errors.length) throw new ConfigError(read.errors.map((e) => `${file}:${e.line}: ${e.message}`));
  const parsed = ConfigSchema.safeParse(read.data ?? {});
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        // An unknown key is named by the issue, not by its path.
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const path = [...issue.path, ...keys.slice(0, 1)] as Array<string | number>;
        const line = read.lineOf(path);
        // A bad key in a record says why in its own issues ("unknown rule …").
        const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
        return `${file}${line ? `:${line}` : ''}: ${path.join('.') || '(root)'}: ${message}`;
      }),
    );
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

/**
 * The config of each file: the one named with `--config`, else the nearest config file at or
 * above the file's own folder (a repository may hold one per folder of postings; standard input
 * takes the working directory's). `load` reads every config that can apply to the paths given —
 * those above them and those inside the folders given — so that a broken one stops the run
 * before anything is checked, with all its problems, and none is read twice.
 */
export class ConfigResolver {
  private readonly loaded = new Map<string, Config>();
  private readonly nearest = new Map<string, string | null>();
  private readonly defaults = ConfigSchema.parse({});
  private readonly matchers = new Map<string | null, (path: string) => boolean>();

  constructor(
    private readonly cwd: string,
    private readonly explicit: string | null = null,
  ) {}

  /** Reads every config that can apply to these paths; throws one ConfigError with every problem. */
  load(paths: readonly string[], inside: (folder: string) => string[]): void {
    const files = new Set<string>();
    if (this.explicit) files.add(this.explicit);
    else {
      for (const p of paths.length ? paths : ['.']) {
        const at = p === '-' ? this.cwd : resolve(this.cwd, p);
        const found = findConfig(isFolder(at) ? at : dirname(at));
        if (found) files.add(found);
        if (isFolder(at)) for (const f of inside(at)) files.add(f);
      }
    }
    const problems: string[] = [];
    for (const file of files) {
      try {
        this.loaded.set(file, loadConfig(file).config);
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        problems.push(...err.problems);
      }
    }
    if (problems.length) throw new ConfigError(problems);
  }

  /** The config file that applies to a path, or null for the defaults. */
  fileFor(path: string): string | null {
    if (this.explicit) return this.explicit;
    const folder = path === '-' ? this.cwd : dirname(resolve(this.cwd, path));
    let found = this.nearest.get(folder);
    if (found === undefined) {
      found = findConfig(folder);
      this.nearest.set(folder, found);
    }
    return found;
  }

  /** The config that applies to a path. */
  configFor(path: string): Config {
    const file = this.fileFor(path);
    if (!file) return this.defaults;
    let config = this.loaded.get(file);
    if (!config) {
      // A config that appeared after the run began: read now.
      config = loadConfig(file).config;
      this.loaded.set(file, config);
    }
    return config;
  }

  /** Whether a path is left out by the `ignore` of the config that applies to it, its globs read from that config's folder. */
  ignored(path: string): boolean {
    const file = this.fileFor(path);
    let matcher = this.matchers.get(file);
    if (!matcher) {
      matcher = ignoreMatcher(this.configFor(path).ignore, file ? dirname(file) : this.cwd, this.cwd);
      this.matchers.set(file, matcher);
    }
    return matcher(path);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
