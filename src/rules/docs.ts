/**
 * The README's list of rules, written from the rule modules so that the two cannot drift:
 * `npm run docs:rules` rewrites the part of the README between its markers, and a test fails
 * when the README is not what this writes.
 */
import { CROSS_FILE_RULES, RULES } from './index.js';

export const RULES_START = '<!-- rules:start (npm run docs:rules writes this list) -->';
export const RULES_END = '<!-- rules:end -->';

/** Every rule, per-file then cross-file, as a heading with its id and default severity, then its doc. */
export function rulesMarkdown(): string {
  return [...RULES, ...CROSS_FILE_RULES].map((r) => `#### \`${r.id}\` — ${r.severity}\n\n${r.doc}\n`).join('\n');
}

/** The README with its rule list rewritten. */
export function withRules(readme: string): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`the README has no "${RULES_START}" … "${RULES_END}" markers`);
  return `${readme.slice(0, start + RULES_START.length)}\n\n${rulesMarkdown()}\n${readme.slice(end)}`;
}
