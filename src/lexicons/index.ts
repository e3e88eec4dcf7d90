/**
 * The lexicons, one per language, and the vocabulary a document is read with: its own
 * language's tables first, then English's. Section headings and field labels are read in every
 * language (a posting in one language often has headings in another, and a heading is rarely a
 * word of some other language); words inside sentences (employment terms, months, role nouns) are
 * read only in the document's languages, where "stage" is an internship in French but not in English.
 */
import type { EducationLevel, SalaryPeriod, SectionKind } from '../schema/record.js';
import { ar } from './ar.js';
import { cs } from './cs.js';
import { de } from './de.js';
import { en } from './en.js';
import { el } from './el.js';
import { es } from './es.js';
import { fi } from './fi.js';
import { fr } from './fr.js';
import { he } from './he.js';
import { hu } from './hu.js';
import { id } from './id.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { fold, KeyedPhrases, Matcher, PhraseSet, type Phrase } from './match.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ro } from './ro.js';
import { ru } from './ru.js';
import { th } from './th.js';
import { da } from './da.js';
import { nb } from './nb.js';
import { sv } from './sv.js';
import { tr } from './tr.js';
import type { EmploymentKind, LabelField, Lexicon, ListKind, OtherGenre, WorkplaceKind } from './types.js';
import { uk } from './uk.js';
import { vi } from './vi.js';
import { zh } from './zh.js';

export { fold, readingDocument } from './match.js';
export type { EmploymentKind, LabelField, Lexicon, ListKind, OtherGenre, WorkplaceKind } from './types.js';

/** Every lexicon; a new language is one more file in this folder and one more entry here. */
export const LEXICONS: readonly Lexicon[] = [en, de, fr, es, pt, it, nl, pl, ru, uk, tr, sv, da, nb, fi, cs, hu, ro, el, ar, he, ja, zh, ko, vi, id, th];

const BY_LANG = new Map(LEXICONS.map((l) => [l.lang, l]));

/** The lexicon of a language, or undefined when there is none. */
export function lexiconOf(lang: string): Lexicon | undefined {
  return BY_LANG.get(lang);
}

/** Heading kinds, most specific first: the order that breaks ties between equally long matches. */
const HEADING_ORDER: readonly SectionKind[] = ['preferred', 'qualifications', 'skills', 'responsibilities', 'benefits', 'compensation', 'application', 'company', 'overview', 'details'];
const LEAD_IN_ORDER: readonly ListKind[] = ['preferred', 'benefits', 'qualifications', 'responsibilities'];
const LABEL_ORDER: readonly LabelField[] = [
  'title', 'company', 'location', 'salary', 'employment', 'workplace', 'posted', 'deadline', 'department', 'reportsTo', 'experience', 'education',
  'url', 'hours', 'start', 'contact', 'country', 'reference', 'industry',
];
const EMPLOYMENT_ORDER: readonly EmploymentKind[] = ['internship', 'contract', 'temporary', 'part-time', 'full-time'];
const WORKPLACE_ORDER: readonly WorkplaceKind[] = ['hybrid', 'remote', 'onsite'];
const EDUCATION_ORDER: readonly EducationLevel[] = ['high-school', 'associate', 'bachelor', 'master', 'doctorate'];
const PERIOD_ORDER: readonly SalaryPeriod[] = ['hour', 'day', 'week', 'month', 'year'];
const GENRE_ORDER: readonly OtherGenre[] = ['template', 'sample', 'guide', 'article', 'resume', 'coverLetter', 'seeker', 'index', 'errorPage', 'noOpenings', 'course', 'report', 'closing'];

function phrases(lexicons: readonly Lexicon[], pick: (l: Lexicon) => readonly string[] | undefined): Phrase[] {
  return lexicons.flatMap((l) => (pick(l) ?? []).map((text) => ({ text, noSpaces: !!l.noSpaces })));
}

function keyed<K extends string>(matcher: Matcher, lexicons: readonly Lexicon[], order: readonly K[], pick: (l: Lexicon) => Partial<Record<K, string[]>>): KeyedPhrases<K> {
  return new KeyedPhrases(matcher, order.map((k) => [k, phrases(lexicons, (l) => pick(l)[k])] as const));
}

function table<V>(lexicons: readonly Lexicon[], pick: (l: Lexicon) => Record<string, V>): Map<string, V> {
  const out = new Map<string, V>();
  for (const l of lexicons) for (const [k, v] of Object.entries(pick(l))) if (!out.has(fold(k))) out.set(fold(k), v);
  return out;
}

/** Everything a document is read with, compiled for its languages. */
export interface Vocabulary {
  /** The languages, in reading order. */
  langs: readonly string[];
  headings: KeyedPhrases<SectionKind>;
  leadIns: KeyedPhrases<ListKind>;
  labels: KeyedPhrases<LabelField>;
  employment: KeyedPhrases<EmploymentKind>;
  /** Workplace words and statements: for short values (labels, headers, titles). */
  workplace: KeyedPhrases<WorkplaceKind>;
  /** Only the statements: for sentences. */
  workplaceStatements: KeyedPhrases<WorkplaceKind>;
  education: KeyedPhrases<EducationLevel>;
  preferred: PhraseSet;
  preferredWeak: PhraseSet;
  required: PhraseSet;
  payWords: PhraseSet;
  periods: KeyedPhrases<SalaryPeriod>;
  upTo: PhraseSet;
  from: PhraseSet;
  between: PhraseSet;
  proRata: PhraseSet;
  once: PhraseSet;
  years: PhraseSet;
  months: PhraseSet;
  atLeast: PhraseSet;
  experienceWords: PhraseSet;
  roles: PhraseSet;
  institutions: PhraseSet;
  units: PhraseSet;
  hiring: PhraseSet;
  notTitle: PhraseSet;
  titleNoise: PhraseSet;
  programmes: PhraseSet;
  departments: PhraseSet;
  asA: PhraseSet;
  titleStops: PhraseSet;
  about: PhraseSet;
  deadlines: PhraseSet;
  positions: PhraseSet;
  conjunctions: PhraseSet;
  offices: PhraseSet;
  isA: PhraseSet;
  weAre: PhraseSet;
  equalOpportunity: PhraseSet;
  chrome: PhraseSet;
  pageEnd: PhraseSet;
  mailEnd: PhraseSet;
  genres: KeyedPhrases<OtherGenre>;
  firstPerson: PhraseSet;
  tenure: PhraseSet;
  numberWords: Map<string, number>;
  monthNames: Map<string, number>;
  places: Map<string, string>;
  /** True when a language of the reading is written without spaces (zh, ja, ko, th). */
  noSpaces: boolean;
}

const cache = new Map<string, Vocabulary>();

/** The sets read in every language, whatever the document's: compiled once, shared by every vocabulary. */
type EveryLanguage = Pick<Vocabulary, 'headings' | 'leadIns' | 'labels' | 'periods' | 'roles' | 'institutions' | 'units' | 'about' | 'chrome' | 'pageEnd' | 'mailEnd' | 'places'>;
let everyLanguage: EveryLanguage | null = null;

function sharedSets(): EveryLanguage {
  if (everyLanguage) return everyLanguage;
  const m = new Matcher();
  everyLanguage = {
    headings: keyed(m, LEXICONS, HEADING_ORDER, (l) => l.headings),
    leadIns: keyed(m, LEXICONS, LEAD_IN_ORDER, (l) => l.leadIns),
    labels: keyed(m, LEXICONS, LABEL_ORDER, (l) => l.labels),
    periods: keyed(m, LEXICONS, PERIOD_ORDER, (l) => l.pay.periods),
    roles: new PhraseSet(m, phrases(LEXICONS, (l) => l.roles)),
    institutions: new PhraseSet(m, phrases(LEXICONS, (l) => l.institutions)),
    units: new PhraseSet(m, phrases(LEXICONS, (l) => l.units)),
    about: new PhraseSet(m, phrases(LEXICONS, (l) => l.about)),
    chrome: new PhraseSet(m, phrases(LEXICONS, (l) => l.chrome)),
    pageEnd: new PhraseSet(m, phrases(LEXICONS, (l) => l.pageEnd)),
    mailEnd: new PhraseSet(m, phrases(LEXICONS, (l) => l.mailEnd)),
    places: table(LEXICONS, (l) => l.places),
  };
  return everyLanguage;
}

let anyWorkplace: KeyedPhrases<WorkplaceKind> | null = null;

/**
 * Workplace words of every language, in a matcher of their own: a location value ("Remote (US)",
 * "Питер, офис") is short and its workplace word unambiguous in any language, and a small index
 * reads it for little.
 */
export function workplaceWordsOfEveryLanguage(): KeyedPhrases<WorkplaceKind> {
  anyWorkplace ??= keyed(new Matcher(table(LEXICONS, (l) => l.numbers)), LEXICONS, WORKPLACE_ORDER, (l) => Object.fromEntries(WORKPLACE_ORDER.map((k) => [k, [...(l.workplace[k] ?? []), ...(l.workplaceWords[k] ?? [])]])));
  return anyWorkplace;
}

/** The vocabulary for languages in reading order (`['de', 'en']`). Compiled once per order. */
export function vocabulary(langs: readonly string[]): Vocabulary {
  const key = langs.join(',');
  const hit = cache.get(key);
  if (hit) return hit;
  const own = langs.map(lexiconOf).filter((l): l is Lexicon => !!l);
  const reading = own.length ? own : [...LEXICONS];
  // One index for the reading's sets, so that a line is scanned once whatever the number of sets
  // (and once more for the sets of every language, shared by all vocabularies). `#` in a phrase
  // stands for a number in digits or in the words of the reading's languages.
  const numberWords = table(reading, (l) => l.numbers);
  const m = new Matcher(numberWords);
  const set = (list: Phrase[]) => new PhraseSet(m, list);
  const v: Vocabulary = {
    langs,
    ...sharedSets(),
    employment: keyed(m, reading, EMPLOYMENT_ORDER, (l) => l.employment),
    workplace: keyed(m, reading, WORKPLACE_ORDER, (l) => Object.fromEntries(WORKPLACE_ORDER.map((k) => [k, [...(l.workplace[k] ?? []), ...(l.workplaceWords[k] ?? [])]]))),
    workplaceStatements: keyed(m, reading, WORKPLACE_ORDER, (l) => l.workplace),
    education: keyed(m, reading, EDUCATION_ORDER, (l) => l.education),
    preferred: set(phrases(reading, (l) => l.preferred)),
    preferredWeak: set(phrases(reading, (l) => [...l.preferred, ...l.preferredWeak])),
    required: set(phrases(reading, (l) => l.required)),
    payWords: set(phrases(reading, (l) => l.pay.words)),
    upTo: set(phrases(reading, (l) => l.pay.upTo)),
    from: set(phrases(reading, (l) => l.pay.from)),
    between: set(phrases(reading, (l) => l.pay.between)),
    proRata: set(phrases(reading, (l) => l.pay.proRata)),
    once: set(phrases(reading, (l) => l.pay.once)),
    years: set(phrases(reading, (l) => l.experience.years)),
    months: set(phrases(reading, (l) => l.experience.months)),
    atLeast: set(phrases(reading, (l) => l.experience.atLeast)),
    experienceWords: set(phrases(reading, (l) => l.experience.words)),
    hiring: set(phrases(reading, (l) => l.hiring)),
    notTitle: set(phrases(reading, (l) => l.notTitle)),
    titleNoise: set(phrases(reading, (l) => l.titleNoise)),
    programmes: set(phrases(reading, (l) => l.programmes)),
    departments: set(phrases(reading, (l) => l.departments)),
    asA: set(phrases(reading, (l) => l.asA)),
    titleStops: set(phrases(reading, (l) => l.titleStops)),
    isA: set(phrases(reading, (l) => l.isA)),
    deadlines: set(phrases(reading, (l) => l.deadlines)),
    positions: set(phrases(reading, (l) => l.positions)),
    conjunctions: set(phrases(reading, (l) => l.conjunctions)),
    offices: set(phrases(reading, (l) => l.offices)),
    weAre: set(phrases(reading, (l) => l.weAre)),
    equalOpportunity: set(phrases(reading, (l) => l.equalOpportunity)),
    genres: keyed(m, reading, GENRE_ORDER, (l) => l.genres),
    // The voice of the document's own language only: English "I" is Swedish "in", Polish "and", Italian "the".
    firstPerson: set(phrases(reading.slice(0, 1), (l) => l.firstPerson)),
    tenure: set(phrases(reading, (l) => l.tenure)),
    numberWords,
    monthNames: table(reading, (l) => l.months),
    noSpaces: reading.some((l) => l.noSpaces),
  };
  cache.set(key, v);
  return v;
}

/** True when a language has a lexicon of its own. */
export function hasLexicon(lang: string | null): boolean {
  return !!lang && BY_LANG.has(lang);
}

/** The reading order for a document in `lang` (null when unknown): its language, its close kin, then English. */
export function readingOrder(lang: string | null): string[] {
  if (!lang || !BY_LANG.has(lang)) return lang ? ['en'] : LEXICONS.map((l) => l.lang);
  return lang === 'en' ? ['en'] : [lang, ...(KIN[lang] ?? []), 'en'];
}

/**
 * Languages so close that a detector tells them apart poorly on a posting's first lines
 * (Norwegian is often taken for Danish, Swedish for Norwegian): each is read with the others'
 * tables after its own.
 */
const KIN: Readonly<Record<string, readonly string[]>> = { sv: ['nb', 'da'], nb: ['da', 'sv'], da: ['nb', 'sv'] };
