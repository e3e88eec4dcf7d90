/**
 * Is this a posting for a specific open role? A weighted sum of signals, each named in
 * `classification.reasons`: an application route, a role title, requirement and
 * responsibility sections, address to "you" — against an article's byline and first-person
 * narrative, a template's placeholders and instructions, a guide's or handbook's title.
 * `confidence` is how sure the verdict is (0.5–1), the logistic of the score's distance from the threshold.
 */
import type { Context } from './context.js';
import { fmValue } from './context.js';
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
}

/** Front-matter keys of a job page. */
const JOB_KEYS = ['company', 'employmenttype', 'jobtitle', 'roles', 'role', 'position', 'salary', 'dateposted', 'validthrough', 'contract', 'startup', 'jobtype', 'location', 'applyurl', 'sourceurl', 'linkedinurl', 'leverid', 'expirydate'];
/** Front-matter keys of a blog post. */
const POST_KEYS = ['author', 'authors', 'comments', 'byline', 'categories', 'readingtime'];

/** Recruiting phrases, any language: "we are looking for", "join our team", "send us your CV". */
const HIRING = /\b(we(['’]re| are)( currently| always| now| actively)? (looking for|seeking|hiring|recruiting)|is (always |now |currently )?(hiring|looking for|seeking)|join (our|the) team|you will (be|work|join|have)|send (us )?(your )?(cv|resume|résumé|application)|apply (now|here|via|through|at|by|online)|to apply|how to apply|submit (your|an) application|wir suchen|suchen wir|bewirb dich|nous recherchons|recherche (un|une)|recrute|postulez|candidatez|buscamos|estamos buscando|requiere contratar|postula|envíanos|procuramos|candidate-se|envie seu currículo|ищем|откликнуться|вакансия)\b/i;
/** Titles and headings of other kinds of document. */
const OTHER_GENRE = /\b(template|plantilla|modèle de|vorlage|how to|how i|guide to|guide for|tips for|handbook|checklist|faq|interviewing for|interview questions|playbook|lessons learned|best practices|what i learned|case study|tutorial|newsletter|press release)\b/iu;
/** Placeholders a template leaves to fill in: "[Nombre del Puesto]", "<Company Name>", "{{title}}". */
const PLACEHOLDER = /\[(?:[\p{L} /]{3,40})\]|<(?:company|job|position|title|name)[\p{L} ]*>|\{\{[^}]{1,30}\}\}|\bXX+\b|lorem ipsum/giu;
/** What every placeholder starts with: a text without any has none (a cheap test before the costly one). */
const PLACEHOLDER_START = /[[<{]|xx|lorem/i;
/** First person singular, the voice of an article or a blog post. */
const FIRST_PERSON = /(?:^|[\s"“(])(I|I['’](?:ve|m|d|ll)|my|me|mine)(?=[\s,.!?;:'’")]|$)/g;
/**
 * Second person, any language. Like HIRING, written without the `u` flag: plain literals, `\b`
 * and `i` need none (no `\p{…}`, no astral characters), and V8 scans several times faster.
 */
const YOU = /\b(you|your|you['’](?:ll|re|ve)|du|dein|deine|vous|votre|vos|tu|ton|ta|usted|você|seu|sua|ты|вы|ваш)\b/gi;
const ARTICLE_WORDS = /\b(blog post|this post|this article|in this article|i wrote|tl;dr|read more|share this|comments|written by|posted by)\b/i;

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

export function classify(ctx: Context, facts: Facts): { isJobPosting: boolean; confidence: number; score: number; reasons: string[] } {
  const signals: Signal[] = [];
  const add = (reason: string, weight: number) => signals.push({ reason, weight });
  const text = ctx.doc.text.slice(0, 50_000);
  const lines = ctx.lines;
  const headings = ctx.doc.sections.map((s) => s.heading?.text ?? '').filter(Boolean);
  const fmTitle = fmValue(ctx, ['title', 'título', 'titulo', 'titre'])?.value;
  const leading = [typeof fmTitle === 'string' ? fmTitle : '', ...headings.slice(0, 2)].join(' | ');

  const jobKeys = JOB_KEYS.filter((k) => ctx.fm.has(k)).length;
  const layout = fmValue(ctx, ['layout', 'type'])?.value;
  if (jobKeys >= 2 || (typeof layout === 'string' && /job|position|career|vacanc/i.test(layout))) add('front matter of a job page', 2);
  else if (jobKeys === 1) add('front matter names a job field', 1);
  if (POST_KEYS.some((k) => ctx.fm.has(k))) add('front matter of a blog post (author, comments, categories)', -3);
  if (facts.title) add('names a role', 1);
  if (facts.lists.responsibilities.length) add('a responsibilities section', 2);
  if (facts.lists.required.length + facts.lists.preferred.length) add('a requirements section', 2);
  if (facts.lists.benefits.length) add('a benefits section', 1);
  if (facts.lists.application.length || ctx.sections.some((s) => s.kind === 'application')) add('an application section', 1);
  if (facts.employmentType) add('an employment type', 1);
  if (facts.salary) add('a salary', 1);
  if (facts.locations || facts.workplace) add('a place or workplace type', 0.5);
  if (HIRING.test(text)) add('recruiting language ("we are looking for", "apply")', 1.5);
  const words = Math.max(1, pieces(text));
  const you = (text.match(YOU) ?? []).length / words;
  if (you > 0.01) add('addresses the reader as a candidate', 0.5);

  if (OTHER_GENRE.test(leading)) add('title of a template, guide or handbook', -6);
  const placeholders = PLACEHOLDER_START.test(text) ? (text.match(PLACEHOLDER) ?? []).length : 0;
  if (placeholders >= 3) add(`${placeholders} placeholders to fill in`, -4);
  const firstPerson = (text.match(FIRST_PERSON) ?? []).length / words;
  if (firstPerson > 0.006) add('first-person narrative', -3);
  if (ARTICLE_WORDS.test(text)) add('article wording (blog post, TL;DR)', -2);
  const questions = headings.filter((h) => /\?$/.test(h)).length;
  if (questions >= 3) add('headings are questions (an FAQ or article)', -1.5);
  const instructions = lines.filter((l) => /^(include|guidelines|note|example|describe|provide|list|use this section)\b/i.test(l.text)).length;
  if (instructions >= 3) add('instructions to a writer', -3);

  const score = signals.reduce((s, x) => s + x.weight, 0);
  const threshold = 2.5;
  const p = 1 / (1 + Math.exp(-(score - threshold) / 1.5));
  // Confidence in the verdict, whichever way it goes.
  const confidence = Math.round((score >= threshold ? p : 1 - p) * 1000) / 1000;
  const reasons = signals.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).map((s) => `${s.weight > 0 ? '+' : ''}${s.weight} ${s.reason}`);
  return { isJobPosting: score >= threshold, confidence, score: Math.round(score * 10) / 10, reasons };
}
