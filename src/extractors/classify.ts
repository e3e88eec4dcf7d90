/**
 * Is this a posting for a specific open role? Recall first: a document handed to jobnorm is a
 * posting unless there is positive evidence that it is something else — an article or blog post,
 * a template with placeholders, a CV or cover letter, a careers index listing several roles, a
 * guide or handbook, an error page, a data file. The absence of English cues is not evidence:
 * every signal is read with the document's lexicons.
 *
 * Signals are summed with a prior into a score, named in `classification.reasons`;
 * `postingProbability` is its logistic, P(posting), the same meaning whatever the verdict, and
 * `isJobPosting` is `postingProbability >= 0.5`.
 */
import { fold, hasLexicon, type OtherGenre, type Vocabulary } from '../lexicons/index.js';
import { headerParts } from '../parsers/structure.js';
import { PAY_FIGURE } from '../patterns/money.js';
import { WHOLE_PLACEHOLDER } from '../patterns/placeholder.js';
import { endsWithRoleWord, hasRoleWord } from '../patterns/roles.js';
import type { DocumentKind } from '../schema/record.js';
import type { Context } from './context.js';
import { fmValue, shownText } from './context.js';
import { LINE_PARTS } from './location.js';
import type { SectionLists } from './sections.js';

export interface Facts {
  title: string | null;
  company: string | null;
  employmentType: string | null;
  salary: boolean;
  locations: number;
  workplace: string | null;
  lists: SectionLists;
}

interface Signal {
  reason: string;
  weight: number;
  /** The kind of document a signal against a posting points to. */
  kind?: DocumentKind;
}

/** From this many words, prose with nothing of a posting in it is not one. */
const BARE_PROSE_WORDS = 40;
/** From this many `Label: value` fields, a document is a form of facts, as postings are. */
const FORM_FIELDS = 3;

/** What a document is taken to be before any evidence: a posting. */
const PRIOR = 1.5;
/** The score at which the probability is one half, and how fast it changes around it. */
const MIDPOINT = 1.5;
const SCALE = 1.5;

/** Front-matter keys of a job page. */
export const JOB_KEYS = ['company', 'employmenttype', 'jobtitle', 'roles', 'role', 'position', 'salary', 'dateposted', 'validthrough', 'contract', 'startup', 'jobtype', 'location', 'applyurl', 'sourceurl', 'linkedinurl', 'leverid', 'expirydate', 'hiringorganization', 'joblocation', 'basesalary', 'applycontact', 'emploiurl'];
/** Front-matter keys that say what kind of page a static site's file is. */
export const LAYOUT_KEYS = ['layout', 'type', 'templatekey', 'namespace', 'categories'];
/** Front-matter keys of a blog post. */
export const POST_KEYS = ['author', 'authors', 'comments', 'byline', 'categories', 'readingtime'];

/** Placeholders a template leaves to fill in: "[Nombre del Puesto]", "<Company Name>", "{{title}}"; not markdown link text. */
const PLACEHOLDER = /\[(?:[\p{L}\p{N}\p{Sc} /&_.,-]{3,40})\](?![(:[])|<(?:company|job|position|title|name|city)[\p{L} ]*>|\{\{[^}]{1,30}\}\}|\bXX+\b|lorem ipsum/giu;
/** What every placeholder starts with: a text without any has none (a cheap test before the costly one). */
const PLACEHOLDER_START = /[[<{]|xx|lorem/i;
/** Gender marks that only job advertisements carry: "(m/w/d)", "(H/F)", "(f/m/d)". */
const GENDER_MARK = /\((?:[mwfdhx]\s*\/\s*){1,3}[mwfdhx]\)|\b(?:m\/w\/d|w\/m\/d|f\/m\/d|h\/f)\b/i;
/** Second person, any language. Without the `u` flag, V8 scans several times faster. */
const YOU = /\b(you|your|you['’](?:ll|re|ve)|du|dein|deine|vous|votre|vos|tu|ton|ta|usted|você|seu|sua|ты|вы|ваш|jij|je|jouw|twoj|sen|siz)\b/gi;
/** Lines that read as data or code, not prose: `key=>value`, comments, assignments. */
const DATA_LINE = /=>|^\s*#(?!#|\s*\p{Lu}\p{Ll})|^\s*[\w.-]+\s*[:=]\s*[\w.-]+\s*$|^\s*[{}[\]]/u;
/** A byline under a headline: "By Dana Whitfield · November 24, 2026", "Von Jana Berg", "Par Léa Martin". */
const BYLINE = /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Pp]rzez|[Аа]втор:?)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}\s*(?:$|[·|,•—–-])/u;
/**
 * A news dateline opening a paragraph: the place in capitals, the date, a dash ("OSLO, 3 November
 * 2026 —", "NEW YORK, Nov. 3, 2026 /PRNewswire/ --", "MÜNCHEN, 3. November 2026 –").
 */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{2,30}(?:,\s*\p{L}[\p{L} .]{1,30})?,\s+[^—–\n]{0,30}?(?:19|20)\d\d\)?\s*(?:\/[^/\n]{1,30}\/\s*)?[—–-]{1,2}\s/u;
/**
 * The reading time an article's header shows, and a posting's never does: "6 min read", "5 min de
 * lecture", "Lesezeit: 4 Min.", "Tiempo de lectura: 3 minutos", "阅读时间 5 分钟".
 */
const READING_TIME = /\b\d{1,2}[\s-]?(?:min(?:ute)?s?\.?|minuten|minutos|minuti)\s+(?:read|reading|de lecture|de lectura|di lettura|de leitura|leestijd|Lesezeit)\b|(?:\b(?:Lesezeit|Leestijd|Lesetid|Lästid|Läsningstid|Tiempo de lectura|Temps de lecture|Tempo de leitura|Tempo di lettura|Czas czytania|Reading time|Read time)|Время чтения|阅读时间|閱讀時間|読了時間)\s*[:：]?\s*(?:ca\.?\s*|~\s*)?\d{1,2}\s*(?:min|Min|мин|分)/iu;
/** A blank where the employer's name goes: "[Company name]", "<Employer>", "{Organisation}", "[Nom de l'entreprise]", "[Firma]". */
const EMPLOYER_BLANK = /[[<{]\s*(?:(?:your |the )?(?:company|employer|organi[sz]ation|business|firm)(?:['’]s)?(?: name)?|nom de l['’]entreprise|nombre de (?:la )?empresa|firmenname|name des unternehmens|nome (?:dell['’])?azienda|bedrijfsnaam)\s*[\]>}]/i;

/** How many units from the top a text's words about itself as a sample stand in. */
const SAMPLE_LINES = 4;

/** From this many employers, each heading its own "Employer | Role | Place" line, a page is a thread of postings. */
const THREAD_EMPLOYERS = 3;

/**
 * How many employers head header lines of their own ("Kelpworks | Senior Backend Engineer | Halifax"),
 * as a saved "Who is hiring" thread holds one per comment: a header's first part that names no role.
 */
function headerEmployers(ctx: Context): number {
  const employers = new Set<string>();
  for (const l of ctx.lines) {
    if (l.text.length > 300 || !l.text.includes('|')) continue;
    const parts = headerParts(l.text, false);
    if (!parts || parts.length < 3 || hasRoleWord(parts[0] as string, ctx.vocab) || !parts.slice(1).some((p) => hasRoleWord(p, ctx.vocab))) continue;
    employers.add(fold(parts[0] as string));
  }
  return employers.size;
}

/** How many units from the top a byline stands in. */
const BYLINE_REACH = 4;
/** Items naming roles, in a careers index: "Firmware Engineer — Oslo, Norway", "Test Technician". */
const ROLE_ITEM_WORDS = 8;
/** From this many dated entries of a career, a document is a CV whatever else it holds. */
const MANY_SPANS = 3;
/** How many distinct phrases of a genre (a course's, a report's) make a document one. */
const GENRE_PHRASES = 2;
/** A salutation, its first word in lower case, then capitalised words: a title and a name. */
const SALUTATION = /^(?:dear|sehr geehrte[rs]?|liebe[rs]?|cher|ch[eè]re|estimad[oa]|prezad[oa]|gentile|caro|cara|geachte|beste|szanown[ya])\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]+\s*[,:!]?$/u;
/** Words of a salutation to a group, not a person: "Dear candidates", "Liebe Bewerberinnen und Bewerber". */
const TO_A_GROUP = /candidat|applicant|bewerber|kandydat|postulante|team|friends|colleagues|hiring|recruiter|sir|madam|everyone|job ?seeker|\ball\b/i;

/** True when a line salutes one named person ("Dear Ms. Okafor,", "Sehr geehrte Frau Lindqvist,", "Estimado Sr. Ruiz:"). */
function salutesPerson(line: string): boolean {
  const t = line.trim().replace(/^\p{L}+/u, (w) => w.toLowerCase());
  return t.length <= 60 && SALUTATION.test(t) && !TO_A_GROUP.test(t);
}
/** From this many roles linking to their own pages, a page is an index whatever else it holds. */
const MANY_LINKED_ROLES = 6;
/** Instructions to whoever fills in a template. */
const INSTRUCTION = /^(include|guidelines|note|example|describe|provide|list|use this section|replace|insert|add your|fill in|記載|例[:：])/i;

/** `text.split(/\s+/).length` without building the array: runs of white space, plus one. */
export function pieces(text: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}

/** What `\s` matches, by code unit. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A span of years in a career: "2016–2019", "03/2019 - present", "2019 – heute", "2019年～現在". */
const CAREER_SPAN = /(?<!\d)(?:19|20)\d\d\s*(?:[-–—~～]|to|bis|à|a)\s*(?:(?:\d{1,2}[/.]|\p{L}{3,9}\.?\s)?(?:19|20)\d\d(?!\d)|present|now|today|current|heute|jetzt|aujourd['’]hui|actuel|actualidad|presente|atual|obecnie|настоящее время|н\.\s?в\.|現在|至今|现在|현재)/iu;


/** True when a text (its closing aside set apart) is a role's name and nothing more: short, no sentence, ending in a role word. */
function roleName(text: string, vocab: Vocabulary): boolean {
  const role = text.replace(/\s*\([^()]*\)$/, '');
  return pieces(role) <= ROLE_ITEM_WORDS && !/[.:;!?]$/.test(role) && endsWithRoleWord(role, vocab);
}

/**
 * How many list items are a role's name, alone or with its place ("Firmware Engineer — Oslo,
 * Norway"), or a search result's card: the name, then several facts, one of them its pay or
 * type of contract ("Line Cook: Harbour Grill · Dover · £12 an hour · Full-time").
 */
/** A line of three cells or more parted by bars, as a table's row is read: "Forklift Operator | Dallas, TX | Full-time". */
const TABLE_ROW = /^[^|]+\|[^|]+\|[^|]+/;

function roleItems(ctx: Context): { named: number; cards: number } {
  let named = 0;
  let cards = 0;
  for (const s of ctx.doc.sections) {
    for (const b of s.blocks) {
      // A table's rows, read as lines of cells parted by bars ("Dispatcher | Fort Worth, TX | Part-time"), are items too.
      const rows = b.type === 'paragraph' && b.lines.length === 1 && TABLE_ROW.test(b.lines[0]?.text ?? '') ? [{ text: b.lines[0]?.text ?? '' }] : [];
      if (b.type !== 'list' && !rows.length) continue;
      for (const it of b.type === 'list' ? b.items : rows) {
        const [name = '', ...rest] = it.text.split(LINE_PARTS);
        // A card's name is the heading inside its item, read as the label of the rest, or the first
        // of its parts ("Product Designer — Figment Labs — Remote (EU) — €60k–€75k").
        const [head = '', ...facts] = it.text.split(/:\s+/);
        const parted = facts.length > 0 ? facts.join(': ').split(LINE_PARTS).length >= 2 : rest.length >= 2;
        const card = parted && (PAY_FIGURE.test(it.text) || !!ctx.vocab.employment.first(fold(it.text)));
        const role = card && facts.length > 0 ? (head.split(LINE_PARTS)[0] ?? '') : name;
        if ((rest.length <= 2 || card) && roleName(role, ctx.vocab)) {
          named++;
          if (card) cards++;
        }
      }
    }
  }
  return { named, cards };
}

/** A person's name, then their role: "Priya Nair — Senior Backend Engineer", "Ana Silva - CEO. Previously …". */
const PERSON_ITEM = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*[—–:,-]\s+([^.;]{2,60})/u;
/** From this many people listed with their roles, a page is a team page. */
const TEAM_PEOPLE = 3;

/**
 * How many list items name a person and their role ("Mei Chen — QA Engineer"): a team page's
 * roster, not openings. In a list of three such people or more, two roles the tables know vouch
 * for the rest ("Ruth Hale — Founder and head potter").
 */
function peopleItems(ctx: Context): number {
  let n = 0;
  for (const s of ctx.doc.sections) {
    for (const b of s.blocks) {
      if (b.type !== 'list') continue;
      // A name ends in no role noun ("Dev Marsh" is a person; "Senior Engineer" a role).
      const people = b.items.map((it) => PERSON_ITEM.exec(it.text)).filter((m) => m?.[1] && m[2] && !endsWithRoleWord(m[1], ctx.vocab));
      const roles = people.filter((m) => hasRoleWord(m?.[2] ?? '', ctx.vocab)).length;
      n += people.length >= TEAM_PEOPLE && roles >= 2 ? people.length : roles;
    }
  }
  return n;
}

/** The most words and lines of the facts under a role's heading in an index of openings ("Ghent · Full-time · Engineering", "£32,000 a year"). */
const CARD_FACTS_WORDS = 25;
const CARD_FACTS_LINES = 6;

/**
 * How many sections are headed by a role's name and hold a few short lines of facts at most: an
 * index of openings or a job alert written as headings ("Field Technician" / "Westland · Full-time"
 * / "£32,000 a year"), not a posting's sections.
 */
function roleSections(ctx: Context): number {
  let n = 0;
  for (const s of ctx.doc.sections) {
    if (!s.heading || !roleName(s.heading.text, ctx.vocab)) continue;
    const lines = s.blocks.flatMap((b) => (b.type === 'paragraph' ? b.lines.map((l) => l.text) : b.items.map((it) => it.text)));
    if (lines.length <= CARD_FACTS_LINES && pieces(lines.join(' ')) <= CARD_FACTS_WORDS) n++;
  }
  return n;
}

/** A heading that opens with its number: "1. Write the ad", "2) Reply to everyone". */
const NUMBERED_HEADING = /^\s*(\d{1,2})\s*[.)]\s+\p{L}/u;
/** From this many headings numbered in order, an article's headings are its points. */
const LISTICLE_POINTS = 3;

/** The longest run of headings numbered in order from one ("1.", "2.", "3."). */
function numberedHeadings(headings: readonly string[]): number {
  let best = 0;
  let next = 1;
  for (const h of headings) {
    const n = Number(NUMBERED_HEADING.exec(h)?.[1] ?? NaN);
    if (n === next) next++;
    else next = n === 1 ? 2 : 1;
    best = Math.max(best, next - 1);
  }
  return best;
}

/** How many units from the top a letter's salutation may stand: a subject line or a heading may come first. */
const SALUTATION_LINES = 3;

export interface Verdict {
  isJobPosting: boolean;
  postingProbability: number;
  confidence: number;
  score: number;
  reasons: string[];
  kind: DocumentKind;
}

/** The probability from which a document is a posting, unless the caller sets another. */
export const POSTING_THRESHOLD = 0.5;

export function classify(ctx: Context, facts: Facts, threshold = POSTING_THRESHOLD): Verdict {
  const { vocab } = ctx;
  const signals: Signal[] = [];
  const add = (reason: string, weight: number, kind?: DocumentKind) => signals.push({ reason, weight, ...(kind ? { kind } : {}) });
  const text = shownText(ctx).slice(0, 50_000);
  const folded = fold(text);
  // The text units, folded as every extractor reads them (so their phrases are already found): a
  // phrase search over them costs nothing more, where one over the whole text would scan it again.
  const units = ctx.lines.map((l) => fold(l.text));
  const leadingUnits: string[] = [];
  for (let n = 0, i = 0; i < units.length && n < 20_000; i++) {
    leadingUnits.push(units[i] as string);
    n += (units[i] as string).length;
  }
  const anyUnit = (set: { test(f: string): boolean } | undefined, list = units) => !!set && list.some((u) => set.test(u));
  const headings = ctx.doc.sections.map((s) => s.heading?.text ?? '').filter(Boolean);
  const fmTitle = fmValue(ctx, ['title', 'título', 'titulo', 'titre'])?.value;
  const leading = fold([typeof fmTitle === 'string' ? fmTitle : '', ...headings.slice(0, 2)].join(' | '));
  // Noise-free text of the body: what a reader sees, for word counts.
  const body = ctx.lines.map((l) => l.text).join(' ');
  const words = Math.max(1, vocab.noSpaces ? Math.round(body.length / 2) : pieces(body));

  if (ctx.doc.structured) add('embedded schema.org JobPosting', 6);
  const jobKeys = JOB_KEYS.filter((k) => ctx.fm.has(k)).length;
  const layout = fmValue(ctx, LAYOUT_KEYS)?.value;
  if (jobKeys >= 2 || (typeof layout === 'string' && /job|position|career|vacanc|stellen|emploi|empleo|vaga|offre/i.test(layout))) add('front matter of a job page', 2);
  else if (jobKeys === 1) add('front matter names a job field', 1);
  if (POST_KEYS.some((k) => ctx.fm.has(k))) add('front matter of a blog post (author, comments, categories)', -1.5, 'article');
  if (facts.title) add('names a role', 1.5);
  // Items that are only a placeholder ("[Responsibility 1]") are a form to fill in, not a posting's lists.
  const real = <T extends { text: string }>(items: readonly T[]) => items.filter((it) => !WHOLE_PLACEHOLDER.test(it.text.trim()));
  const allItems = [...facts.lists.responsibilities, ...facts.lists.required, ...facts.lists.preferred, ...facts.lists.benefits];
  const blankItems = allItems.length - real(allItems).length;
  if (real(facts.lists.responsibilities).length) add('a responsibilities section', 2);
  if (real([...facts.lists.required, ...facts.lists.preferred]).length) add('a requirements section', 2);
  if (real(facts.lists.benefits).length) add('a benefits section', 1);
  if (blankItems >= 3 && blankItems * 2 >= allItems.length) add(`${blankItems} list items that are placeholders`, -3, 'template');
  if (facts.title && WHOLE_PLACEHOLDER.test(facts.title.trim())) add('the title is a placeholder', -3, 'template');
  if (EMPLOYER_BLANK.test(text)) add("the employer's name is a blank to fill in (\"[Company name]\")", -3, 'template');
  const kinds = new Set(ctx.sections.map((s) => s.kind));
  const postingKinds = ['responsibilities', 'qualifications', 'preferred', 'benefits', 'compensation', 'application'].filter((k) => kinds.has(k as never)).length;
  if (postingKinds >= 2) add('headings of a posting (duties, requirements, benefits, how to apply)', 1);
  if (facts.lists.application.length || kinds.has('application')) add('an application section', 1);
  if (facts.employmentType) add('an employment type', 1);
  if (facts.salary) add('a salary', 1);
  if (facts.locations || facts.workplace) add('a place or workplace type', 0.5);
  if (anyUnit(vocab.hiring) || vocab.hiring.test(leading)) add('recruiting language ("we are looking for", "wir suchen", "招聘")', 1.5);
  if (GENDER_MARK.test(text)) add('gender marks of a job advertisement ("m/w/d")', 1.5);
  const you = (text.match(YOU) ?? []).length / words;
  if (you > 0.01) add('addresses the reader as a candidate', 0.5);

  // Evidence of other kinds of document.
  const genre = (kind: OtherGenre, s: string) => vocab.genres.set(kind)?.test(s) ?? false;
  // The phrases of a genre the text holds, each once.
  const genrePhrases = (kind: OtherGenre) => new Set(units.flatMap((u) => vocab.genres.set(kind)?.findAll(u).map((m) => m.text) ?? []));
  const guideTitle = genre('template', leading) || genre('guide', leading);
  // A text whose opening presents it as a sample to adapt ("This job description sample is ready to post"): a hiring guide's.
  const opening3 = ctx.lines.slice(0, SAMPLE_LINES).map((l) => l.folded).join(' ');
  if (!guideTitle && genre('sample', opening3)) add('presents itself as a sample to adapt ("job description sample", "customize it")', -8, 'template');
  if (guideTitle) add('title of a template, guide or handbook', -8, genre('template', leading) ? 'template' : 'guide');
  if (genre('resume', leading) && !facts.lists.responsibilities.length) add('title of a CV or résumé', -6, 'cv');
  const placeholders = PLACEHOLDER_START.test(text) ? (text.match(PLACEHOLDER) ?? []).length : 0;
  if (placeholders >= 3) add(`${placeholders} placeholders to fill in`, -4 - Math.min(4, Math.floor(placeholders / 10)), 'template');
  // A language without a lexicon is read with English words, but its short words are not English pronouns.
  const firstPerson = hasLexicon(ctx.doc.language) ? units.reduce((n, u) => n + vocab.firstPerson.count(u), 0) : 0;
  if (firstPerson >= 4 && firstPerson / words > 0.006) add('first-person narrative', -3, 'article');
  // A posting's page may say "share this"; a text that speaks of itself as a post and is titled as a
  // guide ("How to …") is one, whatever example lists it shows.
  if ((anyUnit(vocab.genres.set('article'), leadingUnits) || genre('article', leading)) && (firstPerson >= 2 || !facts.lists.responsibilities.length || guideTitle)) add('article wording (blog post, TL;DR)', -4, 'article');
  const questions = headings.filter((h) => /[?？]$/.test(h)).length;
  if (questions >= 3 && !postingKinds) add('headings are questions (an FAQ or article)', -1.5, 'article');
  // Headings numbered one after another ("1. Write the ad for the candidate", "2. …") under which fewer
  // than two of a posting's parts are found: a listicle's points. A posting numbering its parts numbers its
  // duties, requirements and offer.
  if (postingKinds < 2 && numberedHeadings(headings) >= LISTICLE_POINTS) add('headings numbered as the points of an article ("1. …", "2. …", "3. …")', -3, 'article');
  const instructions = ctx.lines.filter((l) => INSTRUCTION.test(l.text)).length;
  if (instructions >= 3) add('instructions to a writer', -3, 'template');
  // A CV's section names, as headings or as lines of their own ("WORK EXPERIENCE", "Personal statement").
  const cvSet = vocab.genres.set('resume');
  const resumeHeadings = new Set([...headings, ...ctx.lines.map((l) => l.text)].filter((h) => h.length <= 200).map((h) => fold(h).replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim()).filter((h) => h.length <= 40).filter((h) => {
    const m = cvSet?.find(h);
    return !!m && m.index === 0 && m.text.length >= h.length - 1;
  })).size;
  if (resumeHeadings >= 3 || (resumeHeadings >= 2 && postingKinds < 2)) add('headings of a CV (work experience, personal statement, hobbies)', -5, 'cv');
  // Someone looking for work, not for a worker ("Open to work!", "I'm looking for my next role", "busco empleo").
  const seeking = genrePhrases('seeker');
  if (seeking.size) add(`a job seeker's post: ${[...seeking].slice(0, 3).join(', ')}`, seeking.size > 1 || firstPerson >= 2 ? -6 : -4, 'cv');
  // A career told as dated entries ("Data Engineer, Orbit Bank (2019–present)", "2016 – 2019"), with no one recruited: a CV.
  const dated = ctx.lines.filter((l) => CAREER_SPAN.test(l.text)).length;
  if (dated >= 2 && !anyUnit(vocab.hiring) && you <= 0.01) add(`${dated} dated entries of a career (2016–2019, Jan 2021 – Present)`, dated >= MANY_SPANS ? -6 : -4, 'cv');
  // The opening and the closing never overlap: in a short posting signed "Kind regards", the
  // closing words are not an opening too.
  const half = Math.floor(folded.length / 2);
  const opening = folded.slice(0, Math.min(400, half));
  const closing = folded.slice(Math.max(half, folded.length - 400));
  // A letter to one named person ("Dear Ms. Okafor," … "Sincerely") that is not an applicant's about
  // themselves: an offer, a reply, a refusal — not an open call.
  // The salutation opens the letter, under a subject line or a heading at most ("Offer of Employment" / "Dear Ms. Alvarez,").
  if (ctx.lines.slice(0, SALUTATION_LINES).some((l) => salutesPerson(l.text)) && genre('coverLetter', closing) && firstPerson < 2) add('a letter to a named person (salutation, closing)', -6, 'letter');
  else if (genre('coverLetter', opening) && (genre('coverLetter', closing) || words < 80)) add('a letter from an applicant (salutation, closing)', -6, 'cover-letter');
  // A course or a labour-market report speaks of roles and pay without offering one.
  for (const [kind, reason] of [['course', 'a course (tuition, cohort, curriculum)'], ['report', 'a report on jobs (survey, median, methodology)']] as const) {
    const seen = genrePhrases(kind);
    if (seen.size >= GENRE_PHRASES) add(`${reason}: ${[...seen].slice(0, 3).join(', ')}`, seen.size > GENRE_PHRASES ? -7 : -5, 'article');
  }
  const linkedRoles = ctx.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'list').flatMap((b) => (b.type === 'list' ? b.items : [])).filter((it) => it.links.length && /\.(md|html?)$|\/jobs?\/|\/careers?\//i.test(it.links[0] ?? '') && it.text.split(/\s+/).length <= 6).length;
  // Many such roles leave no doubt: a posting links to a few others at most.
  if (linkedRoles >= 3) add(`a careers index: ${linkedRoles} roles that link to their own pages`, linkedRoles >= MANY_LINKED_ROLES ? -8 : -6, 'careers-page');
  // Several roles listed by name (and place), outside any role's duties and requirements: an index of openings.
  else if (!facts.lists.responsibilities.length && !facts.lists.required.length) {
    const { named, cards } = roleItems(ctx);
    // Each with its own pay or terms, the roles are a board's search results.
    const headed = roleSections(ctx);
    if (cards >= 3) add(`a list of openings: ${cards} roles, each with its own pay or terms`, -6, 'careers-page');
    else if (headed >= 3) add(`a careers index: ${headed} roles headed by name, each with a few short lines of facts at most`, -6, 'careers-page');
    else if (named >= 3) add(`a careers index: ${named} roles listed by name`, -4, 'careers-page');
  }
  const employers = headerEmployers(ctx);
  if (employers >= THREAD_EMPLOYERS) add(`postings of ${employers} employers, each under a header line of its own (a thread or board of openings)`, -6, 'careers-page');
  const people = facts.lists.responsibilities.length || facts.lists.required.length ? 0 : peopleItems(ctx);
  if (people >= TEAM_PEOPLE) add(`a team page: ${people} people listed with their roles`, -4, 'article');
  if (ctx.lines.slice(0, BYLINE_REACH).some((l) => BYLINE.test(l.text.trim()))) add('a byline under the headline (a news story or article)', -3, 'article');
  if (ctx.lines.slice(0, BYLINE_REACH).some((l) => READING_TIME.test(l.text))) add('a reading time under the headline ("6 min read"), as an article shows', -3, 'article');
  else if (!facts.lists.responsibilities.length && ctx.lines.slice(0, BYLINE_REACH).some((l) => DATELINE.test(l.text.trim()))) add('a dateline opening the story (a news story or press release)', -3, 'article');
  if (words < 80 && anyUnit(vocab.genres.set('errorPage'))) add('an error page', -6, 'error-page');
  // A careers page that says it has no opening ("We have no open positions right now"), with no role's duties or requirements.
  if (!facts.lists.responsibilities.length && !facts.lists.required.length && anyUnit(vocab.genres.set('noOpenings'))) add('says there is no opening', -5, 'careers-page');
  const lines = text.split('\n').filter((l) => l.trim());
  const dataLines = lines.filter((l) => DATA_LINE.test(l)).length;
  if (lines.length >= 8 && dataLines / lines.length > 0.5) add('data or code, not prose', -6, 'data');
  // Prose that names a role at most, with nothing else a posting has — no duties, requirements or
  // benefits, no recruiting words ("we are looking for", "Vacancy", "apply by"), terms, pay, gender
  // marks, way to apply or job fields: an announcement, a profile, a product or event page.
  const offers = () =>
    ctx.doc.structured || jobKeys > 0 || allItems.length > 0 || postingKinds > 0 || anyUnit(vocab.hiring) || vocab.hiring.test(leading) ||
    anyUnit(vocab.titleNoise) || anyUnit(vocab.deadlines) || !!facts.employmentType || facts.salary || kinds.has('application') || GENDER_MARK.test(text) ||
    // What a candidate must or may bring ("experience with … is essential", "would be a plus"): a posting's asks, in prose.
    anyUnit(vocab.experienceWords) || anyUnit(vocab.preferred) ||
    // A form of fields, read or not ("Mahali: Arusha", "Aina ya Kazi: Muda wote"), as a posting in a language without tables gives its facts.
    ctx.doc.fields.length >= FORM_FIELDS;
  // A few words that name a role at most ("# Notes", a heading over nothing) are not yet a posting either.
  if (words < 25 && !facts.lists.responsibilities.length && !facts.lists.required.length && (!facts.title || !offers())) add('too short to be a posting', -2);
  if (words >= BARE_PROSE_WORDS && !offers()) add('nothing a posting has but a name: no duties, requirements, terms, pay or recruiting words', -3);
  // A posting is for a role: a text that names none, lists nothing, has no posting's headings and
  // states no terms or pay (a company's "About" page that says it hires now and then) offers no job.
  else if (!facts.title && !allItems.length && !postingKinds && !facts.employmentType && !facts.salary && !ctx.doc.structured) add('names no role and lists nothing a posting lists', -2.5);

  const score = PRIOR + signals.reduce((s, x) => s + x.weight, 0);
  const p = 1 / (1 + Math.exp(-(score - MIDPOINT) / SCALE));
  const postingProbability = Math.round(p * 1000) / 1000;
  const isJobPosting = postingProbability >= threshold;
  const sorted = signals.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const reasons = sorted.map((s) => `${s.weight > 0 ? '+' : ''}${s.weight} ${s.reason}`);
  // What the document is, when not a posting: the kind its strongest signal against one points to.
  const kind: DocumentKind = isJobPosting ? 'posting' : (sorted.find((s) => s.weight < 0 && s.kind)?.kind ?? 'unclear');
  return { isJobPosting, postingProbability, confidence: Math.round((isJobPosting ? p : 1 - p) * 1000) / 1000, score: Math.round(score * 10) / 10, reasons, kind };
}
