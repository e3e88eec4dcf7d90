/**
 * Suppression comments, as ESLint and markdownlint take them: a posting may turn a rule off for
 * the whole file or for one line, in its own text, with the reason beside it.
 *
 *     <!-- jobnorm-disable salary/missing -- pay is set by the union agreement -->
 *     <!-- jobnorm-disable-next-line date/expired -->
 *     ---
 *     jobnorm-disable: [salary/missing, location/missing]
 *     ---
 *
 * `jobnorm-disable` with no rule turns every rule off. A comment that suppresses nothing, or
 * names a rule that does not exist, is reported (`suppression/unused`), so that stale ones are
 * found and removed. Suppression comments are read from the file's text, so they work the same
 * in markdown, HTML and plain text; problems that stop a file from being read cannot be turned off.
 */
import { SUPPRESSION_KEY } from '../extractors/keys.js';
import { nearestRule } from '../rules/index.js';
import type { LintMessage } from './index.js';

export interface Suppression {
  /** `file`: every line of the file; `next-line`: the line after the comment. */
  scope: 'file' | 'next-line';
  /** The rule ids it names; empty for every rule. */
  rules: string[];
  /** The comment's own 1-based line, where an unused one is reported. */
  line: number;
}

/** A suppression comment: its kind, then the rules and a reason after " -- " (a comment past this length is not one). */
const COMMENT = /<!--\s{0,20}jobnorm-(disable-next-line|disable)(?![\w-])([^>]{0,1000}?)-->/g;
/** The front-matter key, with its value on the line or as a list under it. */
const FRONT_MATTER_KEY = new RegExp(`^${SUPPRESSION_KEY}\\s*:\\s*(.*)$`);
const LIST_ITEM = /^\s+-\s+(.+)$/;
/** Where front matter ends: the line after its closing `---` (or `+++`), at most this far down. */
const FRONT_MATTER_LINES = 2_000;

/** Rule ids in a comment's or a key's text: "a/b, c/d -- reason" → ["a/b", "c/d"]. */
function ruleIds(text: string): string[] {
  const [ids = ''] = text.split(/\s--\s|\s--$/);
  let list = ids.trim();
  if (list.startsWith('[')) list = list.slice(1);
  if (list.endsWith(']')) list = list.slice(0, -1);
  return list
    .split(/[\s,]+/)
    .map((id) => id.replace(/^["']|["']$/g, ''))
    .filter(Boolean);
}

/** Every suppression a file's text writes: comments anywhere, and the front-matter key. */
export function suppressionsIn(text: string): Suppression[] {
  const out: Suppression[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  if (/^(?:---|\+\+\+)\s*$/.test(lines[0] ?? '')) {
    for (let i = 1; i < Math.min(lines.length, FRONT_MATTER_LINES); i++) {
      const line = lines[i] as string;
      if (/^(?:---|\+\+\+|\.\.\.)\s*$/.test(line)) break;
      const key = FRONT_MATTER_KEY.exec(line);
      if (!key) continue;
      // A YAML comment after the value is no rule.
      const rules = ruleIds((key[1] ?? '').replace(/(?:^|\s)#.*$/, ''));
      // No value on the key's line: a list under it.
      if (!rules.length) {
        for (let j = i + 1; j < lines.length; j++) {
          const item = LIST_ITEM.exec(lines[j] as string);
          if (!item) break;
          rules.push(...ruleIds((item[1] as string).replace(/(?:^|\s)#.*$/, '')));
        }
      }
      out.push({ scope: 'file', rules, line: i + 1 });
    }
  }
  lines.forEach((line, i) => {
    if (!line.includes('jobnorm-disable')) return;
    for (const m of line.matchAll(COMMENT)) out.push({ scope: m[1] === 'disable' ? 'file' : 'next-line', rules: ruleIds(m[2] ?? ''), line: i + 1 });
  });
  return out;
}

/** The rule id under which unused and unknown suppressions are reported. */
export const UNUSED = 'suppression/unused';

/**
 * The messages no suppression covers, then one `suppression/unused` message for each comment
 * (or each rule a comment names) that covered nothing, and for each rule it names that does not exist.
 */
export function applySuppressions(messages: LintMessage[], suppressions: readonly Suppression[], known: ReadonlySet<string>): { kept: LintMessage[]; unused: Array<{ line: number; message: string }> } {
  const used = suppressions.map(() => new Set<string>());
  const kept = messages.filter((m) => {
    const at = suppressions.findIndex((s) => (s.scope === 'file' || m.line === s.line + 1) && (!s.rules.length || s.rules.includes(m.ruleId)));
    if (at < 0) return true;
    used[at]?.add(m.ruleId);
    return false;
  });
  const unused: Array<{ line: number; message: string }> = [];
  suppressions.forEach((s, i) => {
    const where = s.scope === 'file' ? 'in this file' : 'on the next line';
    if (!s.rules.length) {
      if (!used[i]?.size) unused.push({ line: s.line, message: `The suppression turns every rule off ${where}, but none reported anything` });
      return;
    }
    for (const id of s.rules) {
      if (!known.has(id)) {
        const near = nearestRule(id);
        unused.push({ line: s.line, message: `The suppression names "${id}", which is no rule${near ? ` (did you mean "${near}"?)` : ''}` });
      } else if (!used[i]?.has(id)) unused.push({ line: s.line, message: `The suppression turns "${id}" off ${where}, but it reported nothing there` });
    }
  });
  return { kept, unused };
}
