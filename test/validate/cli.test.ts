/** `jobnorm validate` and `jobnorm schema` as a user runs them. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { colorWanted } from '../../src/cli/validate.js';
import { ROOT, fixtureCases, fixtureInput, ndjson, run } from '../helpers.js';

const TODAY = ['--today', '2026-11-23'];
const CLEAN = '---\ntitle: Backend Engineer\ncompany: Acme\nlocation: Austin, TX\nemployment_type: full-time\ndate_posted: 2026-11-01\nsalary: "$120,000 - $140,000 per year"\n---\n\nYou will build the services that route parcels for small shops across Texas.\n';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'jobnorm-validate-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('reporters: exact output over the fixtures', () => {
  for (const reporter of ['stylish', 'json', 'eslint', 'github', 'sarif']) {
    it(reporter, async () => {
      const r = run(['validate', '--reporter', reporter, ...TODAY, 'fixtures']);
      expect(r.status).toBe(1);
      // The version, and the clone's folder (eslint's paths are absolute), are the same in every snapshot.
      const stable = r.stdout.replace(/"version": "[^"]+"/, '"version": "X"').replace(/jobnorm@[^/]+\//g, 'jobnorm@X/').replaceAll(ROOT, '<root>');
      await expect(stable).toMatchFileSnapshot(join(ROOT, 'test', 'validate', 'golden', `${reporter}.txt`));
    });
  }
  it('github lines are workflow commands with file, line, col and title, ending with a ::notice summary', () => {
    const r = run(['validate', '--reporter', 'github', ...TODAY, 'fixtures/template-not-posting']);
    expect(r.stdout).toMatch(/^::error file=fixtures\/template-not-posting\/input\.md,line=1,col=1,title=not-a-posting::Not a job posting/);
    expect(r.stdout.trim().split('\n').pop()).toBe('::notice title=jobnorm::1 problem (1 error, 0 warnings) in 1 file');
  });
  it('sarif is a 2.1.0 log with rules and located results', () => {
    const log = JSON.parse(run(['validate', '--reporter', 'sarif', ...TODAY, 'fixtures/crlf']).stdout) as {
      version: string;
      runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }>;
    };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.tool.driver.rules.map((r) => r.id)).toContain('salary/missing');
    expect(log.runs[0]?.results[0]).toMatchObject({ ruleId: 'date-posted/missing', level: 'warning', locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/crlf/input.md' }, region: { startLine: 1 } } }] });
  });
  it('stylish has no colours on a pipe', () => {
    expect(run(['validate', ...TODAY, 'fixtures']).stdout).not.toContain('\u001b[');
  });
});

describe('exit codes', () => {
  it('0 when there are no errors (warnings allowed)', () => {
    const dir = folder({ 'a.md': CLEAN.replace('company: Acme\n', '') });
    const r = run(['validate', ...TODAY, dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('company/missing');
  });
  it('1 on errors, and on more warnings than --max-warnings', () => {
    const dir = folder({ 'a.md': CLEAN.replace('company: Acme\n', '') });
    expect(run(['validate', ...TODAY, '--max-warnings', '0', dir]).status).toBe(1);
    expect(run(['validate', ...TODAY, '--max-warnings', '1', dir]).status).toBe(0);
    expect(run(['validate', ...TODAY, 'fixtures/template-not-posting']).status).toBe(1);
  });
  it('2 on usage and configuration errors', () => {
    expect(run(['validate', 'no/such/dir']).status).toBe(2);
    expect(run(['validate', '--reporter', 'xml', 'fixtures']).status).toBe(2);
    const dir = folder({ 'a.md': CLEAN, 'jobnorm.config.json': '{"rules": {"salary/missin": "error"}}' });
    const r = run(['validate', dir], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('rules.salary/missin: unknown rule "salary/missin"');
  });
});

describe('time budget', () => {
  it('runs each posting on a worker and reports one that overruns --timeout', () => {
    const dir = folder({ 'a.md': CLEAN, 'b.md': CLEAN.replace('Acme', 'Beta') });
    const r = run(['validate', '--timeout', '1', '--reporter', 'json', ...TODAY, dir]);
    const out = JSON.parse(r.stdout) as { files: Array<{ messages: Array<{ ruleId: string; message: string }> }> };
    expect(out.files).toHaveLength(2);
    expect(out.files.flatMap((f) => f.messages.map((m) => m.ruleId))).toContain('document/timeout');
    expect(r.status).toBe(1);
    expect(run(['validate', '--reporter', 'json', ...TODAY, dir]).status).toBe(0);
  });
});

describe('configuration', () => {
  it('is found by walking up from the working directory, as either name', () => {
    for (const name of ['jobnorm.config.json', '.jobnormrc.json']) {
      const dir = folder({ 'posts/a.md': CLEAN.replace('company: Acme\n', ''), [name]: '{"rules": {"company/missing": "error"}}' });
      const r = run(['validate', '.'], { cwd: join(dir, 'posts') });
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/error\s+The posting does not name the company/);
    }
  });
  it('is read from --config, with required fields and ignore globs', () => {
    const dir = folder({ 'a.md': CLEAN, 'drafts/b.md': '# nothing', 'cfg.json': '{"required": ["url"], "ignore": ["**/drafts/**"]}' });
    const r = run(['validate', '--config', join(dir, 'cfg.json'), '--reporter', 'json', ...TODAY, dir]);
    const out = JSON.parse(r.stdout) as { files: Array<{ path: string; messages: Array<{ ruleId: string }> }> };
    expect(out.files.map((f) => f.path)).toEqual([`${dir}/a.md`]);
    expect(out.files[0]?.messages.map((m) => m.ruleId)).toEqual(['field/required']);
  });
  it('leaves out what "ignore" names however the paths are written, named files too, unless --no-ignore', () => {
    const dir = folder({ 'jobnorm.config.json': '{"ignore": ["jobs/archive/", "draft-*.md"]}', 'jobs/a.md': CLEAN, 'jobs/archive/old.md': CLEAN, 'jobs/sub/draft-x.md': CLEAN });
    const paths = (args: string[], cwd = dir) => {
      const r = run(['validate', '--reporter', 'json', ...TODAY, ...args], { cwd });
      return { files: (JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path), stderr: r.stderr };
    };
    expect(paths(['jobs/**/*.md']).files).toEqual(['jobs/a.md']);
    const named = paths(['jobs/archive/old.md', 'jobs/a.md']);
    expect(named.files).toEqual(['jobs/a.md']);
    expect(named.stderr).toContain('jobs/archive/old.md: ignored');
    expect(paths(['.'], join(dir, 'jobs')).files).toEqual(['a.md']);
    expect(paths(['--no-ignore', '.'], join(dir, 'jobs')).files).toEqual(['a.md', 'archive/old.md', 'sub/draft-x.md']);
  });
  it('writes the report to a file with -o, and refuses a folder that is not there without leaving a file', () => {
    const dir = folder({ 'jobs/a.md': CLEAN, 'cfg.json': '{"rules": {"date-posted/missing": "warning"}}' });
    const r = run(['validate', '-o', join(dir, 'report.json'), '--reporter', 'json', '--config', join(dir, 'cfg.json'), ...TODAY, join(dir, 'jobs')]);
    expect([r.status, r.stdout]).toEqual([0, '']);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { files: Array<{ path: string }> };
    expect(report.files).toHaveLength(1);
    const missing = run(['validate', '-o', join(dir, 'no', 'report.json'), ...TODAY, join(dir, 'jobs')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('its folder does not exist');
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });
  it('is read from JSON with comments and from YAML, and every problem is named with its line', () => {
    const jsonc = folder({ 'a.md': CLEAN.replace('company: Acme\n', ''), 'jobnorm.config.jsonc': '{\n  // the gate for the careers site\n  "rules": { "company/missing": "error", },\n}\n' });
    expect(run(['validate', ...TODAY, jsonc]).stdout).toMatch(/error\s+The posting does not name the company/);
    const yaml = folder({ 'a.md': CLEAN.replace('company: Acme\n', ''), '.jobnormrc.yaml': '# the gate\nrules:\n  company/missing: error\n' });
    expect(run(['validate', ...TODAY, yaml]).stdout).toMatch(/error\s+The posting does not name the company/);
    const bad = folder({ 'a.md': CLEAN, 'jobnorm.config.jsonc': '{\n  "rules": {\n    "salary/missin": "error",\n    "company/missing": "loud"\n  },\n  "severity": {}\n}\n' });
    const r = run(['validate', ...TODAY, bad]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n').map((l) => l.replace(/^.*jobnorm\.config\.jsonc/, ''))).toEqual([
      ':3: rules.salary/missin: unknown rule "salary/missin" (did you mean "salary/missing"?)',
      ':4: rules.company/missing: Invalid option: expected one of "off"|"warn"|"warning"|"error"|"info"',
      ':6: severity: Unrecognized key: "severity"',
    ]);
    // YAML that builds objects or expands aliases without end is refused, never run.
    const tagged = folder({ 'a.md': CLEAN, '.jobnormrc.yml': 'rules: !!js/function "function () { return 1 }"\n' });
    expect(run(['validate', tagged]).status).toBe(2);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...['b', 'c', 'd', 'e'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcd'[i]}`).join(', ')}]`)].join('\n');
    const laughs = run(['validate', folder({ 'a.md': CLEAN, '.jobnormrc.yaml': bomb })]);
    expect([laughs.status, laughs.stderr]).toEqual([2, expect.stringContaining('alias')]);
  });
  it('is the nearest one above each file, and --print-config shows which', () => {
    const dir = folder({
      'jobnorm.config.json': '{"rules": {"company/missing": "error"}}',
      'team-a/.jobnormrc.yaml': 'required: [url]\n',
      'team-a/a.md': CLEAN,
      'team-b/b.md': CLEAN.replace('company: Acme\n', '').replace('Backend', 'Frontend'),
    });
    const r = run(['validate', '--reporter', 'json', ...TODAY, '.'], { cwd: dir });
    const ids = Object.fromEntries((JSON.parse(r.stdout) as { files: Array<{ path: string; messages: Array<{ ruleId: string; severity: string }> }> }).files.map((f) => [f.path, f.messages.map((m) => `${m.ruleId}:${m.severity}`)]));
    expect(ids).toEqual({ 'team-a/a.md': ['field/required:error'], 'team-b/b.md': ['company/missing:error'] });
    const printed = JSON.parse(run(['validate', '--print-config', 'team-a/a.md'], { cwd: dir }).stdout) as { $path: string; required: string[] };
    expect([printed.$path, printed.required]).toEqual([join(dir, 'team-a/.jobnormrc.yaml'), ['url']]);
    expect((JSON.parse(run(['validate', '--print-config', 'team-b/b.md'], { cwd: dir }).stdout) as { rules: object }).rules).toEqual({ 'company/missing': 'error' });
  });
  it('has a JSON Schema, generated from the code and shipped in dist, that accepts the README\'s config and names every rule', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'dist', 'jobnorm.config.schema.json'), 'utf8')) as Record<string, unknown>;
    expect(JSON.parse(run(['schema', '--config']).stdout)).toEqual(schema);
    const ajv = new Ajv2020.default({ strict: false });
    const valid = ajv.compile(schema);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = JSON.parse(/### Configuration[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? 'null') as unknown;
    expect(valid(example)).toBe(true);
    expect(valid({ rules: { 'salary/missin': 'error' } })).toBe(false);
    expect(valid({ rules: { 'salary/missing': 'loud' } })).toBe(false);
  });
  it('searches folders for --ext, skips --ignore-pattern globs and what .gitignore files leave out, unless --no-gitignore', () => {
    const dir = folder({ '.gitignore': 'drafts/\n', 'a.md': CLEAN, 'b.txt': CLEAN.replace('Acme', 'Beta'), 'drafts/c.md': CLEAN.replace('Acme', 'Gamma'), 'old/d.md': CLEAN.replace('Acme', 'Delta') });
    execFileSync('git', ['init', '-q', dir]);
    const paths = (args: string[]) => (JSON.parse(run(['validate', '--reporter', 'json', ...TODAY, ...args, '.'], { cwd: dir }).stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path);
    expect(paths([])).toEqual(['a.md', 'b.txt', 'old/d.md']);
    expect(paths(['--ext', 'md', '--ignore-pattern', '**/old/**'])).toEqual(['a.md']);
    expect(paths(['--no-gitignore', '--ext', 'md'])).toEqual(['a.md', 'drafts/c.md', 'old/d.md']);
  });
  it('names the key and the reason when a value is wrong', () => {
    const dir = folder({ 'cfg.json': '{"rules": {"salary/missing": "loud"}}', 'x.json': '{ not json' });
    const bad = run(['validate', '--config', join(dir, 'cfg.json'), 'fixtures']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/rules\.salary\/missing: Invalid option/);
    const broken = run(['validate', '--config', join(dir, 'x.json'), 'fixtures']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('x.json');
    const unknown = folder({ 'c.json': '{"severity": {}}' });
    expect(run(['validate', '--config', join(unknown, 'c.json'), 'fixtures']).stderr).toMatch(/Unrecognized key/);
  });
});

describe('paths for code hosts', () => {
  it('are relative to the repository root and percent-encoded in SARIF, with fingerprints that survive a moved line', () => {
    const dir = folder({ 'site/my jobs/cocinero señor.md': CLEAN.replace('company: Acme\n', '') });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const cwd = join(dir, 'site');
    const log = JSON.parse(run(['validate', '--reporter', 'sarif', ...TODAY, 'my jobs'], { cwd }).stdout) as {
      runs: Array<{ results: Array<{ partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }> }>;
    };
    const result = log.runs[0]?.results[0];
    expect(result?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: 'site/my%20jobs/cocinero%20se%C3%B1or.md', uriBaseId: '%SRCROOT%' });
    const github = run(['validate', '--reporter', 'github', ...TODAY, 'my jobs'], { cwd }).stdout;
    expect(github).toContain('file=site/my jobs/cocinero señor.md,');
    // The fingerprint does not depend on the line.
    writeFileSync(join(cwd, 'my jobs', 'cocinero señor.md'), `\n${CLEAN.replace('company: Acme\n', '')}`.replace(/^\n/, ''));
    const again = JSON.parse(run(['validate', '--reporter', 'sarif', ...TODAY, 'my jobs'], { cwd }).stdout) as typeof log;
    expect(again.runs[0]?.results[0]?.partialFingerprints).toEqual(result?.partialFingerprints);
  });
});

describe('--changed', () => {
  it('checks only the postings changed since the merge base or a ref', () => {
    const dir = folder({ 'jobs/a.md': CLEAN, 'jobs/b.md': CLEAN.replace('Acme', 'Beta') });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'feature');
    writeFileSync(join(dir, 'jobs', 'b.md'), CLEAN.replace('company: Acme\n', ''));
    writeFileSync(join(dir, 'jobs', 'c.md'), CLEAN.replace('Acme', 'Gamma'));
    const r = run(['validate', '--changed', '--reporter', 'json', ...TODAY, 'jobs'], { cwd: dir });
    const paths = (JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path);
    expect(paths).toEqual(['jobs/b.md', 'jobs/c.md']);
    git('add', '.');
    git('commit', '-qm', 'change b');
    const sinceHead = run(['validate', '--changed=HEAD', '--reporter', 'json', ...TODAY, 'jobs'], { cwd: dir });
    expect((JSON.parse(sinceHead.stdout) as { files: unknown[] }).files).toEqual([]);
    const base = run(['validate', '--changed', '--base', 'HEAD', '--reporter', 'json', ...TODAY, 'jobs'], { cwd: dir });
    expect((JSON.parse(base.stdout) as { files: unknown[] }).files).toEqual([]);
  });

  const repository = (files: Record<string, string>) => {
    const dir = folder(files);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'feature');
    return { dir, git };
  };

  it('names each changed file it does not check, with the reason, under the paths given', () => {
    const { dir } = repository({ 'jobs/a.md': CLEAN, 'jobnorm.config.json': '{"ignore": ["jobs/old/"]}' });
    for (const f of ['jobs/b.md', 'jobs/.drafts/c.md', 'jobs/d.json', 'jobs/old/e.md', 'docs/f.md']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), CLEAN);
    }
    const r = run(['validate', '--changed', '--reporter', 'json', ...TODAY, 'jobs'], { cwd: dir });
    expect((JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path)).toEqual(['jobs/b.md']);
    const notes = r.stderr.split('\n').filter((l) => l.includes('changed, not checked'));
    expect(notes).toEqual([
      'jobnorm: jobs/.drafts/c.md: changed, not checked: it is under a dot-folder or node_modules',
      'jobnorm: jobs/d.json: changed, not checked: .json files are not postings (.md, .markdown, .txt, .html, .htm are)',
      'jobnorm: jobs/old/e.md: changed, not checked: the config\'s "ignore" leaves it out',
    ]);
  });
  it('never takes the path after it for a ref, and fails on a ref that names no commit', () => {
    const { dir } = repository({ 'jobs/a.md': CLEAN });
    writeFileSync(join(dir, 'jobs', 'b.md'), CLEAN.replace('company: Acme\n', ''));
    const r = run(['validate', '--changed', '--reporter', 'json', ...TODAY, 'jobs'], { cwd: dir });
    expect((JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path)).toEqual(['jobs/b.md']);
    const bad = run(['validate', '--changed=no-such-branch', 'jobs'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/no-such-branch is not a commit.*fetch-depth: 0/);
    expect(run(['validate', '--base', 'HEAD', 'jobs'], { cwd: dir }).status).toBe(2);
    // A ref that is an option never reaches git as one.
    const injected = run(['validate', '--changed=--output=injected.txt', 'jobs'], { cwd: dir });
    expect(injected.status).toBe(2);
    expect(existsSync(join(dir, 'injected.txt'))).toBe(false);
  });

  it('checks a changed file whose name is not ASCII or has spaces', () => {
    const { dir } = repository({ 'jobs/a.md': CLEAN });
    writeFileSync(join(dir, 'jobs', 'ingeniera señor.md'), CLEAN.replace('company: Acme\n', ''));
    const r = run(['validate', '--changed', '--reporter', 'json', ...TODAY, 'jobs'], { cwd: dir });
    expect((JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path)).toEqual(['jobs/ingeniera señor.md']);
  });

  it('finds the changed files however the folder is written (./jobs/../jobs, ../jobs from a sub-folder)', () => {
    const { dir } = repository({ 'jobs/a.md': CLEAN, 'docs/readme.md': '# Docs\n' });
    writeFileSync(join(dir, 'jobs', 'b.md'), CLEAN.replace('company: Acme\n', ''));
    const files = (args: string[], cwd: string) => (JSON.parse(run(['validate', '--changed', '--reporter', 'json', ...TODAY, ...args], { cwd }).stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path);
    // Each is reported under the path as the folder was written.
    expect(files(['./jobs/../jobs'], dir)).toEqual(['./jobs/../jobs/b.md']);
    expect(files(['../jobs'], join(dir, 'docs'))).toEqual(['../jobs/b.md']);
  });

  it('finds a changed file that copies a posting it does not check, and says so on the new file', () => {
    const { dir } = repository({ 'jobs/a.md': CLEAN });
    writeFileSync(join(dir, 'jobs', 'copy.md'), CLEAN);
    const r = run(['validate', '--changed', '--reporter', 'json', ...TODAY, 'jobs'], { cwd: dir });
    const files = (JSON.parse(r.stdout) as { files: Array<{ path: string; messages: Array<{ ruleId: string; message: string }> }> }).files;
    expect(files.map((f) => f.path)).toEqual(['jobs/copy.md']);
    expect(files[0]?.messages.find((m) => m.ruleId === 'posting/duplicate')?.message).toContain('jobs/a.md');
    expect(r.status).toBe(1);
  });
  it('is a usage error outside a git repository', () => {
    const dir = folder({ 'a.md': CLEAN });
    const r = run(['validate', '--changed', dir], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--changed');
  });
});

describe('jobnorm schema', () => {
  it('prints a JSON Schema that every fixture record satisfies, and that rejects a broken one', () => {
    const schema = JSON.parse(run(['schema']).stdout) as object;
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const check = ajv.compile(schema);
    const records = ndjson(run(['ingest', '--all', ...fixtureCases().map(fixtureInput)]).stdout);
    expect(records).toHaveLength(fixtureCases().length);
    for (const r of records) expect(check(r), JSON.stringify(check.errors)).toBe(true);
    expect(check({ ...records[0], salary: { min: 'lots' } })).toBe(false);
  });
});

describe('ingest --format jsonld', () => {
  it('writes schema.org JobPosting as Google for Jobs reads it', () => {
    const r = run(['ingest', '--format', 'jsonld', 'fixtures/markdown-front-matter']);
    const ld = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Senior Backend Engineer',
      datePosted: '2025-03-14',
      hiringOrganization: { '@type': 'Organization', name: 'Larkspur Analytics' },
      jobLocation: [{ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Denver', addressRegion: 'CO', addressCountry: 'US' } }],
      employmentType: 'FULL_TIME',
      baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 150000, maxValue: 180000, unitText: 'YEAR' } },
      experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 72 },
      educationRequirements: { '@type': 'EducationalOccupationalCredential', credentialCategory: 'bachelor degree' },
    });
    expect(String(ld.description)).toContain('forecasting tools');
    expect(ld).not.toHaveProperty('jobLocationType');
  });
  it('marks only fully remote roles TELECOMMUTE, with applicant locations', () => {
    const ld = JSON.parse(run(['ingest', '--format', 'jsonld', 'fixtures/remote-applicant-regions']).stdout) as Record<string, unknown>;
    expect(ld).toMatchObject({ jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: [{ '@type': 'AdministrativeArea', name: 'Europe' }] });
    expect(ld).not.toHaveProperty('jobLocation');
    expect(ld).not.toHaveProperty('datePosted');
  });
  it('reads the README workflow as valid YAML that uses this repository\'s action with inputs it declares', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const workflow = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const parsed = matter(`---\n${workflow}\n---\n`).data as { on: Record<string, unknown>; jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }> };
    expect(Object.keys(parsed.on)).toContain('pull_request');
    const steps = Object.values(parsed.jobs).flatMap((j) => j.steps);
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with).toMatchObject({ 'fetch-depth': 0 });
    const step = steps.find((s) => s.uses?.endsWith('/jobnorm@v1'));
    const declared = Object.keys((matter(`---\n${readFileSync(join(ROOT, 'action.yml'), 'utf8')}\n---\n`).data as { inputs: Record<string, unknown> }).inputs);
    expect(Object.keys(step?.with ?? {}).every((k) => declared.includes(k))).toBe(true);
  });
});

describe('colour', () => {
  it('follows FORCE_COLOR and a non-empty NO_COLOR, as no-color.org says', () => {
    expect(colorWanted({}, true)).toBe(true);
    expect(colorWanted({ NO_COLOR: '' }, true)).toBe(true);
    expect(colorWanted({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colorWanted({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colorWanted({ FORCE_COLOR: '0' }, false)).toBe(false);
    expect(colorWanted({ CI: 'true' }, true)).toBe(false);
  });
});

describe('validate -', () => {
  it('checks a posting piped on standard input, as an editor or a hook sends a buffer', () => {
    const r = run(['validate', '--reporter', 'json', ...TODAY, '-'], { input: CLEAN.replace('location: Austin, TX', 'location: <City, ST>') });
    const files = (JSON.parse(r.stdout) as { files: Array<{ path: string; messages: Array<{ ruleId: string; line: number }> }> }).files;
    expect(files.map((f) => f.path)).toEqual(['<stdin>']);
    expect(files[0]?.messages.find((m) => m.ruleId === 'field/placeholder')?.line).toBe(4);
    expect(r.status).toBe(1);
  });
});
