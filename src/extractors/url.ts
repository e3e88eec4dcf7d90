/**
 * URL: the posting's own address, when the text states it — the embedded JobPosting's `url`, a
 * front-matter key, a labelled line ("Source URL:", "LINK_TO_ORIGINAL_JOB_POSTING:"), a page's
 * canonical address, or a link in a sentence about applying. Only addresses that look like a job
 * page count (a path or host about careers, jobs, applying, or an applicant-tracking system); a
 * company's home page, a contact or benefits page, or a link among the requirements is not the
 * posting's URL.
 */
import { walkItems } from '../parsers/document.js';
import { matchesOf } from '../patterns/matches.js';
import { asText, fmValue, labelled, structured, type Context, type Found } from './context.js';

/** A URL in text or in a markdown link target; trailing punctuation is not part of it. */
const URL_RE = /https?:\/\/[^\s<>()[\]"'`]+/gi;
/** Where job pages live: paths and hosts of careers sites and applicant-tracking systems. */
const JOB_PAGE = /(careers?|jobs?|positions?|apply|application|vacanc|openings?|stellen|karriere|emploi|empleo|vagas?|recrut|recruit|hiring|job-?posting|requisition|greenhouse\.io|lever\.co|workable\.com|breezy\.hr|ashbyhq|smartrecruiters|personio|recruitee|teamtailor|workday|bamboohr|jobvite|icims)/i;
/** Paths of pages about something else on a careers site. */
const NOT_POSTING = /\/(contact(-us)?|about(-us)?|privacy|terms|benefits|who-we-are|culture|blog|news|faq|login|signin|search|team|life-at|diversity|locations?)(\/|\.\w+)?(default\.aspx)?$/i;

export const URL_KEYS = ['sourceurl', 'applyurl', 'applicationurl', 'joburl', 'postingurl', 'linkedinurl', 'link', 'url', 'permalink', 'canonical', 'canonicalurl', 'applylink', 'emploiurl'];
const APPLY_CONTEXT = /\b(apply|application|candidat|bewerb|postul|submit|form)\w*/i;

/** True when a URL looks like the address of a job posting. */
export function isJobPageUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return JOB_PAGE.test(u.hostname + u.pathname) && !NOT_POSTING.test(u.pathname);
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
  const s = structured(ctx, 'url');
  if (typeof s === 'string' && /^https?:\/\//i.test(s)) return { value: clean(s), line: null, from: 'jsonld' };
  for (const key of URL_KEYS) {
    const hit = fmValue(ctx, [key]);
    const text = hit ? asText(hit.value) : null;
    const url = text ? urlsIn(text)[0] : undefined;
    if (hit && url && isJobPageUrl(url)) return { value: url, line: hit.line, from: 'front-matter' };
  }
  const raw = ctx.doc.text.split('\n');
  for (const f of labelled(ctx, 'url')) {
    // The value as read, then the line as written, for a link target (`Apply: [here](https://…)`).
    const url = [...urlsIn(f.value), ...urlsIn(raw[f.line - 1] ?? '')].find(isJobPageUrl);
    if (url) return { value: url, line: f.line, from: 'body' };
  }
  for (const h of ctx.doc.headers) {
    const url = h.parts.flatMap(urlsIn).find(isJobPageUrl);
    if (url) return { value: url, line: h.line, from: 'body' };
  }
  const canonical = ctx.doc.meta.canonical ?? ctx.doc.meta['og:url'];
  if (canonical && isJobPageUrl(canonical)) return { value: canonical, line: null, from: 'meta' };
  // The body as read (entities decoded, link targets kept), outside the requirements.
  const units: Array<{ text: string; links: string[]; line: number }> = [];
  for (const s of ctx.doc.sections) {
    for (const b of s.blocks) {
      if (b.type === 'paragraph') b.lines.forEach((l, i) => units.push({ text: l.text, links: i === 0 ? b.links : [], line: l.line }));
      else for (const { item } of walkItems(b.items)) units.push({ text: item.text, links: item.links, line: item.line });
    }
  }
  for (const pass of [true, false]) {
    for (const u of units) {
      const kind = ctx.kinds.get(u.line);
      if (kind === 'qualifications' || kind === 'preferred' || kind === 'skills') continue;
      if (pass && !APPLY_CONTEXT.test(u.text)) continue;
      const url = [...urlsIn(u.text), ...u.links.filter((x) => /^https?:\/\//i.test(x))].find(isJobPageUrl);
      if (url) return { value: clean(url), line: u.line, from: 'body' };
    }
  }
  return null;
}
