/** Rules about fields a posting must have: a title, a company, a place, a type, a date, a description. */
import { CODES } from '../diagnostics/codes.js';
import { missing, placeOf, whereMissing, type Rule } from './rule.js';

export const notAPosting: Rule = {
  id: 'not-a-posting',
  severity: CODES['not-a-posting'].severity,
  doc: CODES['not-a-posting'].doc,
  check: ({ record }) =>
    record.isJobPosting ? [] : [{ message: `Not a job posting (${record.classification.reasons.filter((r) => r.startsWith('-')).map((r) => r.replace(/^-[\d.]+ /, '')).join('; ') || 'too few signs of a posting'})`, line: 1 }],
};

export const titleMissing = missing('title/missing', 'error', 'The posting names no role (no title in front matter, label, heading or text).', 'title', 'The posting has no title');
export const companyMissing = missing('company/missing', 'warning', 'The hiring organisation is not named.', 'company', 'The posting does not name the company');
export const locationMissing = missing(
  'location/missing',
  'warning',
  'No place of work is given, and the role is not fully remote.',
  'locations',
  'The posting gives no location (and is not remote)',
  (r) => r.workplaceType === 'remote',
);
export const employmentTypeMissing = missing('employment-type/missing', 'warning', 'Full-time, part-time, contract, temporary or internship is not said.', 'employmentType', 'The posting does not say the employment type');
export const datePostedMissing = missing('date-posted/missing', 'warning', 'The posting has no date of publication (Google for Jobs requires datePosted).', 'datePosted', 'The posting has no date posted');

export const descriptionMissing: Rule = {
  id: 'description/missing',
  severity: 'warning',
  doc: 'The posting has no text to describe the role (Google for Jobs requires a description).',
  check: ({ record }) => (record.sections.some((s) => s.text.trim().length >= 40) ? [] : [{ message: 'The posting has no description text', line: whereMissing(record) }]),
};

export const dateExpired: Rule = {
  id: 'date/expired',
  severity: 'warning',
  doc: 'The closing date (validThrough) has passed.',
  check: ({ record, today }) =>
    record.validThrough && record.validThrough.length === 10 && record.validThrough < today
      ? [{ message: `The posting closed on ${record.validThrough}`, ...placeOf(record, 'validThrough') }]
      : [],
};
