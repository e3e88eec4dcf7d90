/**
 * The front-matter keys jobnorm reads, gathered from the extractors that read them, and the
 * diagnostic for a key that is almost one of them (`loaction`: did you mean `location`?), as a
 * linter names a misspelt option. A key nothing reads and nothing resembles is a key of the
 * site's own (`layout`, `permalink`, a theme's), and is left alone.
 */
import { distance } from 'fastest-levenshtein';
import { diagnostic, type Diagnostic } from '../diagnostics/index.js';
import { headingMatch } from '../patterns/headings.js';
import { JOB_KEYS, LAYOUT_KEYS, POST_KEYS } from './classify.js';
import { COMPANY_KEYS } from './company.js';
import { foldKey, labelField, type Context } from './context.js';
import { POSTED_KEYS, VALID_KEYS } from './dates.js';
import { DEPARTMENT_KEYS } from './details.js';
import { EMPLOYMENT_KEYS } from './employment.js';
import { COUNTRY_KEYS, LOCATION_KEYS, REGION_KEYS } from './location.js';
import { PROSE_KEYS } from './prose.js';
import { SALARY_KEYS, SALARY_PART_KEYS } from './salary.js';
import { TITLE_KEYS } from './title.js';
import { URL_KEYS } from './url.js';
import { WORKPLACE_FLAG_KEYS, WORKPLACE_KEYS } from './workplace.js';

/** The key that turns rules off for a file (read by validate's suppressions, not by an extractor). */
export const SUPPRESSION_KEY = 'jobnorm-disable';

/** schema.org's names read through the structured reader, keys of static sites that say nothing of the posting, and jobnorm's own. */
const OTHER_KEYS = [
  SUPPRESSION_KEY,
  'baseSalary', 'hiringOrganization', 'jobLocation', 'experienceRequirements', 'educationRequirements',
  'permalink', 'slug', 'draft', 'tags', 'category', 'lang', 'language', 'weight', 'aliases', 'image', 'images', 'id', 'lastmod',
];

/** Every key a reader of the front matter knows, folded as keys are compared (`date_posted` → `dateposted`). */
export const KNOWN_KEYS: ReadonlySet<string> = new Set(
  [JOB_KEYS, POST_KEYS, LAYOUT_KEYS, DEPARTMENT_KEYS, COMPANY_KEYS, POSTED_KEYS, VALID_KEYS, EMPLOYMENT_KEYS, LOCATION_KEYS, REGION_KEYS, COUNTRY_KEYS, PROSE_KEYS, SALARY_KEYS, SALARY_PART_KEYS, TITLE_KEYS, URL_KEYS, WORKPLACE_KEYS, WORKPLACE_FLAG_KEYS, OTHER_KEYS]
    .flat()
    .map(foldKey),
);

/** The shortest key compared, and how many edits a key of a given length may be from a known one. */
const MIN_KEY = 4;
const editsFor = (length: number) => (length <= 6 ? 1 : 2);

/** True when two keys differ by two neighbouring letters swapped ("salray", "salary"): one slip, not two. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/** The known key a key is a slip of the keyboard away from, or null. */
export function nearestKey(key: string): string | null {
  const k = foldKey(key);
  if (k.length < MIN_KEY || KNOWN_KEYS.has(k)) return null;
  let best: { key: string; edits: number } | null = null;
  for (const known of KNOWN_KEYS) {
    if (Math.abs(known.length - k.length) > 2) continue;
    const edits = swapped(k, known) ? 1 : distance(k, known);
    // Two edits are a slip only in a word of the same length, give or take a letter ("salray", not "publish" for "published").
    if (edits <= editsFor(k.length) && (edits === 1 || Math.abs(known.length - k.length) <= 1) && (!best || edits < best.edits)) best = { key: known, edits };
  }
  return best?.key ?? null;
}

/**
 * A front-matter key that nothing reads (not a known key, not a label or a section's name in any
 * language) but that is one or two edits from a known key: a warning on its line, with the key
 * it most likely meant.
 */
export function unknownKeys(ctx: Context): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const key of Object.keys(ctx.doc.frontMatter ?? {})) {
    if (KNOWN_KEYS.has(foldKey(key)) || labelField(key, ctx.vocab) || headingMatch(key, ctx.vocab)) continue;
    const near = nearestKey(key);
    if (near) out.push(diagnostic('front-matter/unknown-key', `unknown front-matter key "${key}": did you mean "${near}"?`, ctx.doc.frontMatterLines[key] ?? 1));
  }
  return out;
}
