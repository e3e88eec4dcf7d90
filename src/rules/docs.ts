/**
 * The README's list of rules and a page per rule (`docs/rules/<id>.md`), written from the rule
 * modules and their examples so that they cannot drift: `npm run docs:rules` rewrites the part
 * of the README between its markers and every page, and a test fails when either is not what
 * this writes.
 */
import { GOOD_POSTING, RULE_EXAMPLES } from './examples.js';
import { CROSS_FILE_RULES, RULES } from './index.js';

export const RULES_START = '<!-- rules:start (npm run docs:rules writes this list) -->';
export const RULES_END = '<!-- rules:end -->';

/** Every rule, per-file then cross-file, as a heading with its id and default severity, then its doc. */
export function rulesMarkdown(): string {
  return [...RULES, ...CROSS_FILE_RULES].map((r) => `#### [\`${r.id}\`](docs/rules/${r.id}.md) — ${r.severity}\n\n${r.doc}\n`).join('\n');
}

/** The README with its rule list rewritten. */
export function withRules(readme: string): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`the README has no "${RULES_START}" … "${RULES_END}" markers`);
  return `${readme.slice(0, start + RULES_START.length)}\n\n${rulesMarkdown()}\n${readme.slice(end)}`;
}

/** The address of a rule's page in the published package, for SARIF's helpUri and the json reporter. */
export function ruleUrl(id: string, version: string): string {
  return `https://unpkg.com/jobnorm@${version}/docs/rules/${id}.md`;
}

/** A fenced block that no line of its text can close. */
function fenced(text: string, lang: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((t) => t.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\n?$/, '\n')}${fence}`;
}

/** A rule's page: what it reports, why, a posting it fires on and one it does not, and how to configure it. */
export function rulePage(rule: { id: string; severity: string; doc: string }): string {
  const ex = RULE_EXAMPLES[rule.id];
  if (!ex) throw new Error(`rule ${rule.id} has no example in src/rules/examples.ts`);
  const setting = rule.severity === 'error' ? 'warn' : 'error';
  return [
    `# \`${rule.id}\``,
    '',
    `Default severity: **${rule.severity}**. ${rule.doc}`,
    '',
    '## Why',
    '',
    ex.why,
    '',
    '## Fires on',
    '',
    ...(ex.encoding ? ['This posting saved as Windows-1252 (Latin-1), not UTF-8:', ''] : []),
    ...(ex.beside ? ['This posting, beside a file that holds the same posting:', ''] : []),
    ...(ex.config ? [`This posting, with the configuration \`${JSON.stringify(ex.config)}\`:`, ''] : []),
    fenced(ex.fires, 'markdown'),
    '',
    '## Does not fire on',
    '',
    fenced(GOOD_POSTING, 'markdown'),
    '',
    '## Configure',
    '',
    `Set its severity (\`"off"\`, \`"warn"\`, \`"error"\`, \`"info"\`) in \`jobnorm.config.json\`:`,
    '',
    fenced(JSON.stringify({ rules: { [rule.id]: setting } }, null, 2), 'json'),
    '',
    rule.id === 'suppression/unused'
      ? 'A suppression comment cannot turn this rule off; remove the suppression instead.'
      : `Or turn it off in one posting, with the reason: \`<!-- jobnorm-disable ${rule.id} -- why -->\`.`,
    '',
  ].join('\n');
}

/** Every rule's page, by its path under the repository (`docs/rules/salary/missing.md`). */
export function rulePages(): Map<string, string> {
  return new Map([...RULES, ...CROSS_FILE_RULES].map((r) => [`docs/rules/${r.id}.md`, rulePage(r)]));
}
