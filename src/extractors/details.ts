/**
 * Smaller facts: the department, whom the role reports to, and a one-paragraph summary.
 */
import { paragraphText } from '../parsers/document.js';
import { fmText, labelValue, type Context, type Found } from './context.js';
import { proseLines } from './prose.js';

/** Front-matter keys of the department. */
export const DEPARTMENT_KEYS = ['department', 'team', 'division'];

/** "Reporting to the Head of Fleet Operations, you will …" → the manager's title. */
const REPORTS_SENTENCE = /\breport(?:ing|s)? (?:directly )?(?:in )?to (?:the |a |an |our )?([\p{L}][\p{L} ,&'’-]{2,70}?)(?=[,.;]|\s+(?:and|who|you|this|in|on|with)\b|$)/iu;

const REPORT_WORD = /report/i;

export function extractDepartment(ctx: Context): Found<string> | null {
  return fmText(ctx, DEPARTMENT_KEYS) ?? labelValue(ctx, 'department', (f) => f.value.length <= 80);
}

export function extractReportsTo(ctx: Context): Found<string> | null {
  const label = labelValue(ctx, 'reportsTo', (f) => f.value.length <= 80);
  if (label) return label;
  for (const l of proseLines(ctx)) {
    // A plain test first: the Unicode-aware pattern is costly, and few lines mention reporting.
    if (!REPORT_WORD.test(l.text)) continue;
    const m = REPORTS_SENTENCE.exec(l.text);
    if (m?.[1]) return { value: m[1].trim(), line: l.line, from: l.from };
  }
  return null;
}

/** A paragraph made only of `Label: value` lines is a header, not a summary. */
function isFieldBlock(lines: string[]): boolean {
  return lines.every((t) => /^[^:：]{1,48}[:：]/.test(t));
}

export function extractSummary(ctx: Context): Found<string> | null {
  const fm = fmText(ctx, ['summary', 'description', 'excerpt']);
  if (fm && fm.value.length >= 40) return fm;
  for (const kind of ['overview', 'responsibilities', 'company'] as const) {
    for (const s of ctx.sections) {
      if (s.kind !== kind) continue;
      for (const b of s.blocks) {
        if (b.type !== 'paragraph' || isFieldBlock(b.lines.map((l) => l.text))) continue;
        const text = paragraphText(b);
        if (text.length >= 60) return { value: text.length > 600 ? `${text.slice(0, 597)}…` : text, line: b.line, from: 'body' };
      }
    }
  }
  return null;
}
