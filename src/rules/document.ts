/** Rules about the file itself: its front matter and its encoding, read from the record's diagnostics. */
import type { Rule } from './rule.js';

function fromDiagnostic(id: string, code: string, severity: Rule['severity'], doc: string): Rule {
  return {
    id,
    severity,
    doc,
    check: ({ record }) => record.diagnostics.filter((d) => d.code === code).map((d) => ({ message: d.message, line: d.line ?? 1 })),
  };
}

export const frontMatterInvalid = fromDiagnostic('front-matter/invalid', 'front-matter/invalid', 'error', 'The YAML front matter cannot be parsed (the message gives the line).');
export const frontMatterRefused = fromDiagnostic('front-matter/refused', 'front-matter/refused', 'error', 'The front matter is in an executable language (js, coffee) and was not read.');
export const frontMatterConflict = fromDiagnostic('front-matter/conflict', 'front-matter/conflict', 'warning', 'The front matter and the body disagree (e.g. two different titles).');
export const encodingRepaired = fromDiagnostic('encoding/repaired', 'encoding/repaired', 'info', 'Double-encoded UTF-8 was repaired; save the file as clean UTF-8.');
export const dateInvalid = fromDiagnostic('date/invalid', 'date/invalid', 'error', 'A date in the front matter is a day that does not exist (`2026-13-45`, `2026-02-30`), quoted or not.');
export const salaryOutOfRange = fromDiagnostic('salary/out-of-range', 'salary/out-of-range', 'warning', 'A pay figure is beyond any pay (over ten billion, or `1e308`) and was left out.');
