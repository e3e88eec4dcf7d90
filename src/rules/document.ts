/**
 * Rules about the file itself — its front matter, encoding, dates and placeholders — one per
 * diagnostic code the reading of a document can emit. Their severities and docs come from the
 * one table of codes (`diagnostics/codes.ts`), so a code cannot mean two things in two places.
 * They report whatever the verdict on the document: broken front matter is broken in an article too.
 */
import { CODES, type Code } from '../diagnostics/codes.js';
import type { Rule } from './rule.js';

/** Codes that stop a file before it has a record: reported as the file's error, not by a rule. */
const FILE_ERRORS: ReadonlySet<string> = new Set(['read/failed', 'read/too-large', 'read/symlink-outside', 'decode/binary', 'document/timeout', 'internal/invalid-record', 'internal/error', 'not-a-posting']);

function fromDiagnostic(code: Code): Rule {
  return {
    id: code,
    severity: CODES[code].severity,
    doc: CODES[code].doc,
    document: true,
    check: ({ record }) => record.diagnostics.filter((d) => d.code === code).map((d) => ({ message: d.message, line: d.line ?? 1 })),
  };
}

/** One rule for every code a document's reading can emit, in the table's order. */
export const DOCUMENT_RULES: readonly Rule[] = (Object.keys(CODES) as Code[]).filter((c) => !FILE_ERRORS.has(c)).map(fromDiagnostic);
