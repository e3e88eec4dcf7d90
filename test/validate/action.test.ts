/** The GitHub Action: action.yml's inputs reach bin/action.sh, which runs `jobnorm validate` as a pull request needs. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const SCRIPT = join(ROOT, 'bin', 'action.sh');
const POSTING = '---\ntitle: Night Porter\ncompany: Harbour Inn\nlocation: Bristol, United Kingdom\nemployment_type: full-time\ndate_posted: 2026-11-01\nsalary: "£26,000 per year"\n---\n\nYou will look after our guests from ten at night until seven in the morning.\n';

/** A careers repository on a feature branch, with `files` added after the base commit. */
function repository(base: Record<string, string>, added: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'jobnorm-action-'));
  const write = (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
  write(base);
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'feature');
  write(added);
  return dir;
}

function action(cwd: string, inputs: Record<string, string>) {
  return spawnSync('bash', [SCRIPT], { cwd, encoding: 'utf8', env: { ...process.env, JOBNORM_SKIP_INSTALL: '1', JOBNORM_TODAY: '2026-11-23', ...inputs } });
}

describe('the GitHub Action', () => {
  it('declares inputs that its script reads', () => {
    const yml = matter(`---\n${readFileSync(join(ROOT, 'action.yml'), 'utf8')}\n---\n`).data as { inputs: Record<string, unknown>; runs: { using: string; steps: Array<{ env?: Record<string, string> }> } };
    expect(yml.runs.using).toBe('composite');
    const env = yml.runs.steps.flatMap((s) => Object.entries(s.env ?? {}));
    const script = readFileSync(SCRIPT, 'utf8');
    for (const input of Object.keys(yml.inputs)) {
      const variable = env.find(([, v]) => v === `\${{ inputs.${input} }}`)?.[0];
      expect(variable, input).toBeDefined();
      expect(script).toContain(variable as string);
    }
  });

  it('fails a pull request that adds a broken, a copied or a non-ASCII-named posting, with annotations', () => {
    const dir = repository({ 'jobs/porter.md': POSTING }, {
      'jobs/copy of porter.md': POSTING,
      'jobs/recepcionista señor.md': POSTING.replace('title: Night Porter', 'title: Recepcionista').replace('date_posted: 2026-11-01', 'date_posted: 2026-13-45'),
    });
    const r = action(dir, { JOBNORM_PATHS: 'jobs\n', JOBNORM_CHANGED: 'true' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=jobs\/copy of porter\.md,line=1,col=1,title=posting\/duplicate::/m);
    expect(r.stdout).toMatch(/^::error file=jobs\/recepcionista señor\.md,line=\d+,col=\d+,title=date\/invalid::/m);
    expect(r.stdout).not.toContain('file=jobs/porter.md');
  });

  it('passes a clean change, and writes the report to a file when asked', () => {
    const dir = repository({ 'jobs/porter.md': POSTING }, { 'jobs/cook.md': POSTING.replace('Night Porter', 'Breakfast Cook').replace('guests', 'breakfast') });
    const r = action(dir, { JOBNORM_PATHS: 'jobs', JOBNORM_CHANGED: 'main', JOBNORM_REPORTER: 'sarif', JOBNORM_OUTPUT: 'report.sarif' });
    expect(r.status).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0');
  });
});
