/**
 * The shape every language's lexicon has. A lexicon is data only: phrases as postings write them,
 * grouped by what they tell. No code spells a word of any language; adding a language is adding
 * one file of this shape (and its tests).
 *
 * Phrases are matched case- and accent-insensitively (see `fold` in match.ts), as whole words in
 * languages written with spaces and anywhere in those written without (zh, ja, th, ko). A
 * phrase ending in `*` matches any word that starts with it (`responsab*`), and `#` stands for any
 * number, in digits or as a word of the language's `numbers` ("# days in the office": "2 days", "two days").
 */
import type { EducationLevel, SalaryPeriod, SectionKind } from '../schema/record.js';

export type EmploymentKind = 'full-time' | 'part-time' | 'contract' | 'temporary' | 'internship';
export type WorkplaceKind = 'remote' | 'hybrid' | 'onsite';

/** The fields a `Label: value` line (or a label heading) can name. */
export type LabelField =
  | 'title'
  | 'company'
  | 'location'
  | 'salary'
  | 'employment'
  | 'workplace'
  | 'posted'
  | 'deadline'
  | 'department'
  | 'reportsTo'
  | 'experience'
  | 'education'
  | 'url'
  | 'hours'
  | 'start'
  | 'contact'
  | 'country'
  | 'reference'
  | 'industry';

/** Section kinds that hold lists the record keeps. */
export type ListKind = 'responsibilities' | 'qualifications' | 'preferred' | 'skills' | 'benefits' | 'application';

/** Kinds of document that are not postings, each with the words that give it away. */
export type OtherGenre = 'template' | 'sample' | 'guide' | 'article' | 'resume' | 'coverLetter' | 'seeker' | 'index' | 'errorPage' | 'noOpenings' | 'course' | 'report' | 'closing';

export interface Lexicon {
  /** BCP 47 primary language subtag: `en`, `de`, `zh`. */
  lang: string;
  /** The ISO 639-3 code the language detector (franc) reports for it. */
  franc: string;
  /** Written without spaces between words: phrases match anywhere, not only at word bounds. */
  noSpaces?: boolean;
  /** Section headings, by the kind of section they open. */
  headings: Partial<Record<SectionKind, string[]>>;
  /** Words in a sentence ending with a colon that say what the list after it holds. */
  leadIns: Partial<Record<ListKind, string[]>>;
  /** Labels of `Label: value` lines, by the field they name. */
  labels: Partial<Record<LabelField, string[]>>;
  /** Words for each employment type. */
  employment: Partial<Record<EmploymentKind, string[]>>;
  /** Phrases that state the workplace, even inside a sentence ("fully remote", "3 days in the office"). */
  workplace: Partial<Record<WorkplaceKind, string[]>>;
  /** Words that name a workplace in a field or a header, but say little inside a sentence ("remote", "in person"). */
  workplaceWords: Partial<Record<WorkplaceKind, string[]>>;
  /** Words for degrees, by level. */
  education: Partial<Record<EducationLevel, string[]>>;
  /** Words that mark an item (or a degree) as only preferred: "a plus", "von Vorteil", "歓迎". */
  preferred: string[];
  /** Words that mark an item as required, as forms close items with them: "(Required)", "(Pflicht)", "【必須】". */
  required: string[];
  /** Milder words that make a degree beside them preferred, but not a whole item: "preferred", "ideally". */
  preferredWeak: string[];
  /** Pay: words that say a line is about pay, and period words. */
  pay: {
    words: string[];
    /** Period words after (or before) an amount: "per hour", "/Monat", "月給". */
    periods: Partial<Record<SalaryPeriod, string[]>>;
    /** Before a lone amount: an upper bound ("up to"). */
    upTo: string[];
    /** Before a lone amount: a lower bound ("from", "starting at"). */
    from: string[];
    /** Before a range written with a conjunction: "between X and Y", "entre X y Y", "zwischen X und Y". */
    between: string[];
    /**
     * Words that say a figure is a full-time figure paid in proportion to the hours ("pro rata",
     * "FTE", "anteilig"): the pay is noted `proRata`.
     */
    proRata: string[];
    /** Words that make a figure one payment for the whole work ("flat fee", "Pauschale", "forfait"): it has no period. */
    once: string[];
  };
  /** Experience: units and the words that make a figure a requirement of experience. */
  experience: { years: string[]; months: string[]; atLeast: string[]; words: string[] };
  /** Nouns that name a role; a title contains (usually ends with) one. */
  roles: string[];
  /**
   * Endings that make a word a role noun, for the trades no list holds: "-ologist" (hydrologist),
   * "-ógrafo", "-loge". Matched at the end of a word of at least three more letters.
   */
  roleEndings: string[];
  /** Nouns that name an institution, the employer of public and academic postings: "university", "hospital", "Ministerium". */
  institutions: string[];
  /** Nouns of a part of an institution, opening its name: "School of …", "Department of …", "Fakultät für …". */
  units: string[];
  /** "No" as a form's answer ("Remote job" / "No", "Télétravail : Non"): the field does not apply. */
  no: string[];
  /** Phrases that announce the role a posting hires for: "we are looking for", "wir suchen". */
  hiring: string[];
  /** Words before a role in a sentence that are not part of the title: articles, praise. */
  notTitle: string[];
  /** Words around a title that are not part of it: "wanted", "gesucht", "(m/w/d)". */
  titleNoise: string[];
  /** Programmes a title may name instead of a role: "Content Writing Internship", "Praktikum Marketing", "Stage développement". */
  programmes: string[];
  /** A company's departments, printed beside a title as its team ("Sales · Boise, Idaho"): no employer's name. */
  departments: string[];
  /** Words after a role in a sentence where the title stops: "to", "who", "with", "pour", "mit". */
  titleStops: string[];
  /** "As a …, you will": the words before a role the reader would fill ("as a", "como", "en tant que", "als"). */
  asA: string[];
  /** Words before "in <Place>" that say the job is there: "office", "based", "Büro", "situé" (`*` ends a stem). */
  offices: string[];
  /** Prepositions before a place name: "in", "at", "à", "em", "в". */
  placePrepositions: string[];
  /** Prepositions that name a place only after an office word: "travailler sur Toulouse", "nuestra planta de Sevilla". */
  officePrepositions: string[];
  /** Case endings written after a place name and an apostrophe, where other languages put a preposition: Turkish "İzmir'deki", "Ankara'da". */
  placeSuffixes: string[];
  /**
   * Prepositions written onto the front of a place name, where other languages write a word:
   * Hebrew "ב" ("בתל אביב"), Arabic "ب" ("بالرياض"). A name of the table's `places` is found after one.
   */
  placePrefixes: string[];
  /**
   * How a place name's ending changes after a preposition, as `written>base` ("е>" for
   * "в Екатеринбурге" → Екатеринбург, "е>а" for "в Москве" → Москва): tried in order when the
   * name as written is no town.
   */
  placeCases: string[];
  /** "and" and "or": words that join alternatives or a pair of adjectives. */
  conjunctions: string[];
  /** Nouns for the job itself, not its trade: "role", "position", "contract", "Stelle", "poste", "vaga", "岗位". */
  positions: string[];
  /** Phrases before the last day to apply: "apply by", "Bewerbungsfrist", "date limite", "截止". */
  deadlines: string[];
  /** "About …" in a heading: `About Acme` opens a section about the company. */
  about: string[];
  /** "X is a …" in this language: the verbs after which a name defines itself. */
  isA: string[];
  /** After an employer's name, its pledge of equal opportunity ("is an equal opportunity employer"): it names the employer wherever it stands. */
  equalOpportunity: string[];
  /** Words that open a sentence naming the company: "we are", "somos", "wir sind". */
  weAre: string[];
  /** Page chrome around a copied posting: buttons and navigation words. */
  chrome: string[];
  /** A line that ends the posting on a page and starts the page's list of other jobs ("Similar jobs"). */
  pageEnd: string[];
  /** The words that open a mail's footer ("You received this email because …"): the posting ends there. */
  mailEnd: string[];
  /** The first person singular, the voice of a CV, a cover letter or a blog post: "I", "my", "ich", "я". */
  firstPerson: string[];
  /**
   * Common words this language writes and its nearest kin with a table does not (Norwegian "av",
   * "deg", "søker" against Danish "af", "dig", "søger"): they decide between two languages whose
   * trigrams are too near to tell on a short posting.
   */
  ownWords: string[];
  /**
   * Words of an open-ended contract ("permanent", "CDI", "unbefristet"), also listed as
   * full-time: they say full-time only when nothing states the hours.
   */
  tenure: string[];
  /** Words of other kinds of document, by kind. */
  genres: Partial<Record<OtherGenre, string[]>>;
  /** Numbers written as words. */
  numbers: Record<string, number>;
  /** Month names (and abbreviations) → 1–12. */
  months: Record<string, number>;
  /** Place names as this language writes them → the name the gazetteer knows (`"Питер": "Saint Petersburg"`). */
  places: Record<string, string>;
}

/** What a language file writes: every group is optional, and missing groups are empty. */
export type LexiconSource = Pick<Lexicon, 'lang' | 'franc'> & Partial<Omit<Lexicon, 'lang' | 'franc' | 'pay' | 'experience'>> & {
  pay?: Partial<Lexicon['pay']>;
  experience?: Partial<Lexicon['experience']>;
  /**
   * Words with a weak form used as often as the full one (Dutch "wij"/"we", "jij"/"je"): a
   * heading or lead-in written with the full form is read with the weak one too.
   */
  weakForms?: Record<string, string>;
};

/** Each phrase, and the phrase with each word that has a weak form written in it. */
function withWeakForms<K extends string>(groups: Partial<Record<K, string[]>>, weak: Record<string, string>): Partial<Record<K, string[]>> {
  const out: Partial<Record<K, string[]>> = {};
  for (const [key, list] of Object.entries(groups) as Array<[K, string[]]>) {
    const weakened = list.map((p) => p.split(' ').map((w) => weak[w] ?? w).join(' '));
    out[key] = [...new Set([...list, ...weakened])];
  }
  return out;
}

/** A full lexicon from a language file, with the groups it leaves out empty. */
export function defineLexicon(input: LexiconSource): Lexicon {
  const { weakForms, ...source } = input;
  if (weakForms) {
    source.headings = withWeakForms(source.headings ?? {}, weakForms);
    source.leadIns = withWeakForms(source.leadIns ?? {}, weakForms);
  }
  return {
    headings: {},
    leadIns: {},
    labels: {},
    employment: {},
    workplace: {},
    workplaceWords: {},
    education: {},
    preferred: [],
    preferredWeak: [],
    required: [],
    roles: [],
    roleEndings: [],
    no: [],
    institutions: [],
    units: [],
    hiring: [],
    notTitle: [],
    titleNoise: [],
    programmes: [],
    departments: [],
    asA: [],
    titleStops: [],
    about: [],
    isA: [],
    equalOpportunity: [],
    deadlines: [],
    positions: [],
    conjunctions: [],
    offices: [],
    placePrepositions: [],
    officePrepositions: [],
    placeSuffixes: [],
    placePrefixes: [],
    placeCases: [],
    weAre: [],
    chrome: [],
    pageEnd: [],
    mailEnd: [],
    firstPerson: [],
    ownWords: [],
    tenure: [],
    genres: {},
    numbers: {},
    months: {},
    places: {},
    ...source,
    pay: { words: [], periods: {}, upTo: [], from: [], between: [], proRata: [], once: [], ...source.pay },
    experience: { years: [], months: [], atLeast: [], words: [], ...source.experience },
  };
}
