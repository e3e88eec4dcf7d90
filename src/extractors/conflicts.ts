/**
 * Where the front matter and the body disagree: a front-matter title, company or location and a
 * different one in a body label (or the first heading, for the title). Reported at the body line.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/index.js';
import type { LabelField } from '../lexicons/index.js';
import { foldPlace as fold } from '../patterns/fold.js';
import { fmText, labelValue, type Context } from './context.js';

const FIELDS: ReadonlyArray<{ name: string; keys: string[]; label: LabelField; heading: boolean }> = [
  { name: 'title', keys: ['title', 'jobtitle', 'position', 'role'], label: 'title', heading: true },
  { name: 'company', keys: ['company', 'employer', 'organization'], label: 'company', heading: false },
  { name: 'location', keys: ['location'], label: 'location', heading: false },
];


/** True when neither text contains the other once folded ("Engineer" and "Senior Engineer" agree). */
function disagree(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  return !!x && !!y && !x.includes(y) && !y.includes(x);
}

export function frontMatterConflicts(ctx: Context): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of FIELDS) {
    const fm = fmText(ctx, f.keys);
    if (!fm) continue;
    const label = labelValue(ctx, f.label, (x) => x.shape === undefined || x.shape === 'line');
    const firstHeading = f.heading ? ctx.doc.sections.find((s) => s.heading && s.heading.level === 1)?.heading : undefined;
    const body = label ?? (firstHeading ? { value: firstHeading.text, line: firstHeading.line } : null);
    if (body && disagree(fm.value, body.value)) {
      out.push(diagnostic('front-matter/conflict', `front matter says ${f.name} "${fm.value}" (line ${fm.line ?? 1}) but the body says "${body.value}"`, body.line));
    }
  }
  return out;
}
