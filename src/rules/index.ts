/** The registry of validation rules: it only lists them, in the order they are documented. */
import { closest, distance } from 'fastest-levenshtein';
import { DOCUMENT_RULES } from './document.js';
import { companyMissing, dateExpired, datePostedMissing, descriptionMissing, employmentTypeMissing, locationMissing, notAPosting, titleMissing } from './fields.js';
import type { Rule } from './rule.js';
import { salaryCurrencyAmbiguous, salaryImplausible, salaryMinOverMax, salaryMissing } from './salary.js';

export type { Rule, Finding, RuleContext } from './rule.js';

export const RULES: readonly Rule[] = [
  notAPosting,
  titleMissing,
  companyMissing,
  locationMissing,
  employmentTypeMissing,
  datePostedMissing,
  descriptionMissing,
  salaryMissing,
  salaryMinOverMax,
  salaryImplausible,
  salaryCurrencyAmbiguous,
  dateExpired,
  ...DOCUMENT_RULES,
];

/** Rules validate applies beside the records': across files, from the configuration, to suppression comments. */
export const CROSS_FILE_RULES = [
  { id: 'posting/duplicate', severity: 'error' as const, doc: 'Two files hold the same posting (the same `id`, from the same normalised text).' },
  { id: 'field/required', severity: 'error' as const, doc: 'A field the configuration requires (`required`) is missing.' },
  {
    id: 'suppression/unused',
    severity: 'warning' as const,
    doc: 'A suppression comment (`<!-- jobnorm-disable RULE -->`, `<!-- jobnorm-disable-next-line RULE -->`, front-matter `jobnorm-disable`) turned off a rule that reported nothing there, or names no rule.',
  },
];

export const RULE_IDS = new Set([...RULES.map((r) => r.id), ...CROSS_FILE_RULES.map((r) => r.id)]);

/** The most edits a misspelt rule id may be from the rule suggested for it. */
const MAX_EDITS = 2;

/** The rule a misspelt id most likely meant ("salary/mising" → "salary/missing"), or null. */
export function nearestRule(id: string): string | null {
  const best = closest(id, [...RULE_IDS]);
  return distance(id, best) <= MAX_EDITS ? best : null;
}
