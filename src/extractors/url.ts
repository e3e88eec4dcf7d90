/**
 * URL: the posting's own address, when the text states it — a front-matter key, a labelled
 * line ("Source URL:", "LINK_TO_ORIGINAL_JOB_POSTING:"), or a link in a sentence about applying.
 * Only addresses that look like a job page count (a path or host about careers, jobs, applying,
 * or an applicant-tracking system); a company's home page is not the posting's URL.
 */
import { matchesOf } from '../patterns/matches.js';
import { fmValue, asText, type Context, type Found } from './context.js';

/** A URL in text or in a markdown link target; trailing punctuation is not part of it. */
const URL_RE = /https?:\/\/[^\s<>()[\]"'`]+/gi;
/** Where job pages live: paths and hosts of careers sites and applicant-tracking systems. */
const JOB_PAGE = /(careers?|jobs?|positions?|apply|application|vacanc|openings?|stellen|karriere|emploi|empleo|vagas?|recrut|recruit|hiring|job-?posting|requisition|greenhouse\.io|lever\.co|workable\.com|breezy\.hr|ashbyhq|smartrecruiters|personio|recruitee|teamtailor|workday)/i;

const URL_KEYS = ['sourceurl', 'applyurl', 'applicationurl', 'joburl', 'postingurl', 'linkedinurl', 'link', 'url', 'permalink', 'canonical', 'canonicalurl', 'applylink'];
const URL_LABEL = /^(source url|source|url|link|job url|posting url|apply( here| at| url| link)?|application (url|link)|link to (original )?(job )?posting|link_to_original_job_posting|original posting|job link|more info)\b/i;
const APPLY_CONTEXT = /\b(apply|application|candidat|bewerb|postul|submit|form)\w*/i;

/** True when a URL looks like the address of a job page. */
export function isJobPageUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return JOB_PAGE.test(u.hostname + u.pathname);
  } catch {
    return false;
  }
}

function clean(url: string): string {
  return url.replace(/[.,;:!?*_>]+$/, '');
}

function urlsIn(text: string): string[] {
  return [...matchesOf(URL_RE, text)].map((m) => clean(m[0]));
}

export function extractUrl(ctx: Context): Found<string> | null {
  for (const key of URL_KEYS) {
    const hit = fmValue(ctx, [key]);
    const text = hit ? asText(hit.value) : null;
    const url = text ? urlsIn(text)[0] : undefined;
    if (hit && url && isJobPageUrl(url)) return { value: url, line: hit.line, from: 'front-matter' };
  }
  const lines = ctx.doc.text.split('\n');
  const fieldLines = ctx.doc.fields.filter((f) => URL_LABEL.test(f.label.replace(/_/g, ' ').toLowerCase()) || URL_LABEL.test(f.label.toLowerCase()));
  for (const f of fieldLines) {
    const url = urlsIn(lines[f.line - 1] ?? '').find(isJobPageUrl);
    if (url) return { value: url, line: f.line, from: 'body' };
  }
  const body = lines.map((text, i) => ({ text, line: i + 1 })).filter((l) => !(ctx.doc.frontMatterLines && l.line <= bodyStart(ctx)));
  for (const pass of [true, false]) {
    for (const l of body) {
      if (pass && !APPLY_CONTEXT.test(l.text)) continue;
      const url = urlsIn(l.text).find(isJobPageUrl);
      if (url) return { value: url, line: l.line, from: 'body' };
    }
  }
  return null;
}

function bodyStart(ctx: Context): number {
  const lines = Object.values(ctx.doc.frontMatterLines);
  return lines.length ? Math.max(...lines) : 0;
}
