/** The shape of a validation rule: an id, a default severity, one line of documentation, a check. */
import type { JobPosting, Severity } from '../schema/record.js';

export interface Finding {
  message: string;
  /** 1-based line; for a missing field, where it would go. */
  line: number;
  column?: number;
  /** A severity of its own, where the rule's default does not fit this case (a configured severity still wins). */
  severity?: Severity;
}

export interface RuleContext {
  record: JobPosting;
  /** Today as an ISO date, for rules about time. */
  today: string;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One sentence for the README. */
  doc: string;
  /** True for a rule about the file (its front matter, encoding…): it reports on any document, posting or not. */
  document?: boolean;
  check(ctx: RuleContext): Finding[];
}

/** The line where a missing field would go: the front matter, else the first heading, else line 1. */
export function whereMissing(record: JobPosting): number {
  if (record.source.frontMatter) return 1;
  return record.sections.find((s) => s.heading !== null)?.line ?? 1;
}

/**
 * Where a field sits: the line of its provenance, else where it would go, and the column its value
 * starts at when the record knows it.
 */
export function placeOf(record: JobPosting, field: string): { line: number; column?: number } {
  const at = record.provenance[field];
  return { line: at?.line ?? whereMissing(record), ...(at?.column !== undefined ? { column: at.column } : {}) };
}

/** A rule that reports once when a field is null or empty. */
export function missing(id: string, severity: Severity, doc: string, field: keyof JobPosting, message: string, unless?: (r: JobPosting) => boolean): Rule {
  return {
    id,
    severity,
    doc,
    check({ record }) {
      const v = record[field];
      const empty = v === null || (Array.isArray(v) && v.length === 0);
      if (!empty || unless?.(record)) return [];
      return [{ message, line: whereMissing(record) }];
    },
  };
}
