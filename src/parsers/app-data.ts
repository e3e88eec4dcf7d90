/**
 * A posting carried as an application's page data: a saved page of a careers site built as an app
 * shows nothing but "Loading…", and its posting is the state a script would render
 * (`<script id="__NEXT_DATA__" type="application/json">`, `window.__STATE__ = {…}`). Read when a
 * page has no JSON-LD: of the objects that hold a short role name and a long description, the one
 * with the longest description, with the employer, place, terms and pay written beside it, made
 * into markup for the HTML reader.
 */

/** A posting found in page data: its role, description and the facts written beside them. */
export interface AppPosting {
  title: string;
  /** Markup or plain text. */
  description: string;
  facts: Array<{ label: string; value: string }>;
}

/** Keys that name a role in page data. */
const TITLE_KEY = /^(?:title|job_?title|position(?:_?name|_?title)?|job_?name|role(?:_?name)?)$/i;
/** Keys that hold a posting's text. */
const DESCRIPTION_KEY = /description|^(?:content|body|details|job_?ad|ad_?text)(?:_?html|_?text)?$/i;
/** Keys that name the employer, as text or as an object with a name. */
const COMPANY_KEY = /^(?:company|organi[sz]ation|employer|hiring_?organi[sz]ation|company_?name|organi[sz]ation_?name|employer_?name|brand)$/i;
/** Keys of the facts read beside the role, with the label each is shown under. */
const FACT_KEYS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:location(?:_?name|s)?|city|job_?location|office|workplace_?address)$/i, 'Location'],
  [/^(?:employment_?type|job_?type|commitment|schedule|work_?type|time_?type)$/i, 'Employment type'],
  [/^(?:workplace_?type|remote_?type|work_?model|location_?type)$/i, 'Workplace'],
  [/^(?:salary|compensation|pay(?:_?range)?|salary_?range|compensation_?range)$/i, 'Salary'],
];

/** The shortest description worth reading as a posting's text (a page's meta description is shorter). */
const MIN_DESCRIPTION = 300;
/** The longest role name. */
const MAX_TITLE = 160;
/** How many values of the data are looked at, at most: the walk is bounded whatever the data. */
const MAX_VISITED = 20_000;
/** How deep the walk goes. */
const MAX_DEPTH = 12;

/** An assignment of page data in a script: `window.__APP__ = {…}`, `var state = {…}`. */
const ASSIGNMENT = /^\s*(?:(?:window|self|globalThis)\.[\w$.]{1,80}|(?:var|let|const)\s+[\w$]{1,80})\s*=\s*(?=[{[])/;

/** The value of a script's text as data: JSON, or JSON assigned to a name; null when it is neither. */
export function scriptData(text: string, json: boolean): unknown {
  let source = text.trim();
  if (!json) {
    const m = ASSIGNMENT.exec(source);
    if (!m) return null;
    source = source.slice(m[0].length).replace(/;\s*$/, '');
  }
  if (!/^[{[]/.test(source)) return null;
  try {
    return JSON.parse(source) as unknown;
  } catch {
    return null;
  }
}

/** A value as display text: a string, a number, a list of them, or an object's name or city and country. */
function textOf(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (depth > 2 || !value || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    const parts = value.slice(0, 5).map((v) => textOf(v, depth + 1)).filter((v): v is string => !!v);
    return parts.length ? parts.join('; ') : null;
  }
  const o = value as Record<string, unknown>;
  const named = textOf(o.name ?? o.displayName ?? o.label ?? o.text, depth + 1);
  if (named) return named;
  const parts = ['city', 'region', 'state', 'country'].map((k) => textOf(o[k], depth + 1)).filter((v): v is string => !!v);
  return parts.length ? parts.join(', ') : null;
}

/** The employer an object names under one of its keys, or null. */
function companyOf(entries: ReadonlyArray<readonly [string, unknown]>): string | null {
  for (const [k, v] of entries) {
    if (!COMPANY_KEY.test(k)) continue;
    const name = textOf(v);
    if (name && name.length <= MAX_TITLE) return name;
  }
  return null;
}

/**
 * The posting held in page data, or null: of the objects with a role name and a long description,
 * the one with the longest description (a page's own title and summary may come first).
 */
export function findAppPosting(data: unknown): AppPosting | null {
  let visited = 0;
  let best: AppPosting | null = null;
  const walk = (value: unknown, depth: number, company: string | null): void => {
    if (++visited > MAX_VISITED || depth > MAX_DEPTH || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value.slice(0, 100)) walk(v, depth + 1, company);
      return;
    }
    const entries = Object.entries(value as Record<string, unknown>).slice(0, 200);
    const employer = companyOf(entries) ?? company;
    const title = entries.find(([k, v]) => TITLE_KEY.test(k) && typeof v === 'string' && v.trim() && v.length <= MAX_TITLE)?.[1] as string | undefined;
    const description = entries.find(([k, v]) => DESCRIPTION_KEY.test(k) && typeof v === 'string' && v.length >= MIN_DESCRIPTION)?.[1] as string | undefined;
    if (title && description && description.length > (best?.description.length ?? 0)) best = { title: title.trim(), description, facts: factsOf(entries, employer) };
    for (const [, v] of entries) walk(v, depth + 1, employer);
  };
  walk(data, 0, null);
  return best;
}

/** The employer, place, terms and pay written beside a role, as labelled facts. */
function factsOf(entries: ReadonlyArray<readonly [string, unknown]>, employer: string | null): AppPosting['facts'] {
  const facts: AppPosting['facts'] = [];
  if (employer) facts.push({ label: 'Company', value: employer });
  for (const [key, label] of FACT_KEYS) {
    const v = entries.find(([k]) => key.test(k))?.[1];
    const text = typeof v === 'boolean' ? null : textOf(v);
    // Codes are written as words: "FULL_TIME" is "full time".
    if (text && text.length <= 200) facts.push({ label, value: text.replace(/_/g, ' ') });
  }
  return facts;
}

/** Escapes text for markup. */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A found posting as markup: its role as the heading, its facts as labelled lines, then its text. */
export function appPostingMarkup(p: AppPosting, descriptionMarkup: (description: string) => string): string {
  const facts = p.facts.map((f) => `<p>${escape(f.label)}: ${escape(f.value)}</p>`).join('');
  return `<h1>${escape(p.title)}</h1>${facts}${descriptionMarkup(p.description)}`;
}
