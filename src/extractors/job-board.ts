/**
 * The header that job boards put above a posting when it is copied from the page:
 *
 *     Acme Corp
 *     Senior Engineer
 *     Berlin, Germany · 3 days ago · 40 applicants
 *     Hybrid
 *     Full-time
 *
 * A line with `·`-separated parts, one of them a time ("ago") or an applicant count, marks it;
 * the title stands on the line before, the company before that (skipping buttons like "Share").
 */
import { fold } from '../lexicons/index.js';
import type { Context } from './context.js';
import { shownLines } from './context.js';

/** `Place · 3 days ago · 92 applicants` — the first part is the place. */
const META = /^(.{2,80}?)\s+·\s+.*\b(ago|vor \d|il y a|hace|há \d|applicants?|clicked apply|candidatures?|bewerbungen|candidatos)\b/i;
const WORKPLACE_LINE = /^(remote|hybrid|on-?site|in-office|híbrido|remoto|presencial|hybride|télétravail)$/i;
const EMPLOYMENT_LINE = /^(full[- ]time|part[- ]time|contract|contractor|temporary|internship|intern|freelance|vollzeit|teilzeit|tiempo completo|temps plein)$/i;

/** Sections of a posting's body, whose lines are never a header's title or company. */
const BODY_KINDS = new Set<string>(['responsibilities', 'qualifications', 'preferred', 'benefits', 'compensation', 'application']);

interface Hit {
  value: string;
  line: number;
}

/** Job boards and applicant-tracking systems by name: a page's site, never the employer, never part of a role. */
export const JOB_BOARD = /^(?:linkedin|indeed|glassdoor|monster|ziprecruiter|stepstone|xing|welcome to the jungle|workday|myworkdayjobs|greenhouse|lever|smartrecruiters|workable|recruitee|personio|teamtailor|ashby|bamboohr|jobvite|icims|dice|simplyhired|careerbuilder|seek|naukri|reed|totaljobs|infojobs|hellowork|apec|pole emploi|france travail|arbeitsagentur|hh\.ru|headhunter|zhaopin|boss直聘|51job|doda|rikunabi|mynavi|wantedly|saramin|jobkorea|jobstreet|jobsdb|bayt|wellfound|angellist|hacker news|y combinator|remoteok|we work remotely|otta|builtin|built in)\b/i;

export interface JobBoardHeader {
  title: Hit | null;
  company: Hit | null;
  location: Hit | null;
  workplace: Hit | null;
  employment: Hit | null;
}

const cache = new WeakMap<Context, JobBoardHeader | null>();

/** A line of page chrome (a button, "Share", "Acme logo"): the whole line is a chrome phrase. */
export function chrome(line: string, ctx: Context): boolean {
  const f = fold(line).replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (!f) return true;
  const m = ctx.vocab.chrome.findAll(f);
  return m.some((x) => x.index === 0 && x.text.length >= f.length - 1) || / logo$|^show more|^see more/.test(f);
}

export function jobBoardHeader(ctx: Context): JobBoardHeader | null {
  if (cache.has(ctx)) return cache.get(ctx) ?? null;
  const rows = shownLines(ctx).slice(0, 400);
  const lines = rows.map((r) => r.text.trim());
  const lineOf = (i: number) => (rows[i] as { line: number }).line;
  let result: JobBoardHeader | null = null;
  const metaAt = lines.findIndex((l) => META.test(l));
  if (metaAt > 0) {
    const before: Hit[] = [];
    for (let i = metaAt - 1; i >= 0 && before.length < 2; i--) {
      const t = lines[i] as string;
      if (!t || chrome(t, ctx)) continue;
      before.push({ value: t, line: lineOf(i) });
    }
    // A header stands above the posting: lines of its duties or requirements over a "Posted 3 days
    // ago · …" line are the end of the page, where boards put the posting's activity.
    const inBody = before.some((h) => BODY_KINDS.has(ctx.kinds.get(h.line, h.value) ?? 'other'));
    const [title, company] = before;
    const after = lines.slice(metaAt + 1, metaAt + 14);
    const find = (re: RegExp): Hit | null => {
      const k = after.findIndex((t) => re.test(t));
      return k < 0 ? null : { value: after[k] as string, line: lineOf(metaAt + k + 1) };
    };
    if (!inBody) result = {
      title: title ?? null,
      company: company ?? null,
      location: { value: (META.exec(lines[metaAt] as string)?.[1] ?? '').trim(), line: lineOf(metaAt) },
      workplace: find(WORKPLACE_LINE),
      employment: find(EMPLOYMENT_LINE),
    };
  }
  cache.set(ctx, result);
  return result;
}
