/** Suppression comments and the front-matter key: what they turn off, and what is said of those that turn off nothing. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/index.js';
import { validate } from '../../src/validate/index.js';
import { applySuppressions, suppressionsIn } from '../../src/validate/suppress.js';
import { ROOT, run } from '../helpers.js';

/** A posting with a title, employer and place, and nothing else: it has no pay, date, type or description. */
const BARE = ['---', 'title: Harbour Pilot', 'company: Estuary Ports', 'location: Hull, UK', '---', '', '## Requirements', '', '- A pilot licence', ''];

async function messagesOf(text: string, config = {}): Promise<Array<[string, number]>> {
  const dir = mkdtempSync(join(tmpdir(), 'jobnorm-suppress-'));
  writeFileSync(join(dir, 'a.md'), text);
  const [report] = await validate([dir], { config: ConfigSchema.parse(config), today: '2026-11-30', isolate: false });
  return (report?.messages ?? []).map((m) => [m.ruleId, m.line]);
}

describe('suppression comments', () => {
  it('are read from comments and from the front-matter key, inline or as a list, with a reason after " -- "', () => {
    const text = ['---', 'title: x', 'jobnorm-disable: [salary/missing, "date-posted/missing"]', 'tags:', '  - a', '---', '<!-- jobnorm-disable description/missing -- linked from the careers page -->', 'line', '<!-- jobnorm-disable-next-line date/expired, location/missing -->', 'Closing: 1 March 2020', '<!-- jobnorm-disable -->'].join('\n');
    expect(suppressionsIn(text)).toEqual([
      { scope: 'file', rules: ['salary/missing', 'date-posted/missing'], line: 3 },
      { scope: 'file', rules: ['description/missing'], line: 7 },
      { scope: 'next-line', rules: ['date/expired', 'location/missing'], line: 9 },
      { scope: 'file', rules: [], line: 11 },
    ]);
    const listed = suppressionsIn(['---', 'jobnorm-disable:', '  - salary/missing', '  - location/missing', 'title: x', '---'].join('\n'));
    expect(listed).toEqual([{ scope: 'file', rules: ['salary/missing', 'location/missing'], line: 2 }]);
    // A look-alike word is no directive, and a key outside the front matter is text.
    expect(suppressionsIn('<!-- jobnorm-disabled salary/missing -->\njobnorm-disable: salary/missing\n')).toEqual([]);
  });

  it('turn off the rules they name in the file or on the next line, and report those that turned off nothing', () => {
    const known = new Set(['salary/missing', 'date/expired', 'title/missing']);
    const messages = [
      { ruleId: 'salary/missing', severity: 'warning' as const, message: 'm', line: 1, column: 1 },
      { ruleId: 'date/expired', severity: 'error' as const, message: 'm', line: 9, column: 1 },
      { ruleId: 'date/expired', severity: 'error' as const, message: 'm', line: 12, column: 1 },
    ];
    const { kept, unused } = applySuppressions(
      messages,
      [
        { scope: 'file', rules: ['salary/missing', 'title/missing'], line: 4 },
        { scope: 'next-line', rules: ['date/expired'], line: 8 },
        { scope: 'next-line', rules: ['salary/mising'], line: 20 },
      ],
      known,
    );
    expect(kept.map((m) => m.line)).toEqual([12]);
    expect(unused.map((u) => u.line)).toEqual([4, 20]);
    expect(unused[0]?.message).toContain('"title/missing"');
    expect(unused[1]?.message).toContain('did you mean "salary/missing"?');
  });

  it('work end to end in validate, and "suppression/unused" can be configured off', async () => {
    const before = await messagesOf(BARE.join('\n'));
    expect(before.map(([id]) => id)).toEqual(expect.arrayContaining(['salary/missing', 'date-posted/missing']));
    const keyed = BARE.slice();
    keyed.splice(4, 0, 'jobnorm-disable: [salary/missing, date-posted/missing]');
    const after = await messagesOf(keyed.join('\n'));
    expect(after.map(([id]) => id)).not.toContain('salary/missing');
    expect(after.map(([id]) => id)).not.toContain('date-posted/missing');
    expect(after.length).toBe(before.length - 2);
    // Turning off every rule leaves nothing; a comment that turned off nothing is reported on its line, unless configured off.
    expect(await messagesOf(`${BARE.join('\n')}\n<!-- jobnorm-disable -->\n`)).toEqual([]);
    const stale = `${BARE.join('\n')}\n<!-- jobnorm-disable title/missing -->\n`;
    expect(await messagesOf(stale)).toContainEqual(['suppression/unused', 11]);
    expect((await messagesOf(stale, { rules: { 'suppression/unused': 'off' } })).map(([id]) => id)).not.toContain('suppression/unused');
  });

  it('as the README shows them leave its example posting with no problem', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /### Turning a rule off[\s\S]*?```markdown\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(example).toContain('jobnorm-disable-next-line');
    expect(await messagesOf(example)).toEqual([]);
    // Without its suppressions, the same posting has two problems.
    expect((await messagesOf(example.replace(/jobnorm-disable/g, 'jobnorm-note'))).map(([id]) => id).sort()).toEqual(['date/expired', 'salary/missing']);
  });

  it('reach validate from its worker threads, as the CLI runs it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobnorm-suppress-cli-'));
    writeFileSync(join(dir, 'a.md'), `${BARE.join('\n')}\n<!-- jobnorm-disable salary/missing -- pay is set by the union agreement -->\n`);
    const r = run(['validate', '--reporter', 'json', dir]);
    const ids = (JSON.parse(r.stdout) as { files: Array<{ messages: Array<{ ruleId: string }> }> }).files.flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(ids).toContain('date-posted/missing');
    expect(ids).not.toContain('salary/missing');
    expect(ids).not.toContain('suppression/unused');
  });
});
