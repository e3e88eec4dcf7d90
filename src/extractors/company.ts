/**
 * Company: the hiring organisation, from front matter, a company label, a job-board header, a
 * title written "Role at Company", an "About <Company>" heading, "<Company> is hiring", "at
 * <Company>," in the text, a possessive ("Acme's mission"), "Name (ACRONYM)" at the start, a first line "Name — what it does",
 * a name the text keeps repeating, or the domain of its e-mail address.
 */
import { matchesOf } from '../patterns/matches.js';
import { cityOf, countryOf } from '../patterns/places.js';
import { hasRoleWord } from '../patterns/roles.js';
import { fmText, labelValue, type Context, type Found } from './context.js';
import { jobBoardHeader } from './job-board.js';
import { proseLines, type ProseLine } from './prose.js';

const COMPANY_KEYS = ['company', 'companyname', 'organization', 'organisation', 'employer', 'hiringorganization', 'startup', 'client', 'unternehmen', 'entreprise', 'empresa'];
const COMPANY_LABEL = /^(company|company name|employer|organi[sz]ation|hiring organi[sz]ation|unternehmen|arbeitgeber|entreprise|employeur|empresa|empleador|компания|работодатель)$/i;

/** One word of a name: a capital or a digit first, then letters, digits, `&`, `'`, `-`, and dots inside ("GO.Exchange"). */
const NAME_WORD = String.raw`(?:\p{Lu}|\d)(?:[\p{L}\p{N}&'’-]|\.(?=[\p{L}\p{N}]))*`;
/** A proper name: capitalised words (or a leading digit, "0x"), with "&", "of", "de" inside, and a legal suffix. */
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:of|de|du|des|der|für|&|and)\s+)?${NAME_WORD}){0,4}(?:,?\s+(?:Inc|Ltd|LLC|GmbH|AG|SA|SAS|BV|Corp|PLC)\.?)?`;
/** "at Acme", "At Acme,", "chez Acme", "bei Acme", "na Acme", "au SNC". */
const AT_NAME = new RegExp(String.raw`(?:^|[\s(])(?:[Aa]t|[Cc]hez|[Bb]ei|[Nn]a|[Aa]u)\s+(${NAME})`, 'gu');
/** "Acme is hiring", "Acme is always looking for", "Acme is seeking", "Acme is growing its team". */
const IS_HIRING = new RegExp(String.raw`^(${NAME})\s+(?:is|are)\s+(?:always\s+|currently\s+|now\s+)?(?:hiring|looking for|seeking|recruiting|growing|expanding)`, 'u');
/** "Join Acme Robotics as a …", "We're Loopwise, a small team …": the company introduces itself. */
const JOIN_AS = new RegExp(String.raw`\b[Jj]oin\s+(${NAME})\s+as\s+(?:an?|our)\b`, 'u');
const WE_ARE = new RegExp(String.raw`\b[Ww]e(?:['’]re| are)\s+(${NAME})\s*[,(—–-]\s*(?:an?|the|un|une|una|ein|eine)\b`, 'u');
/** "Acme — a studio for …": a first line that names and defines the company. */
const NAME_DASH = new RegExp(String.raw`^(${NAME})\s+[—–-]\s+\p{Ll}`, 'u');
/** "Acme's mission", "Acme’s engineering team": a possessive before a word about an organisation. */
const POSSESSIVE = new RegExp(String.raw`(?:^|[\s(])(${NAME})['’]s\s+(?:\p{Ll}+\s+){0,2}(?:mission|team|teams|product|products|platform|culture|customers|clients|goal|vision|office|offices|values|engineering|people|founders|success|growth)\b`, 'u');
/** A title written "Accounting Manager at Omise". */
const TITLE_AT = new RegExp(String.raw`\s(?:at|@|chez|bei)\s+(${NAME})$`, 'iu');
/** "Le Service numérique canadien (SNC)": words, then their initials in parentheses. */
const ACRONYM = /((?:[\p{L}'’-]+\s+){1,7}?)\(([\p{Lu}]{2,6})\)/gu;
const EMAIL = /\b[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})\b/gi;

/** Capitalised words that are not organisations. */
const NOT_COMPANY = /^(the|a|an|our|this|that|these|we|you|it|least|home|work|scale|all|any|some|first|last|times?|night|day|least|once|minimum|maximum|startups?|google|linkedin|github|facebook|twitter|remote|hybrid|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|english|french|german|spanish|python|java|javascript|typescript|react|aws|azure|gcp|sql|docker|kubernetes|linux|ios|android|github|gitlab|postgresql|mysql|mongodb|macbook|iphone|youtube|wordpress|graphql|nodejs|devops|saas|paas|openai|chatgpt)$/i;
/** Mail hosts and applicant-tracking systems: their domain does not name the employer. */
const FREE_MAIL = /^(gmail|googlemail|yahoo|hotmail|outlook|live|icloud|me|mail|proton|protonmail|gmx|web|aol|yandex|qq|163|greenhouse|lever|workable|breezy|smartrecruiters|recruitee|ashbyhq|bamboohr|jobvite|icims|myworkday|workday|teamtailor|personio|example)$/i;
const SECOND_LEVEL = /^(co|com|gov|gouv|org|ac|net|edu|or|ne)$/i;
/** Stop words between the words of an acronym's expansion. */
const ACRONYM_SKIP = /^(le|la|les|l['’]|the|of|de|du|des|d['’]|der|die|das|für|and|et|y|e|para)$/i;

function clean(name: string): string {
  return name.replace(/\*+/g, '').replace(/['’]s$/u, '').replace(/[\s,.;:!]+$/, '').trim();
}

function plausible(name: string): boolean {
  const n = clean(name);
  if (!n || n.length > 60 || NOT_COMPANY.test(n) || NOT_COMPANY.test(n.split(/\s+/)[0] ?? '')) return false;
  if (!/\p{L}/u.test(n.split(/\s+/)[0] ?? '')) return false;
  if (countryOf(n, false) || cityOf(n) || hasRoleWord(n)) return false;
  return true;
}

function at(l: ProseLine, value: string): Found<string> {
  return { value: clean(value), line: l.line, from: l.from };
}

/** Sections whose sentences can name the company: not requirements, where "experience at Google" is common. */
function readable(l: ProseLine, ctx: Context): boolean {
  const kind = l.line !== null && l.from === 'body' ? ctx.kinds.get(l.line) : 'overview';
  return kind !== 'qualifications' && kind !== 'preferred' && kind !== 'skills';
}

function acronymCompany(text: string): string | null {
  for (const m of matchesOf(ACRONYM, text)) {
    const acr = m[2] ?? '';
    const words = (m[1] ?? '').trim().split(/\s+/);
    // Take words from the end until their initials spell the acronym.
    const picked: string[] = [];
    let initials = '';
    for (let i = words.length - 1; i >= 0 && initials.length < acr.length; i--) {
      const w = words[i] as string;
      picked.unshift(w);
      if (!ACRONYM_SKIP.test(w)) initials = (w[0] ?? '').toUpperCase() + initials;
    }
    if (initials === acr) return picked.join(' ').replace(/^(le|la|les|the|el|o|a)\s+/i, '');
  }
  return null;
}

function repeatedName(ctx: Context): string | null {
  const counts = new Map<string, number>();
  for (const l of proseLines(ctx)) {
    // Only names with capitals inside ("AFFiNE", "KodaDot", "rOpenSci"): plain capitalised words are
    // nouns in German and sentence starts everywhere.
    for (const m of l.text.matchAll(/(?<=[\p{Ll},;:]\s+)(\p{L}[\p{L}\p{N}]*?\p{Ll}[\p{L}\p{N}]*?\p{Lu}[\p{L}\p{N}]*|\p{Lu}{2,}\p{Ll}[\p{L}\p{N}]*)(?![\p{L}\p{N}])/gu)) {
      const w = m[1] ?? '';
      if (w.length < 4 || NOT_COMPANY.test(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const [best] = [...counts.entries()].filter(([w, n]) => n >= 3 && plausible(w)).sort((a, b) => b[1] - a[1]);
  return best?.[0] ?? null;
}

function emailCompany(text: string): string | null {
  for (const m of matchesOf(EMAIL, text)) {
    const labels = (m[1] ?? '').toLowerCase().split('.');
    labels.pop();
    while (labels.length > 1 && SECOND_LEVEL.test(labels[labels.length - 1] ?? '')) labels.pop();
    const name = labels[labels.length - 1];
    if (name && !FREE_MAIL.test(name) && name.length >= 2) return name;
  }
  return null;
}

export function extractCompany(ctx: Context, titleHint: string | null): Found<string> | null {
  const fm = fmText(ctx, COMPANY_KEYS);
  if (fm) return { ...fm, value: clean(fm.value) };
  const label = labelValue(ctx, COMPANY_LABEL);
  if (label) return { ...label, value: clean(label.value) };
  const header = jobBoardHeader(ctx);
  if (header?.company && plausible(header.company.value)) return { value: clean(header.company.value), line: header.company.line, from: 'body' };
  const titled = titleHint ? TITLE_AT.exec(titleHint) : null;
  if (titled?.[1] && plausible(titled[1])) return { value: clean(titled[1]), line: null, from: 'body' };
  for (const s of ctx.sections) {
    const m = s.heading ? /^about\s+(?!us\b|you\b|the\b|this\b|our\b)(.{2,50})$/i.exec(s.heading.text) : null;
    if (m?.[1] && s.kind === 'company') return { value: clean(m[1]), line: s.line, from: 'body' };
  }
  const lines = proseLines(ctx);
  for (const l of lines) {
    const m = IS_HIRING.exec(l.text) ?? JOIN_AS.exec(l.text) ?? WE_ARE.exec(l.text);
    if (m?.[1] && plausible(m[1])) return at(l, m[1]);
  }
  for (const l of lines) {
    if (!readable(l, ctx)) continue;
    for (const m of matchesOf(AT_NAME, l.text)) if (m[1] && plausible(m[1])) return at(l, m[1]);
  }
  for (const l of lines) {
    if (!readable(l, ctx)) continue;
    const m = POSSESSIVE.exec(l.text);
    if (m?.[1] && plausible(m[1])) return at(l, m[1]);
  }
  const opening = lines.filter((l) => l.from === 'front-matter' || l.section === ctx.doc.sections[0] || l.section === ctx.doc.sections[1]);
  for (const l of opening) {
    const acr = acronymCompany(l.text);
    if (acr && plausible(acr)) return at(l, acr);
  }
  const firstBody = lines.find((l) => l.from === 'body');
  const dash = firstBody ? NAME_DASH.exec(firstBody.text) : null;
  if (firstBody && dash?.[1] && plausible(dash[1])) return at(firstBody, dash[1]);
  const repeated = repeatedName(ctx);
  if (repeated) return { value: repeated, line: null, from: 'body' };
  const email = emailCompany(ctx.doc.text);
  if (email) return { value: email, line: null, from: 'body' };
  return null;
}
