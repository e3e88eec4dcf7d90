/**
 * Why each rule exists, and a posting on which it fires: the matter of the rule pages
 * (`docs/rules/<id>.md`, written by `npm run docs:rules`). The tests run every example through
 * `validate`, so a page cannot show an example that does not do what it says.
 */

/** A complete posting on which no rule fires; most examples change one thing in it. */
export const GOOD_POSTING = `---
title: Backend Engineer
company: Acme
location: Austin, TX
employment_type: full-time
date_posted: 2026-11-01
---

## About the role

You will build the services that route parcels for small shops across Texas.

## Requirements

- 3+ years of Go

Salary: $120,000 - $140,000 per year
`;

export interface RuleExample {
  /** Why the rule matters to a team that publishes postings. */
  why: string;
  /** A posting on which the rule fires (compared with GOOD_POSTING on which it does not). */
  fires: string;
  /** How the example's bytes are written, when not UTF-8. */
  encoding?: 'latin1';
  /** The configuration the example needs, when the rule reads one. */
  config?: Record<string, unknown>;
  /** A second file the example needs beside it (a duplicate). */
  beside?: string;
}

const good = (from: string, to: string) => GOOD_POSTING.replace(from, to);

export const RULE_EXAMPLES: Readonly<Record<string, RuleExample>> = {
  'not-a-posting': {
    why: 'An article, a template or a CV in a folder of postings is published as if it were a job; the gate should stop it.',
    fires: '# How to write a job description\n\nI wrote my first job ad in 2019. My advice: keep it short. I think you will thank me.\n',
  },
  'title/missing': {
    why: 'A posting without a role cannot be searched or listed; every job board requires a title.',
    fires: good('title: Backend Engineer\n', '').replace('You will build', 'Build'),
  },
  'company/missing': {
    why: 'Candidates want to know who hires, and boards and Google for Jobs ask for the hiring organisation.',
    fires: good('company: Acme\n', ''),
  },
  'location/missing': {
    why: 'Where the work is decides who can apply; a role that is not fully remote must say where it is.',
    fires: good('location: Austin, TX\n', '').replace(' across Texas', ''),
  },
  'employment-type/missing': {
    why: 'Full-time or part-time, permanent or contract: candidates filter on it and boards ask for it.',
    fires: good('employment_type: full-time\n', ''),
  },
  'date-posted/missing': {
    why: 'Google for Jobs requires datePosted, and a posting without a date looks stale.',
    fires: good('date_posted: 2026-11-01\n', ''),
  },
  'description/missing': {
    why: 'A posting of fields alone tells a candidate nothing of the work; Google for Jobs requires a description.',
    fires: '---\ntitle: Backend Engineer\ncompany: Acme\nlocation: Austin, TX\nemployment_type: full-time\ndate_posted: 2026-11-01\nsalary: "$100,000"\n---\n\n## Requirements\n\n- Go\n',
  },
  'salary/missing': {
    why: 'Pay is what candidates look for first, and in a growing number of places the law requires a range in the posting.',
    fires: good('Salary: $120,000 - $140,000 per year\n', ''),
  },
  'salary/min-over-max': {
    why: 'A range whose ends are swapped is a typo that a board shows as written.',
    fires: good('Salary: $120,000 - $140,000', 'Salary: from $140,000 to $120,000'),
  },
  'salary/implausible': {
    why: 'A figure out of proportion to its period is almost always the wrong period or a missing "k".',
    fires: good('$120,000 - $140,000 per year', '$5,000 per hour'),
  },
  'salary/currency-ambiguous': {
    why: 'A bare "$" in a remote posting could be any of a dozen dollars; name the country or the currency.',
    fires: good('location: Austin, TX\n', 'remote: true\n').replace(' across Texas', ''),
  },
  'date/expired': {
    why: 'A posting past its closing date should be taken down or given a new date.',
    fires: good('date_posted: 2026-11-01\n', 'date_posted: 2026-11-01\nvalid_through: 2026-01-31\n'),
  },
  'decode/legacy-encoding': {
    why: 'A file saved in an old encoding shows broken letters wherever it is read as UTF-8; save it as UTF-8.',
    fires: good('small shops', 'small shops in Montréal'),
    encoding: 'latin1',
  },
  'encoding/repaired': {
    why: 'Text that went through a wrong encoding twice ("â€™") shows mojibake on every site that copies it.',
    fires: good('small shops', 'small shopsâ€™ owners'),
  },
  'front-matter/invalid': {
    why: 'Front matter that does not parse loses every field in it; the posting is read from its body alone.',
    fires: good('company: Acme', 'company: [Acme'),
  },
  'front-matter/refused': {
    why: 'Front matter in a programming language would run code from the posting; jobnorm never evaluates it.',
    fires: `---js\n{ title: "x" }\n---\n${GOOD_POSTING.split('---\n')[2] ?? ''}`,
  },
  'front-matter/truncated': {
    why: 'Front matter nested or sized beyond any posting is a mistake or an attack; what was cut is not read.',
    fires: good('date_posted: 2026-11-01\n', `date_posted: 2026-11-01\ndeep: ${'['.repeat(40)}1${']'.repeat(40)}\n`),
  },
  'document/empty': {
    why: 'An empty file in a folder of postings is a file someone forgot to fill or delete.',
    fires: '\n\n',
  },
  'document/truncated': {
    why: 'Lines or nesting beyond any posting were cut before reading; check that nothing of the posting was lost.',
    fires: good('You will build', `You will build ${'parcel routes and '.repeat(300)}`),
  },
  'front-matter/conflict': {
    why: 'When the front matter and the text disagree, one of them is out of date, and readers see both.',
    fires: good('## About the role', '**Position:** Frontend Designer\n\n## About the role'),
  },
  'front-matter/unknown-key': {
    why: 'A misspelt key is silently ignored, and its value never reaches the record.',
    fires: good('date_posted: 2026-11-01\n', 'date_posted: 2026-11-01\nemployement_typ: full-time\n'),
  },
  'date/invalid': {
    why: 'A day that does not exist is read by some tools as another day (2026-02-30 as 2 March); write the date meant.',
    fires: good('date_posted: 2026-11-01', 'date_posted: 2026-13-45'),
  },
  'field/placeholder': {
    why: 'A template published half-filled shows its placeholders to candidates.',
    fires: good('location: Austin, TX', 'location: <City, ST>'),
  },
  'salary/out-of-range': {
    why: 'A figure beyond any pay is a typo or a pasted number, and is left out of the record.',
    fires: good('$120,000 - $140,000 per year', `$${'9'.repeat(40)} per year`),
  },
  'posting/duplicate': {
    why: 'A copied file publishes the same job twice; reposts belong in one file.',
    fires: GOOD_POSTING,
    beside: GOOD_POSTING,
  },
  'field/required': {
    why: 'A team may require more than the defaults (a pay range, a URL to apply at), and the gate should enforce it.',
    fires: good('Salary: $120,000 - $140,000 per year\n', ''),
    config: { required: ['salary'] },
  },
  'suppression/unused': {
    why: 'A suppression that turns off nothing is left over from an old problem, or names a rule that does not exist, and hides the next real one.',
    fires: `${GOOD_POSTING}\n<!-- jobnorm-disable title/missing -->\n`,
  },
};
