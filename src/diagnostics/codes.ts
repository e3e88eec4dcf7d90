/**
 * The table of diagnostic codes jobnorm emits while reading and extracting a posting.
 *
 * Every diagnostic carries one of these codes; its default severity and a one-line
 * description live here and nowhere else, so tests can assert codes, not prose.
 */
import type { Severity } from '../schema/record.js';

export interface CodeInfo {
  severity: Severity;
  /** One sentence for the README and `--help` output. */
  doc: string;
}

export const CODES = {
  'read/failed': { severity: 'error', doc: 'The file could not be read (missing, unreadable, a folder).' },
  'read/too-large': { severity: 'error', doc: 'The file is larger than --max-bytes and was not read.' },
  'read/symlink-outside': { severity: 'error', doc: 'The file is a symbolic link to a file outside the folders given, and was not read (--follow-symlinks reads it).' },
  'decode/binary': { severity: 'error', doc: 'The file holds binary data (NUL bytes), not text.' },
  'decode/legacy-encoding': { severity: 'info', doc: 'The bytes were not UTF-8 and were read as Windows-1252.' },
  'encoding/repaired': { severity: 'info', doc: 'Double-encoded UTF-8 (mojibake such as "â€™") was repaired.' },
  'front-matter/invalid': { severity: 'error', doc: 'The front matter (YAML, JSON or TOML) could not be parsed; the body was read without it.' },
  'front-matter/refused': { severity: 'error', doc: 'Front matter in an executable language (js, coffee) is never evaluated.' },
  'front-matter/truncated': { severity: 'warning', doc: 'The front matter was too deep or too large and was cut.' },
  'document/empty': { severity: 'warning', doc: 'The document has no text.' },
  'document/truncated': { severity: 'warning', doc: 'Over-long lines were wrapped or over-deep nesting flattened before parsing.' },
  'front-matter/conflict': { severity: 'warning', doc: 'The front matter and the body disagree (e.g. two different titles).' },
  'front-matter/unknown-key': { severity: 'warning', doc: 'A front-matter key nothing reads is one or two edits from one jobnorm knows (`loaction`: did you mean `location`?).' },
  'document/timeout': { severity: 'error', doc: 'Processing the document took longer than the time budget and was stopped.' },
  'date/invalid': { severity: 'error', doc: 'A date in the front matter is a day that does not exist (2026-13-45, 2026-02-30).' },
  'field/placeholder': { severity: 'error', doc: 'A field still holds a template\'s placeholder (`<City, ST>`, `[$X - $Y]`, `{{title}}`); it was not read as a value.' },
  'salary/out-of-range': { severity: 'warning', doc: 'A pay figure is beyond any pay (over ten billion, or not a number) and was left out.' },
  'not-a-posting': { severity: 'error', doc: 'The document does not read as a posting for an open role (an article, a template, a handbook, a CV).' },
  'internal/invalid-record': { severity: 'error', doc: 'jobnorm built a record that fails its own schema (a bug).' },
  'internal/error': { severity: 'error', doc: 'jobnorm failed on this file (a bug).' },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;
