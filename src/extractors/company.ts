/**
 * Company candidates: the hiring organisation, from the embedded JobPosting, front matter
 * (`company`, `hiringOrganization.name`), a company label, a header line's first part, a job
 * board's header, a title written "Role at Company", an "About Acme" / "Why join Acme?"
 * heading, and sentences in which a name presents itself ("Acme is hiring", "Meadow Library seeks
 * a …", "Join Acme as …", "We're Acme, a …", "Somos Acme,", "Acme is a studio …", "At Acme, we …"),
 * a name with a legal form ("Klara Inc.", "杭州青禾信息技术有限公司"), a possessive, "Name (ACRONYM)",
 * a first line that is only a name, a name the text keeps repeating, a page's site name, or the
 * domain of its e-mail address. How often the text repeats a name is a feature of every candidate.
 */
import { fold, type Vocabulary } from '../lexicons/index.js';
import { parseField } from '../parsers/document.js';
import { headingMatch, isChrome, wholePhrase } from '../patterns/headings.js';
import { escapeRegExp, matchesOf } from '../patterns/matches.js';
import { employerAfter, LEGAL, LEGAL_TAIL, NAME, NAME_JOINS, NAME_WORD } from '../patterns/names.js';
import { cityOf, countryOf, regionOf } from '../patterns/places.js';
import { endsWithRoleWord, hasRoleWord } from '../patterns/roles.js';
import { decide, type Candidate } from './candidates.js';
import { asText, fmValue, labelField, labelled, leadSentence, shownText, structured, type Context, type Found } from './context.js';
import { JOB_BOARD, jobBoardHeader } from './job-board.js';
import { commaHeadline, LINE_PARTS, parsePlace } from './location.js';
import { proseLines, type ProseLine } from './prose.js';
import { payLine } from './salary.js';
import { cleanTitle } from './title.js';
import { WEIGHTS } from './weights.js';

export const COMPANY_KEYS = ['company', 'companyname', 'organization', 'organisation', 'org', 'employer', 'employername', 'hiringorganization', 'startup', 'client', 'unternehmen', 'entreprise', 'empresa', 'firma'];

/** An aside closing a text, in parentheses or between commas: "Nimbus (Pittsburgh, PA) ", "Durand, expert-comptable à Nantes, ". */
const ASIDE_AT_END = /\s*(?:[(（][^()（）]{1,60}[)）]|,\s[^,.;:!?()]{3,80},)\s*$/u;
/** An article before a name that opens a sentence: "The", "Die", "La", "A Ipê Pagamentos está contratando". */
const LEADING_ARTICLE = String.raw`(?:[Tt]he|[Dd]ie|[Dd]er|[Dd]as|[Ll]es|[Ll]e|[Ll]a|[Ee]l|[Ll]os|[Ll]as|[Oo]s?|[Aa]s?|[Ii]l|[Ll]o|[Hh]et)\s+`;
const NAME_AT_END = new RegExp(String.raw`(?:^${LEADING_ARTICLE}|^|[\s"“(])(${NAME})\s*[,:]?\s*$`, 'u');
const NAME_AT_START = new RegExp(String.raw`^(?:${LEADING_ARTICLE})?["“]?(${NAME})["”]?`, 'u');
/** A word for a team after a name: "Data Platform team", "Growth squad", "équipe", "Abteilung". */
const TEAM_AFTER = /^\s+(?:team|teams|squad|group|department|division|unit|équipe|equipo|equipe|abteilung|afdeling)\b/iu;
/** How much of the text's start is searched for the institution a unit is written with. */
const UNIT_REACH = 5000;
/** An institution's name right before a unit's, parted by a dash, bar or comma: "University of Eastmoor - ". */
const INSTITUTION_BEFORE = new RegExp(String.raw`(?:^|[\n(])\s*(?:the\s+)?(${NAME})\s*(?:[-–—|,]\s*)$`, 'u');
/** The name after a comma that follows a unit's name: ", Northfield University (Leeds, UK)". */
const INSTITUTION_AFTER = new RegExp(String.raw`^,\s+(?:the\s+)?(${NAME})`, 'u');
/** "at Acme", "At Acme,", "chez Acme", "bei Acme", "na Acme", "au SNC". */
const AT_NAME = new RegExp(String.raw`(?:^|[\s(])(?:[Aa]t|[Cc]hez|[Bb]ei|[Nn]a|[Aa]u|[Ee]n)\s+(?:the\s+|der\s+|la\s+|l['’])?(${NAME})`, 'gu');
/** "Acme — a studio for …": a first line that names and defines the company. */
const NAME_DASH = new RegExp(String.raw`^(${NAME})\s+[—–-]\s+\p{Ll}`, 'u');
/** "Acme's mission", "Acme’s engineering team": a possessive before a word about an organisation. */
const POSSESSIVE = new RegExp(String.raw`(?:^|[\s(])(${NAME})['’]s\s+(?:\p{Ll}+\s+){0,2}(?:mission|team|teams|product|products|platform|culture|customers|clients|goal|vision|office|offices|values|engineering|people|founders|success|growth|business|technology|core)\b`, 'u');
/** ", a grocery co-op …", ", une PME …", ", ein Familienunternehmen …": a name's apposition, which says what it is. */
const APPOSITION = /^,\s+(?:a|an|the|un|une|una|uno|um|uma|ein|eine|een|il|la|le|el)\s/iu;
/** "Le Bureau des archives régionales (BAR)": words, then their initials in parentheses. */
const ACRONYM = /((?:[\p{L}'’-]+\s+){1,7}?)\(([\p{Lu}]{2,6})\)/gu;
/** "NRB Group (Northern Rail Bank)": a name, then its full form. */
const EXPANSION = new RegExp(String.raw`(${NAME})\s+\((\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){1,6})\)`, 'gu');
/** A name with a legal form anywhere: "Klara Inc. provides", "Lindholm Prüftechnik GmbH unterstützt". */
const WITH_LEGAL = new RegExp(String.raw`(?:^|[\s(,"“])(${NAME_WORD}(?:\s+(?:${NAME_JOINS}\s+)?${NAME_WORD}){0,4},?\s+${LEGAL}\.?)(?=[\s,.;:)”"]|$)`, 'gu');
/** Legal forms of companies written without spaces: "…有限公司", "株式会社…", "…株式会社", "(주)…". */
const CJK_LEGAL = /([\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9]{2,20}(?:有限公司|股份有限公司|有限责任公司|集团|研究院|研究所|大学))|((?:株式|有限|合同)会社[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・A-Za-z0-9]{1,20}|[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9]{1,20}(?:株式|有限|合同)会社)|((?:\(주\)|주식회사\s?)[\p{Script=Hangul}A-Za-z0-9]{1,20}|[\p{Script=Hangul}A-Za-z0-9]{1,20}\s?주식회사)/gu;
/** "Join Acme Robotics as a …". */
const JOIN_AS = new RegExp(String.raw`\b[Jj]oin\s+(${NAME})\s+as\s+(?:an?|our)\b`, 'gu');
/** A legal form at the end of a name. */
/** A legal form ending a name, with what parts it from the name: ", Inc.", " AB". */
const LEGAL_END = new RegExp(String.raw`${LEGAL}\.?$|有限公司|(?:株式|有限|合同)会社|\(주\)|주식회사|จำกัด|^(?:PT|CV)\.?\s|^Công ty`, 'u');
/** A title written "Payroll Manager at Veltrix", "Engineer @ Acme". */
const TITLE_AT = employerAfter(String.raw`[Aa]t|@|[Cc]hez|[Bb]ei|[Bb]ij|en`);
const EMAIL = /\b[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})\b/gi;
/** Cheap tests that spare most lines the costly patterns: a word before a name, a legal form, a CJK legal form. */
const AT_MARK = /(?:^|[\s(])(?:[Aa]t|[Cc]hez|[Bb]ei|[Nn]a|[Aa]u|[Ee]n)\s+(?:the\s+|der\s+|la\s+|l['’])?[\p{Lu}\d]/u;
const LEGAL_MARK = new RegExp(String.raw`\s${LEGAL}(?![\p{L}\p{N}])`, 'u');
const CJK_LEGAL_MARK = /有限公司|株式会社|有限会社|合同会社|\(주\)|주식회사|集团|研究院|研究所|大学/u;
/** Legal forms written before the name: "PT Sinar Logistik", "CV Maju Jaya", "Công ty TNHH Sao Việt", "บริษัท สยามฟู้ดส์ จำกัด". */
const LEGAL_BEFORE = /(?:^|[\s(,:])((?:PT|CV)\.?\s+\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,5}(?:\s+Tbk\.?)?|Công ty\s+(?:TNHH|Cổ phần|CP)(?:\s+MTV)?\s+[^,;:()\n]{2,60}|บริษัท\s*[^\s,]{1,40}\s*จำกัด(?:\s*\(มหาชน\))?)/gu;
const LEGAL_BEFORE_MARK = /\b(?:PT|CV)\.?\s+\p{Lu}|Công ty|บริษัท/u;
/**
 * A legal form before a name, as Russian, Ukrainian and Kazakh write it: quoted ("ООО «Северная
 * Звезда»", "ТОВ "Світанок"") or as capitalised words ("ООО ЛогистикПро") → the name.
 */
const FORM_QUOTED = /(?<![\p{L}])(?:ООО|ОАО|ЗАО|ПАО|НАО|АО|ТОВ|ПрАТ|ПАТ|ТОО|ИП|ФОП|ГК)(?:\s*[«"“„]([^»"”“\n]{2,60})[»"”“]|\s+(\p{Lu}[\p{L}\p{N}&-]*(?:\s\p{Lu}[\p{L}\p{N}&-]*){0,3}))/gu;
const FORM_QUOTED_MARK = /(?:ООО|АО|ТОВ|ПАТ|ТОО|ИП|ФОП|ГК)\s*[«"“„\p{Lu}]/u;
/** Russian and Ukrainian nouns for a firm, before its name (see FIRM_NOUN and FIRM_QUOTED). */
const CYRILLIC_FIRM_NOUNS = '[Кк]омпания|[Кк]омпанія|[Фф]ирма|[Фф]ірма';
/** A firm's quoted name after a noun for a firm, as Russian and Ukrainian write a name without its legal form: "Компания «ТехноСнаб»", "компанія «Світанок»". */
const FIRM_QUOTED = new RegExp(String.raw`(?<![\p{L}])(?:${CYRILLIC_FIRM_NOUNS}|[Гг]руппа компаний|[Хх]олдинг)\s*[«"“„]([^»"”“\n]{2,60})[»"”“]`, 'gu');
/** The same in the Baltic languages and Romanian, always quoted: "UAB „Baltų kelias“", "SIA "Zaļā Osa"", "S.C. „Alfa Prod“". */
const LATIN_FORM_QUOTED = /(?<![\p{L}])(?:UAB|AB|VšĮ|SIA|AS|S\.C\.)\s*[«"“„]([^»"”“\n]{2,60})[»"”“]/gu;
const LATIN_FORM_MARK = /(?:UAB|AB|VšĮ|SIA|AS|S\.C\.)\s*[«"“„]/u;
/**
 * A line that is only a name and its legal form, its words written as the language writes them
 * ("Dunajská logistika s.r.o.", "Grupo del norte S.L."): the form vouches for the lower-case words.
 */
const NAME_LINE = new RegExp(String.raw`^(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+[\p{L}\p{N}&'’.-]+){0,4},?\s+${LEGAL}\.?)$`, 'u');
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)\.(?:com|io|ai|co|net|org|dev|app|tech|de|fr|uk|ca|eu|systems)(?:\/.*)?$/i;

/** Capitalised words that are not organisations. */
const NOT_COMPANY = /^(the|a|an|our|this|that|these|we|you|it|he|she|they|wir|uns|nous|nosotros|nosotras|noi|nós|wij|мы|ми|kami|kita|biz|least|home|work|scale|all|any|some|first|last|times?|night|day|once|minimum|maximum|startups?|remote|hybrid|by|für|bei|mit|zur|zum|als|auf|seit|nach|vom|pour|avec|dans|para|con|desde|por|per|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|english|french|german|spanish|python|java|javascript|typescript|react|aws|azure|gcp|sql|docker|kubernetes|linux|ios|android|github|gitlab|postgresql|mysql|mongodb|macbook|iphone|youtube|wordpress|graphql|nodejs|devops|saas|paas|openai|chatgpt|google|linkedin|facebook|twitter|slack|jira|confluence|figma|notion|team|teams|company|job|jobs|role|position|experience|requirements|responsibilities|qualifications|benefits|about|us|en|de|la|le|el|we're|i|in|on|for|and|or|with|programme|program|description|summary|overview|location|salary|apply|contact|equal|us|usa|eu|emea|apac|ceo|cto|hr|it|ai|ml|b2b|api|ui|ux|qa|mba|phd|bachelor|master|degree|sr|jr|senior|junior|lead|staff|principal|intern|internship|full|part|time|fully|mission|vision|values|what|who|why|how|where|when|which|i['’]m|i['’]ve|i['’]d|im|hi|hello|hey|dear|big|news|update|was|wer|wie|warum|qui|que|quoi|qué|quién|cosa|wat)$/i;
/** Words a careers site adds to the employer's name. */
const SITE_SUFFIX = /\s*[-–|:]?\s*(?:\b(?:careers?|jobs?|karriere|carri[eè]res?|empleos?|vagas|stellenangebote|recruiting|hiring|work with us|join us|join our team|trabalhe conosco|rejoignez[- ]nous|[uú]nete a nosotros|arbeiten bei uns|lavora con noi|werken bij ons)|の?(?:新卒|中途|キャリア)?採用(?:情報|サイト)?|の?求人情報|招聘|招贤纳士|채용(?:정보)?)\s*$/i;
/** Words a careers site puts before the employer's name: "Werken bij Acme", "Careers at Acme", "Karriere bei Acme". */
const SITE_PREFIX = /^(?:werken bij|careers? at|jobs at|work at|working at|join|karriere bei|arbeiten bei|jobs bei|carri[eè]res? chez|travailler chez|rejoindre|trabaja en|trabaje en|empleo en|trabalhe (?:na|no|em)|vagas(?: (?:na|no|em|da|do))?|empleos(?: en)?|lavora con|lavorare (?:in|con|da))\s+/i;

/** A site's name without what a careers site adds before or after the employer's. */
function siteName(name: string): string {
  return name.replace(SITE_SUFFIX, '').replace(SITE_PREFIX, '').trim();
}

/** Mail hosts and applicant-tracking systems: their domain does not name the employer. */
const FREE_MAIL = /^(gmail|googlemail|yahoo|hotmail|outlook|live|icloud|me|mail|proton|protonmail|gmx|web|aol|yandex|qq|163|126|greenhouse|lever|workable|breezy|smartrecruiters|recruitee|ashbyhq|bamboohr|jobvite|icims|myworkday|workday|teamtailor|personio|example|careers|jobs|linkedin|indeed|glassdoor|github|google|forms)$/i;
const SECOND_LEVEL = /^(co|com|gov|gouv|org|ac|net|edu|or|ne)$/i;
/** Stop words between the words of an acronym's expansion. */
const ACRONYM_SKIP = /^(le|la|les|l['’]|the|of|de|du|des|d['’]|der|die|das|für|and|et|y|e|para)$/i;
const ARTICLE = /^(die|der|das|les|le|la|el|los|las|o|os|il|lo|het|de|at|na|no|em|bei|chez|au|à)\s+(?=\p{Lu}|\d)/iu;
/** "the" before a name goes; "The" stays when a name of several words follows, as an organisation writes it ("The Old Mill Hotel"). */
const THE = /^(?:the\s+|The\s+(?=\S+$)|THE\s+(?=\S+$))(?=\p{Lu}|\d)/u;

/**
 * A noun for "the firm" before a firm's name, as a sentence opens with it ("Firma Verdemar Construct
 * SRL angajează", "Die Firma Huber GmbH sucht", "Společnost Kovo s.r.o. hledá"). Not when the noun
 * opens the name itself, whose other words are then not all capitalised ("Empresa Municipal de Aguas").
 */
const FIRM_NOUN = new RegExp(String.raw`^(?:firma|firmă|empresa|compañía|companhia|société|společnost|spoločnosť|azienda|società|bedrijf|unternehmen|cég|yritys|şirket|şirketi|${CYRILLIC_FIRM_NOUNS})\s+(?=[\p{Lu}«"“„])`, 'iu');

/** A copyright notice before a name: "© 2026", "(c) 2019–2026", "Copyright 2025". */
const COPYRIGHT = /^\s*(?:©|\(c\)|copyright)?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)\s+(?=\p{Lu})|^\s*(?:©|\(c\)|copyright)\s+/iu;

/**
 * A board's rating of the employer printed after its name: "4.2 ★", "3,9 ★★★★", "★ 4.5", "3.6 out of
 * 5 stars", "4,1 von 5 Sternen", "4.0/5" — glued to it when the page set the two in elements side by side.
 */
const RATING = /\s*(?:(?:\d(?:[.,]\d)?\s*)?[★☆]+(?:\s*\d(?:[.,]\d)?)?|\d(?:[.,]\d)?\s*(?:\/\s*5|(?:out of|of|von|sur|su|de|van|из|z)\s+5)(?:\s+\p{L}+)?)\s*$/u;

/** Tidies a name: quotes, a possessive, an article and trailing punctuation go; the legal form stays. */
export function cleanCompany(name: string): string {
  const n = name
    .replace(COPYRIGHT, '')
    .replace(RATING, '')
    .replace(/\*+/g, '')
    .replace(/['’]s$/u, '')
    .replace(ARTICLE, '')
    .replace(FIRM_NOUN, (noun: string, _at: number, whole: string) => (/\s\p{Ll}/u.test(` ${whole.slice(noun.length).replace(LEGAL_TAIL, '')}`) ? noun : ''))
    // A name quoted whole once its noun is gone: "«ТехноСнаб»".
    .replace(/^«([^«»]+)»$/u, '$1')
    .replace(THE, '')
    // A bracket that opens a name goes, unless it closes right after as a legal form's mark does ("(주)한빛테크", "(株)").
    .replace(/^(?:[\s"“']|\((?![^()]{1,4}\)))+/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    // A careers site's name is its owner's ("Birchwood Studio Careers"), when a name of two words or more is left.
    .replace(SITE_SUFFIX, (suffix: string, at: number, whole: string) => (whole.slice(0, at).trim().split(/\s+/).length >= 2 ? '' : suffix));
  // A legal form written with dots keeps its last one ("Naranja S.L.", "Acme B.V.").
  if (/(?:^|\s)(?:\p{L}\.){1,3}\p{L}\.$/u.test(n)) return n;
  return n.replace(/[\s,.;:!"”')]+$/u, (tail, at: number) => {
    // Keep a closing parenthesis the name opened: "Stiftung (e.V.)"; and a closing quote: 'Boutique "Appollo"'.
    const opened = (n.slice(0, at).match(/\(/g)?.length ?? 0) - (n.slice(0, at).match(/\)/g)?.length ?? 0);
    if (opened > 0 && tail.includes(')')) return tail.slice(0, tail.indexOf(')') + 1).trim();
    const quoted = (n.slice(0, at).match(/"/g)?.length ?? 0) % 2 === 1 || (n.slice(0, at).includes('“') && !n.slice(0, at).includes('”'));
    const close = /["”]/.exec(tail);
    return quoted && close ? tail.slice(0, close.index + 1).trim() : '';
  });
}

/** A text read as a place whose town the gazetteer knows in its country ("Reading RG2", "Ballarat VIC"; not "Nordvik Data AB"). */
function knownTown(text: string): ReturnType<typeof parsePlace> {
  const place = parsePlace(text);
  return place?.city && cityOf(place.city, place.country ? [place.country] : [])?.country === place.country ? place : null;
}

/** The smallest town whose name alone is read as the place, not as an employer of that name. */
const NAMED_TOWN = 50_000;

/** True when a name ends with an institution's word ("Derwent County Council", "Northfield General Hospital"), not a role. */
function endsWithInstitution(name: string, vocab: Vocabulary): boolean {
  const f = fold(name);
  const last = vocab.institutions.findAll(f).at(-1);
  return !!last && last.index + last.text.length >= f.length - 1 && name.split(/\s+/).length >= 2 && !hasRoleWord(name, vocab);
}

/** A time of day written alone: "5am", "9:30", "6.30 p.m.", "7 Uhr", "18h". */
const TIME_OF_DAY = /^\d{1,2}(?:[:.h]\d{2})?\s?(?:[ap]\.?m\.?|h|uhr|hrs?)?$/iu;

/** True when a name could be an organisation: not a common word, a place, a role or a sentence. */
function plausible(name: string, vocab: Vocabulary): boolean {
  const n = cleanCompany(name);
  if (!n || n.length > 80 || n.split(/\s+/).length > 8) return false;
  // "The Old Mill Hotel": the article an organisation writes is not a sentence's.
  const named = n.replace(/^(?:The|THE)\s+(?=\S+\s+\S)/u, '');
  const first = named.split(/\s+/)[0] ?? '';
  if (NOT_COMPANY.test(named) || NOT_COMPANY.test(first) || JOB_BOARD.test(n)) return false;
  if (!/\p{L}/u.test(n)) return false;
  // A measure written as one word ("a 35-person studio", "a 20-strong team", "150-year-old") describes, it does not name.
  if (/^\d[\d.,]*[-‑]\p{Ll}+(?:[-‑]\p{Ll}+)*$/u.test(n)) return false;
  // A time of day ("start at 5am", "at 9:30", "um 7 Uhr") says when, not who.
  if (TIME_OF_DAY.test(n)) return false;
  // A label and its value ("Facility: Larchmont Hospital", "Kampuni: Mbao Bora Ltd"): a line of a form, not a name.
  if (/^[^:：]{2,30}[:：]\s/u.test(n)) return false;
  // A type of contract or a workplace alone ("CDI", "Vollzeit", "Remote") is a term, not a name.
  const terms = vocab.employment.leftmost(fold(n)) ?? vocab.workplace.leftmost(fold(n));
  if (terms && terms.index === 0 && terms.text.length >= fold(n).length - 1) return false;
  // A street address ("12 Market St", "4 rue Colbert") is where, not who; so is a street named
  // without its number ("our practice on Shop Street").
  if (STREET_PART.test(n) || STREET_NAME.test(n)) return false;
  // A town's name alone is a place ("Denver"), unless the town is too small to be what a posting names ("Fernway").
  if (countryOf(n, false) || regionOf(n) || (!/\s/.test(n) && (cityOf(n)?.population ?? 0) >= NAMED_TOWN)) return false;
  // Nor is a town with its postcode or region ("Reading RG2", "Austin TX"), unless it names a public body ("City of Austin").
  if (/\s/.test(n) && knownTown(n) && !vocab.institutions.find(fold(n)) && !vocab.units.find(fold(n))) return false;
  if (hasRoleWord(n, vocab) && !/\b(?:group|inc|gmbh|ltd|llc|ag)\b/i.test(n) && !tradeName(n, vocab) && !partners(n, vocab)) return false;
  if ((headingMatch(n, vocab)?.coverage ?? 0) >= 0.6 && !namedTrade(n, vocab)) return false;
  // A shift ("Second Shift", "Night Shift"): a name ending in a word that labels the hours is a schedule.
  const last = fold(n.split(/\s+/).pop() ?? '');
  const hours = vocab.labels.leftmost(last);
  if (/\s/.test(n) && hours?.key === 'hours' && hours.index === 0 && hours.text.length === last.length) return false;
  // A department alone ("Sales", "Customer Success", "Ressources humaines") is a team, not the employer;
  // a word announcing a posting ("Hiring", "Vacancy", "Stellenangebot") is no one's name.
  if (wholePhrase(fold(n), vocab.departments) || wholePhrase(fold(n), vocab.titleNoise) || wholePhrase(fold(n), vocab.hiring)) return false;
  return true;
}

/** The letters of a text that section names cover. */
function headingLetters(text: string, vocab: Vocabulary): number {
  return (headingMatch(text, vocab)?.coverage ?? 0) * fold(text).replace(/[^\p{L}\p{N}]/gu, '').length;
}

/**
 * A proper name before a word that also names a section: "Harrow Logistics", "Brightline Design".
 * The section's name covers none of the first word, which no phrase of a heading holds ("Key
 * Responsibilities" and "Additional Information" are headings whole).
 */
function namedTrade(name: string, vocab: Vocabulary): boolean {
  const [first, ...rest] = name.split(/\s+/);
  if (!first || !rest.length || !/^\p{Lu}/u.test(first) || NOT_COMPANY.test(first)) return false;
  return Math.abs(headingLetters(name, vocab) - headingLetters(rest.join(' '), vocab)) < 0.5;
}

/**
 * Names joined by "&" that end in no role: a firm of partners ("Studio Commerciale Ferri &
 * Associati", "Hale & Daughters"), whatever trade word it holds. A role joined so ends in its
 * role ("Health & Safety Officer").
 */
function partners(name: string, vocab: Vocabulary): boolean {
  return /^\p{Lu}[^&]*\s&\s\p{Lu}/u.test(name) && !endsWithRoleWord(name, vocab);
}

/** A firm named after its trade, a role in the plural after a name: "Quickship Couriers", "Lindqvist Builders". */
function tradeName(name: string, vocab: Vocabulary): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const first = words.slice(0, -1).join(' ');
  // The singular: "Couriers" → "Courier", "Asesores" → "Asesor".
  const singular = [last.slice(0, -1), ...(/\p{Ll}es$/u.test(last) ? [last.slice(0, -2)] : [])];
  return words.length >= 2 && /\p{Ll}s$/u.test(last) && /^\p{Lu}/u.test(first) && !hasRoleWord(first, vocab) && !NOT_COMPANY.test(words[0] ?? '') && singular.some((w) => hasRoleWord(w, vocab));
}

function acronymCompany(text: string): string | null {
  for (const m of matchesOf(ACRONYM, text)) {
    const acr = m[2] ?? '';
    const words = (m[1] ?? '').trim().split(/\s+/);
    const picked: string[] = [];
    let initials = '';
    for (let i = words.length - 1; i >= 0 && initials.length < acr.length; i--) {
      const w = words[i] as string;
      picked.unshift(w);
      if (!ACRONYM_SKIP.test(w)) initials = (w[0] ?? '').toUpperCase() + initials;
    }
    if (initials === acr) return picked.join(' ');
  }
  return null;
}

/** A capital after a small letter inside a word ("eBay", "GitLab"), or capitals before small letters ("KPMGs"). */
const INNER_CAPITAL = /\p{Ll}[\p{L}\p{N}]*\p{Lu}/u;
const LEADING_CAPITALS = /^\p{Lu}{2,}\p{Ll}/u;

/** Names with capitals inside ("eBay", "GitLab", "McKinsey"), counted. Plain capitalised words are nouns in German and sentence starts everywhere. */
function repeatedNames(ctx: Context): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of proseLines(ctx)) {
    if (!/\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u.test(l.text)) continue;
    // Words, each checked alone (and only up to 40 letters), so the cost stays linear in the line.
    for (const m of l.text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const w = m[0];
      if (w.length < 4 || w.length > 40 || !/^\p{L}/u.test(w) || !(INNER_CAPITAL.test(w) || LEADING_CAPITALS.test(w)) || NOT_COMPANY.test(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}

/** True when a capitalised word is also written in lowercase ("To support …", "… to …"): a common word, not a name. */
function writtenInLowercase(name: string, text: string): boolean {
  const lower = name.toLowerCase();
  if (lower === name || /\s/.test(name)) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(lower)}(?![\\p{L}\\p{N}])`, 'u').test(text.slice(0, 20_000));
}

function emailDomain(text: string): string | null {
  for (const m of matchesOf(EMAIL, text)) {
    const labels = (m[1] ?? '').toLowerCase().split('.');
    labels.pop();
    // A university's mail domain is a short code ("nbu.edu"), not the name it signs with.
    if (labels.some((l) => /^(edu|ac)$/.test(l)) || m[1]?.toLowerCase().endsWith('.edu')) continue;
    while (labels.length > 1 && SECOND_LEVEL.test(labels[labels.length - 1] ?? '')) labels.pop();
    const name = labels[labels.length - 1];
    if (name && !FREE_MAIL.test(name) && name.length >= 2) return name;
  }
  return null;
}

/** The separators of a page title's parts: "Acme - Data Engineer", "Data Engineer | Acme Careers". */
const TITLE_PARTS = /\s+[-–—|·•:]\s+/u;

/**
 * The other parts of a page title one of whose parts is the posting's title ("Acme - Data
 * Engineer", "Data Engineer | Acme Careers", "Data Engineer at Acme | Board"): the employer,
 * unless the part is a job board's name.
 */
export function pageTitleCompanies(pageTitle: string | undefined, title: string | null, vocab?: Vocabulary): string[] {
  if (!pageTitle || !title || pageTitle.length > 300) return [];
  // Compared without asides and marks: "Werkstudent (m/w/d) Marketing" is the title "Werkstudent Marketing".
  const bare = (t: string) => fold(t).replace(/\([^()]{0,20}\)|【[^】]{0,20}】|\[[^\]]{0,20}\]/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  const want = bare(title);
  const parts = pageTitle.split(TITLE_PARTS).map((p) => p.trim()).filter(Boolean);
  // One part: a sentence naming the role, then the employer after "at" ("Apply for Lab Technician at Quarrystone Genomics").
  if (parts.length === 1) {
    const own = ` ${bare(parts[0] as string)} `.includes(` ${want} `) ? TITLE_AT.exec(parts[0] as string)?.[1] : undefined;
    return own && !JOB_BOARD.test(own) && !bare(own).includes(want) ? [own] : [];
  }
  if (parts.length > 4) return [];
  // A part may open with a word for the kind of page before a colon ("Vaga: Auxiliar Administrativo").
  // Or with a word announcing a posting before the role ("Stellenangebot Pflegefachkraft (m/w/d)", "Vacature Kok").
  const unannounced = (p: string) => {
    const noise = vocab?.titleNoise.find(fold(p));
    return noise?.index === 0 ? p.slice(noise.text.length) : p;
  };
  const at = parts.map((p) => unannounced(p.replace(/^[^:：]{1,30}[:：]\s*(?=\S)/u, ''))).findIndex((p) => bare(p) === want || bare(p).startsWith(`${want} `));
  // A title written with a dash of its own ("Packer - Night Shift") spans two parts.
  const span = at < 0 ? parts.findIndex((p, i) => i + 1 < parts.length && bare(`${p} ${parts[i + 1]}`) === want) : -1;
  if (at < 0 && span < 0) return [];
  const own = at >= 0 ? TITLE_AT.exec(parts[at] as string)?.[1] : undefined;
  const rest = parts.filter((_, i) => (at >= 0 ? i !== at : i !== span && i !== span + 1)).map(siteName);
  return [...(own ? [own] : []), ...rest].filter((p) => p && !JOB_BOARD.test(p));
}

/** A label before a value on its line: "oferta pracy: ", "job title: ". */
const LABEL_BEFORE = /^[^:：]{2,30}[:：]\s*/u;
/** How far from the top a copied page's title line may stand, in units of text. */
const TOP_OF_PAGE = 40;
/** How many lines from the top a headline naming the employer may stand. */
const TOP_LINES = 5;
/** The longest mark after a title on its line: "H/F", "(m/w/d)", "- Remote". */
const TITLE_MARK = 12;
/** A line that is only a pay grade: a word or two and a grade number ("Band 5", "Grade 7", "TV-L E13", "Band 8a"). */
const GRADE_LINE = /^(?:[\p{L}-]+\s){0,2}\p{L}{0,2}\d{1,2}[a-d]?$/u;
/** How many lines naming parts of an institution may stand between a title and the institution. */
const MAX_UNITS = 2;

/**
 * A short line next to the title: whether it stands under the title, whether a fact of the job
 * follows it ("Bordeaux"), whether facts stand between it and the title ("CDI", "Lyon", then the
 * name), and whether it stands under a part of an institution.
 */
interface NearTitle {
  text: string;
  line: number;
  after: boolean;
  factAfter: boolean;
  factBefore: boolean;
  underUnit: boolean;
}

/**
 * The short lines on either side of the title's own line near the top of the body (chrome and
 * places skipped): where pages copied as text put the employer's name.
 */
function besideTitle(ctx: Context, title: string | null): NearTitle[] {
  if (!title) return [];
  const top = ctx.lines.slice(0, TOP_OF_PAGE);
  const want = fold(title);
  // The title's own line, maybe with a mark the title was cleaned of ("Développeur Python H/F", "Engineer (m/w/d)").
  const at = top.findIndex((l) => {
    const f = l.folded.trim();
    // Or with an aside in brackets the title was cleaned of ("Teaching Assistant (Part-Time, Term Time Only)"),
    // or after the label that gave it ("Oferta pracy: Księgowa / Księgowy").
    const valued = f.replace(LABEL_BEFORE, '');
    if (f === want || cleanTitleLine(f) === want || (valued !== f && (valued === want || cleanTitleLine(valued) === want))) return true;
    // Or with the terms after its mark ("Kundenberater (m/w/d) Vollzeit / Teilzeit"): the line cleans to the title.
    return f.startsWith(`${want} `) && (f.length - want.length <= TITLE_MARK || /^\s*\([^()]{1,60}\)\s*$/.test(f.slice(want.length)) || fold(cleanTitle(l.text, ctx.vocab)) === want);
  });
  if (at < 0) return [];
  const out: NearTitle[] = [];
  for (const [step, after] of [[1, true], [-1, false]] as const) {
    let units = 0;
    let facts = 0;
    for (let k = at + step; k >= 0 && k < top.length; k += step) {
      const l = top[k] as (typeof top)[number];
      // A pay grade printed with the title ("Band 5", "Grade 7", "TV-L E13") says nothing of who hires.
      // Nor does the pay printed under it ("1.5万-2.5万", "$60k – $80k").
      // Nor the type of contract or workplace printed beside it ("CDI", "Remote").
      if (isChrome(l.text, ctx.vocab)) continue;
      if (GRADE_LINE.test(l.text.trim()) || payLine(l.text, ctx.vocab) || factLine(l.text, ctx.vocab) || labelledFact(l.text, ctx.vocab) || (after && parsePlaceLine(l.text.trim()))) {
        facts++;
        continue;
      }
      // Under the title, a part of an institution ("School of …", "Department of …") stands above the institution.
      if (after && units < MAX_UNITS && ctx.vocab.units.find(l.folded)?.index === 0) {
        units++;
        continue;
      }
      const t = l.text.trim();
      if (t.length <= 80 && t.split(/\s+/).length <= 10 && !/[.!?:：;,]$/.test(t) && /^[\p{Lu}\p{N}"“]|[^\x00-\u024f]/u.test(t) && !parsePlaceLine(t)) {
        // Under it, the board's facts of the job: a place, or the type of contract or workplace ("CDI", "Bordeaux").
        // Above it, the same facts under the title: "Lumen Santé" / "Chargé·e de recrutement" / "CDI" / "Lyon".
        // The board's own words between ("Job details") are passed over; its pay or a fact it labels counts too.
        const next = top.slice(after ? k + 1 : at + 1).find((n) => !isChrome(n.text, ctx.vocab));
        const factAfter = !!next && next.text.length <= 40 && (parsePlaceLine(next.text) || !!parsePlace(next.text) || namesTerms(next.folded, ctx.vocab) || payLine(next.text, ctx.vocab) || factLine(next.text, ctx.vocab));
        out.push({ text: t, line: l.line, after, factAfter, factBefore: after && facts > 0, underUnit: units > 0 });
      }
      break;
    }
  }
  return out;
}

/** A title line with its gender mark or aside ("Engineer (m/w/d)"), compared without it. */
function cleanTitleLine(folded: string): string {
  return folded.replace(/\s*[([][^()[\]]{1,20}[)\]]\s*$/u, '').trim();
}

/** True when a folded text names a type of contract or a workplace ("CDI · Bordeaux", "Remote"). */
function namesTerms(folded: string, vocab: Vocabulary): boolean {
  return !!vocab.employment.first(folded) || !!vocab.workplace.first(folded);
}

/** True when a short line is only a type of contract or a workplace ("CDI", "Vollzeit", "Hybrid"). */
function factLine(text: string, vocab: Vocabulary): boolean {
  return text.length <= 40 && text.split(/\s+/).length <= 3 && namesTerms(fold(text), vocab);
}

/** A short line that is a known label and its value ("Expérience : > 2 ans", "Education: Bachelor's"): a fact a board prints, no name. */
function labelledFact(text: string, vocab: Vocabulary): boolean {
  const field = text.length <= 60 ? parseField(text, 0) : null;
  return !!field?.value && labelField(field.label, vocab) !== null;
}

/** A name of two to six capitalised words, joined maybe by "&", "of", "de", "and". */
const SEVERAL_NAME_WORDS = /^\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&|of|de|and|\p{Lu}[\p{L}&'’.-]*)){1,5}$/u;

/** True when a line is only a place ("Sacramento, CA", "Remote"). */
function parsePlaceLine(text: string): boolean {
  return !!countryOf(text, false) || !!cityOf(text.split(',')[0] ?? '') && text.split(/\s+/).length <= 4;
}

type CompanyCandidate = Candidate<string>;

/**
 * True when a name of several words is named again by its first words, as a posting calls the
 * employer it names in full once ("Sparkline Electrical Services" … "Sparkline is a family-run …"):
 * a short form of four letters or more that is no place and no common word.
 */
function shortFormNamed(name: string, folded: string, vocab: Vocabulary): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  for (let k = words.length - 1; k >= 1; k--) {
    const short = words.slice(0, k).join(' ');
    if (short.length < 4 || !/^\p{Lu}/u.test(short) || parsePlace(short) || !plausible(short, vocab)) continue;
    if (mentions(short, folded) >= 2) return true;
  }
  return false;
}

/** How many times a name stands in the text (case-insensitive, whole words), up to 6. */
function mentions(name: string, folded: string): number {
  const f = fold(name.replace(LEGAL_TAIL, '')).replace(/\s+group$/, '').trim();
  if (f.length < 2) return 0;
  let n = 0;
  for (let i = folded.indexOf(f); i >= 0 && n < 6; i = folded.indexOf(f, i + f.length)) {
    const before = folded[i - 1] ?? ' ';
    const after = folded[i + f.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) n++;
  }
  return n;
}

export function companyCandidates(ctx: Context, title: string | null): CompanyCandidate[] {
  const { vocab } = ctx;
  const out: CompanyCandidate[] = [];
  const folded = fold(shownText(ctx).slice(0, 60_000));
  const departments = new Set(labelled(ctx, 'department').map((f) => fold(f.value).trim()));
  const headingLines = new Set(ctx.doc.sections.map((s) => s.heading?.line));
  const kindOf = (l: ProseLine) => (l.line !== null && l.from === 'body' ? ctx.kinds.get(l.line, l.text) : 'overview');
  /** The institution a unit is written with near the top: "<Institution> - <Unit>" or "<Unit>, <Institution>". */
  const head = ctx.doc.text.slice(0, UNIT_REACH);
  const institutionOf = (unit: string): string | null => {
    for (let at = head.indexOf(unit); at >= 0; at = head.indexOf(unit, at + unit.length)) {
      const before = INSTITUTION_BEFORE.exec(head.slice(Math.max(0, at - 120), at))?.[1];
      const after = INSTITUTION_AFTER.exec(head.slice(at + unit.length, at + unit.length + 120))?.[1];
      for (const name of [before, after]) if (name && vocab.institutions.test(fold(name)) && !vocab.units.test(fold(name)) && !hasRoleWord(name, vocab)) return name;
    }
    return null;
  };
  const add = (raw: string, line: number | null, from: CompanyCandidate['from'], via: string, extra: Record<string, number> = {}, check = true) => {
    const cleaned = cleanCompany(raw);
    if (!cleaned) return;
    // A unit of an institution ("The School of Computing seeks …") stands for the institution the
    // posting names it with ("University of Eastmoor - School of Computing").
    const value = vocab.units.find(fold(cleaned))?.index === 0 ? (institutionOf(cleaned) ?? cleaned) : cleaned;
    // A town and its region ("Reno, NV"): a place, whatever legal form its region's code spells.
    if (value.includes(',') && parsePlace(value)?.region) return;
    // Written without the comma, a known town and its state's code ("Ballarat VIC") is a place too.
    if (/\s[A-Z]{2,3}$/.test(value) && knownTown(value)?.region) return;
    // The name the posting gives its department ("Department: Engineering", shown again in a header line).
    if (departments.has(fold(value))) return;
    if (check && !plausible(value, vocab)) return;
    // A heading stands above its section, not in it: a name read as a heading heads whatever follows.
    const kind = line !== null && !headingLines.has(line) ? ctx.kinds.get(line, raw) : undefined;
    out.push({
      value,
      line,
      from,
      via,
      evidence: raw.slice(0, 160),
      features: {
        mentions: Math.min(mentions(value, folded), 5),
        legal: LEGAL_END.test(value) ? 1 : 0,
        // "Northgate Water Authority", "Klinikum Süd": an institution's name says it is an employer, as a legal form does.
        institution: vocab.institutions.test(fold(value)) ? 1 : 0,
        domain: DOMAIN.test(value) ? 1 : 0,
        inRequirements: kind === 'qualifications' || kind === 'preferred' || kind === 'skills' ? 1 : 0,
        inCompanySection: kind === 'company' ? 1 : 0,
        lowercase: /^\p{Ll}/u.test(value) && !/\p{Lu}/u.test(value) && via !== 'email' && via !== 'header' ? 1 : 0,
        manyWords: value.split(/\s+/).length > 5 ? 1 : 0,
        ...extra,
      },
    });
  };

  const org = structured(ctx, 'hiringOrganization');
  const orgName = typeof org === 'string' ? org : structured(ctx, 'hiringOrganization.name');
  if (typeof orgName === 'string') add(orgName, null, 'jsonld', 'structured', {}, false);
  for (const key of COMPANY_KEYS) {
    const hit = fmValue(ctx, [key]);
    if (!hit) continue;
    const v = hit.value;
    const text = asText(v) ?? (v && typeof v === 'object' && !Array.isArray(v) ? asText((v as Record<string, unknown>).name) : null);
    if (text) {
      add(text, hit.line, 'front-matter', 'front-matter', {}, false);
      break;
    }
  }
  for (const f of labelled(ctx, 'company')) {
    // The name is the value's first sentence: a flattened posting's last label runs on ("Company: Acme Dental. To apply, …").
    const value = f.value.split(/(?<=\p{Ll}{2})\.\s+(?=\p{Lu})/u)[0] ?? f.value;
    if (value.length > 100) continue;
    // "MoveWell Physio, Cork": the name, then the town it stands in.
    const name = value.replace(/\s+[-–—|]\s+.*$/, '');
    const comma = name.lastIndexOf(', ');
    const town = comma > 0 ? parsePlace(name.slice(comma + 2)) : null;
    add(town?.city || town?.country ? name.slice(0, comma) : name, f.line, 'body', 'label', { shape: f.shape === 'line' ? 0 : 1 });
  }
  for (const h of ctx.doc.headers) {
    if (h.from !== 'top') continue;
    // The employer's part: the first, past a word for the kind of document ("Offre d'emploi") and a
    // role standing first ("Role – Employer – Place").
    const parts = h.parts.filter((p) => !wholePhrase(fold(p).trim(), vocab.titleNoise));
    const afterRole = parts[0] && hasRoleWord(parts[0], vocab) ? parts[1] : undefined;
    // After the role, only a name of several capitalised words ("Cabinet Lemaire Expertise"), not a shift ("Evenings").
    const first = afterRole !== undefined ? (SEVERAL_NAME_WORDS.test(afterRole) ? afterRole : undefined) : parts[0];
    // Two parts need the other to be the role, a place or the terms: beside only the pay ("Täistööaeg · Palk 1400 €"),
    // a word nothing reads is more likely the terms in a language without tables than the employer.
    const anchored = parts.length >= 3 || parts.some((p) => p !== first && (hasRoleWord(p, vocab) || !!parsePlace(p) || namesTerms(fold(p), vocab)));
    if (first && anchored && !hasRoleWord(first, vocab) && !namesTerms(fold(first), vocab) && !/\d/.test(first) && !parsePlace(first)) add(first, h.line, 'body', 'header');
  }
  const board = jobBoardHeader(ctx);
  if (board?.company) add(board.company.value, board.company.line, 'body', 'board');
  // "Bookkeeper, Alder & Finch Accountants, Shrewsbury": a first line of role, employer and place parted by commas.
  for (const l of ctx.lines.slice(0, 2)) {
    for (const p of commaHeadline(l.text, vocab)?.middle ?? []) if ((!hasRoleWord(p, vocab) || tradeName(p, vocab)) && !parsePlace(p)) add(p, l.line, 'body', 'header');
  }
  const titled = title ? TITLE_AT.exec(title) : null;
  if (titled?.[1]) add(titled[1], null, 'body', 'title');
  for (const s of ctx.sections) {
    const h = s.heading;
    if (!h) continue;
    const f = fold(h.text);
    const about = vocab.about.find(f);
    const paren = /[(（]([^()（）]{2,40})[)）]\s*$/u.exec(h.text);
    if (paren?.[1] && s.kind === 'company') add(paren[1], h.line, 'body', 'about');
    else if (about && about.index === 0) {
      const rest = h.text.slice(about.text.length).replace(/^[\s:：\-–—]+|[\s?？!:：.]+$/g, '');
      if (rest && rest.split(/\s+/).length <= 5 && /\p{Lu}|[^\x00-\u024f]/u.test(rest)) add(rest, h.line, 'body', 'about');
    }
  }
  const prose = proseLines(ctx);
  // Who hires, before a hiring phrase at the top, where no capital marks a name: in a language
  // written without spaces, the word group before it; in a script without capitals, the few words
  // that open the line.
  for (const l of ctx.lines.slice(0, TOP_LINES)) {
    const hit = vocab.hiring.find(l.folded);
    if (!hit || hit.index === 0) continue;
    const who = vocab.noSpaces ? groupBeforeHiring(l.text, hit.index, vocab) : caselessBeforeHiring(l.text.slice(0, hit.index), vocab);
    if (who) add(who, l.line, 'body', 'hiring', { early: 1 });
  }
  // "Harbor Goods is an Equal Opportunity Employer": a pledge names the employer, in whatever section it stands.
  for (const l of ctx.lines) {
    for (const m of vocab.equalOpportunity.findAll(l.folded)) {
      const before = m.index > 0 ? NAME_AT_END.exec(l.text.slice(0, m.index)) : null;
      if (before?.[1]) add(before[1], l.line, 'body', 'pledge', { inRequirements: 0 });
    }
    // "Forge Recruitment is acting as an employment agency in relation to this vacancy": the agency
    // that posts for a client it does not name is who the posting is from, whatever its name's
    // words ("Recruitment" names a role elsewhere).
    const agency = l.text.includes('acting as') ? AGENCY_ACTING.exec(l.text) : null;
    if (agency?.[1]) add(agency[1], l.line, 'body', 'agency', { inRequirements: 0 }, false);
  }
  // "Location: Civic Centre, Port Adelaide SA": a labelled place names no employer, whatever its region's code spells.
  const placeLines = new Set(labelled(ctx, 'location').map((f) => f.line));
  // The first prose line of each section: where a section about the company names it.
  const opening = new Map<NonNullable<ProseLine['section']>, ProseLine>();
  for (const l of prose) if (l.section && !opening.has(l.section) && l.line !== l.section.heading?.line) opening.set(l.section, l);
  prose.forEach((l, index) => {
    const kind = kindOf(l);
    if (kind === 'qualifications' || kind === 'preferred' || kind === 'skills') return;
    const f = fold(l.text);
    const early = index < 8 ? 1 : 0;
    // A name right before a hiring phrase: "Acme is hiring", "Meadow Library seeks a …".
    for (const m of vocab.hiring.findAll(f)) {
      // "Für unser Café am Markt suchen wir …": when we hire, the words before say what for, not who.
      if (m.index === 0 || WE.test(m.text)) continue;
      // "Nimbus Robotics (Pittsburgh, PA) is hiring", "Le cabinet Durand & Associés, expert-comptable
      // implanté à Nantes depuis 1998, recrute": an aside between the name and the phrase.
      const before = NAME_AT_END.exec(l.text.slice(0, m.index).replace(ASIDE_AT_END, ' '));
      if (before?.[1]) add(before[1], l.line, l.from, 'hiring', { early });
    }
    // "Join Acme as a …".
    if (/[Jj]oin\s/.test(l.text)) for (const m of matchesOf(JOIN_AS, l.text)) if (m[1]) add(m[1], l.line, l.from, 'join', { early });
    // "We're Acme, a …", "Somos Arcotech, …", "Wir sind Acme –".
    for (const m of vocab.weAre.findAll(f)) {
      const after = NAME_AT_START.exec(l.text.slice(m.index + m.text.length).trim());
      const name = after?.[1];
      if (name && /^[\s,(—–-]/.test(l.text.slice(m.index + m.text.length).trim().slice(after[0].length))) add(name, l.line, l.from, 'weare', { early });
    }
    // "Acme is a studio …", "Die Offene Daten Stiftung (e.V.) ist eine …", "Quillmark, c'est …".
    const start = NAME_AT_START.exec(l.text);
    if (start?.[1]) {
      // Where the rest of the sentence starts, past a comma or a space (the folded text keeps every position).
      const restAt = start[0].length + (/^[\s,.]*/.exec(f.slice(start[0].length))?.[0].length ?? 0);
      const isA = vocab.isA.findAll(f).find((m) => m.index === restAt);
      // "Fernhill Cooperative, a grocery co-op in Portland, is looking for …": the name, then what it is.
      const apposed = !isA && APPOSITION.test(l.text.slice(start[0].length)) && vocab.hiring.findAll(f).some((m) => m.index > restAt);
      // The sentence goes on in small letters after the name: its verb ("… is hiring", "… looks after …").
      const verbAfter = /^\s+\p{Ll}/u.test(l.text.slice(start[0].length));
      if (isA || apposed) add(start[1], l.line, l.from, 'isa', { early, inFirstSection: l.section === ctx.doc.sections[0] ? 1 : 0 });
      // "Acme is growing its team … and we are looking for …": an opening sentence whose subject hires.
      // The hiring phrase must be in the same sentence: "Big news: our team is growing! We're looking for …" names no "Big".
      else if (index < 3 && verbAfter && vocab.hiring.findAll(f).some((m) => m.index >= restAt && !/[.!?:;。！？：]/.test(l.text.slice(restAt, m.index))) && !writtenInLowercase(start[1], ctx.doc.text)) {
        add(start[1], l.line, l.from, 'subject', { early });
      }
      // "Derwent County Council is responsible for …": an institution opening an early sentence, whatever it does, is who the posting is from.
      else if (early && verbAfter && endsWithInstitution(start[1], vocab)) {
        add(start[1], l.line, l.from, 'subject', { early });
      }
      // "Carolina Fan Works designs industrial fans.": a name of several words opening the section about
      // the company or the posting's overview under its heading, with a verb after it, is the employer.
      // A team's name before its noun ("The Data Platform team owns …") is not the employer's.
      else if (verbAfter && !TEAM_AFTER.test(l.text.slice(start[0].length)) && l.section && opening.get(l.section) === l && (kind === 'company' || (kind === 'overview' && l.section.heading)) && /\s/.test(start[1]) && !hasRoleWord(start[1], vocab) && !writtenInLowercase(start[1], ctx.doc.text)) {
        add(start[1], l.line, l.from, 'subject', { early });
      }
    }
    // "At Acme, we …" and "at Acme" anywhere.
    if (AT_MARK.test(l.text)) for (const m of matchesOf(AT_NAME, l.text)) {
      // German capitalises every noun: "bei der Behandlung" (at the treatment) names no one; a name after the article has words of its own ("bei der Stadtwerke Nord GmbH").
      if (!m[1] || (/\sder\s/.test(m[0]) && !/\s/.test(m[1]))) continue;
      const lead = m.index === 0 || /^[\s(]*$/.test(l.text.slice(0, m.index));
      add(m[1], l.line, l.from, lead && /,\s*(?:we|our|nous|wir)\b/i.test(l.text.slice(m.index)) ? 'atwe' : 'at', { early });
    }
    const pos = /['’]s\s/.test(l.text) ? POSSESSIVE.exec(l.text) : null;
    if (pos?.[1]) add(pos[1], l.line, l.from, 'possessive', { early });
    if (LEGAL_MARK.test(l.text) && !(l.line !== null && placeLines.has(l.line))) for (const m of matchesOf(WITH_LEGAL, l.text)) if (m[1]) add(m[1], l.line, l.from, 'legal', { early });
    if (LEGAL_BEFORE_MARK.test(l.text)) for (const m of matchesOf(LEGAL_BEFORE, l.text)) if (m[1]) add(m[1].trim(), l.line, l.from, 'legal', { early }, false);
    if (FORM_QUOTED_MARK.test(l.text)) for (const m of matchesOf(FORM_QUOTED, l.text)) if (m[1] ?? m[2]) add((m[1] ?? m[2] ?? '').trim(), l.line, l.from, 'legal', { early, legal: 1 }, false);
    if (LATIN_FORM_MARK.test(l.text)) for (const m of matchesOf(LATIN_FORM_QUOTED, l.text)) if (m[1]) add(m[1].trim(), l.line, l.from, 'legal', { early, legal: 1 }, false);
    if (/[«"“„]/.test(l.text)) for (const m of matchesOf(FIRM_QUOTED, l.text)) if (m[1]) add(m[1].trim(), l.line, l.from, 'legal', { early }, false);
    const nameLine = LEGAL_MARK.test(l.text) ? NAME_LINE.exec(l.text.trim())?.[1] : undefined;
    if (nameLine && /\s\p{Ll}/u.test(nameLine.replace(LEGAL_TAIL, ''))) add(nameLine, l.line, l.from, 'legal', { early });
    if (CJK_LEGAL_MARK.test(l.text)) {
      for (const m of matchesOf(CJK_LEGAL, l.text)) {
        // A Korean form written before the name ("(주)한결소프트", "주식회사 누리페이") is left off, as a suffix's is kept.
        const name = m[1] ?? m[2] ?? m[3]?.replace(/^(?:\(주\)|주식회사)\s*/u, '');
        if (name) add(name, l.line, l.from, 'legal', { early, legal: 1 }, false);
      }
    }
    if (/\s\(\p{Lu}/u.test(l.text)) for (const m of matchesOf(EXPANSION, l.text)) if (m[1]) add(m[1], l.line, l.from, 'expansion', { early });
    if (index < 12 && /\(\p{Lu}{2,6}\)/u.test(l.text)) {
      const acr = acronymCompany(l.text);
      if (acr) add(acr, l.line, l.from, 'acronym', { early });
    }
  });
  const firstBody = prose.find((l) => l.from === 'body');
  if (firstBody) {
    const dash = NAME_DASH.exec(firstBody.text);
    if (dash?.[1]) add(dash[1], firstBody.line, 'body', 'dash');
    // A first line that is only a name, above a title or a block of labels (copied job boards).
    const t = firstBody.text.trim();
    if (t.split(/\s+/).length <= 4 && t.length <= 40 && !/[.!?:]$/.test(t) && !hasRoleWord(t, vocab) && /^\p{Lu}|^["“]/u.test(t)) {
      // A letterhead: the name on the line right above the title ("Riverside Community Trust" / "Finance Officer").
      // The next unit in reading order (a minified page puts every unit on one source line).
      const at = ctx.lines.findIndex((l) => l.line === firstBody.line && l.text === firstBody.text);
      const next = ctx.lines.slice(at + 1).find((l) => l.text.trim());
      // Or right above a block of labels the tables know ("Boutique \"Appollo\"" / "JOB TITLE: Saleswoman").
      const labels = next ? [...ctx.labels.values()].flat().some((f) => f.line === next.line) : false;
      add(t, firstBody.line, 'body', 'firstline', { aboveTitle: title && next && fold(next.text).trim() === fold(title) ? 1 : 0, aboveLabels: labels ? 1 : 0 });
    }
  }
  // "Tidewell Energy — Grid Analyst", "Grid Analyst | Tidewell Energy": a title line of two parts,
  // one naming the role, the other a name the text writes with capitals wherever it writes it.
  for (const l of ctx.lines.slice(0, TITLE_LINE_REACH)) {
    const name = titleLinePart(l.text, vocab);
    if (name && !writtenInLowercase(name, ctx.doc.text)) add(name, l.line, 'body', 'titlepart', { early: 1, mentions: 0 });
  }
  for (const [name, n] of repeatedNames(ctx)) if (n >= 3) add(name, null, 'body', 'repeated');
  // A page copied as text prints the employer on a line of its own next to the title
  // ("Junior Accountant" / "Pinewood Dental" / "Sacramento, CA"): a name the text names again.
  for (const near of besideTitle(ctx, title)) {
    // "Saltmarsh Kitchen — Charleston, SC", "Hollybrook Primary School, Swindon": the name, then where.
    const dashed = near.text.split(LINE_PARTS);
    const commas = near.text.split(/,\s+/);
    const [name = '', ...rest] = dashed.length === 1 && commas.length > 1 && commas.slice(1).every((p) => !!parsePlace(p)?.city) ? commas : dashed;
    const placed = rest.length > 0 && rest.every((p) => parsePlaceLine(p) || !!parsePlace(p));
    // "University of Edinburgh", "Klinikum Nord": an institution is named once and is still the employer.
    const institution = !rest.length && !!vocab.institutions.find(fold(name)) && !hasRoleWord(name, vocab);
    // Under a part of an institution ("Department of the Interior"), the line is the body it belongs to.
    if (placed || (!rest.length && (institution || near.factAfter || (near.factBefore && !parsePlace(name)) || near.underUnit || mentions(cleanCompany(name), folded) >= 2 || shortFormNamed(cleanCompany(name), folded, vocab)))) add(name, near.line, 'body', 'besidetitle', { afterTitle: near.after ? 1 : 0 });
  }
  // A page's site name: the employer's ("Lumen Harbor Careers" → "Lumen Harbor"), unless the site is a job board.
  const site = ctx.doc.meta['og:site_name'] ? siteName(ctx.doc.meta['og:site_name']) : undefined;
  if (site && !JOB_BOARD.test(site)) add(site, null, 'meta', 'meta');
  // Both page titles: a page's og:title often gives the role alone, its <title> the role and the employer.
  const named = new Set([ctx.doc.meta['og:title'], ctx.doc.meta.title].flatMap((t) => pageTitleCompanies(t, title, vocab)));
  for (const name of named) add(name, null, 'meta', 'pagetitle');
  // A title label opening a flattened paragraph, whose first sentence names the employer after the
  // role as a page title does ("Stellenangebot: Koch (m/w/d) – Gasthaus Zur Linde, Bamberg. Wir suchen …").
  for (const f of labelled(ctx, 'title')) {
    // Only in a flattened paragraph: a title label's own value ("Job title: Engineer - Platform") names a team there as often.
    const sentence = leadSentence(f.value);
    if (!sentence) continue;
    for (const name of pageTitleCompanies(sentence.replace(/,\s+[^,]+$/, (m) => (parsePlace(m.slice(1).trim()) ? '' : m)), title, vocab)) add(name, f.line, 'body', 'pagetitle');
  }
  // "Bäckerei Kern, Lorettostraße 12, 79100 Freiburg": a name, then its street and town, as a posting signs off or heads its letter.
  for (const l of new Set([...ctx.lines.slice(0, ADDRESS_LINES), ...ctx.lines.slice(-ADDRESS_LINES)])) {
    const [name = '', ...rest] = l.text.split(/,\s+|\s+[·|]\s+/);
    if (rest.length >= 2 && rest.length <= 3 && STREET_PART.test(rest[0] as string) && TOWN_PART.test(rest[rest.length - 1] as string) && !hasRoleWord(name, vocab)) add(name, l.line, 'body', 'address');
  }
  // "Kind regards, / Janet Moore / Practice Manager / Brookside Veterinary Clinic": a signature's organisation, under the signer's role.
  const signature = signedBy(ctx);
  if (signature) add(signature.text, signature.line, 'body', 'signature', {}, !signature.trade);
  // "— The Copperleaf team", "Dein Nordlicht-Team", "L'équipe Gravière": a team signing the posting's last lines is the employer's.
  for (const l of ctx.lines.slice(-SIGNED_TEAM_LINES)) {
    const team = l.text.length <= 80 ? TEAM_SIGNATURE.exec(l.text.trim()) : null;
    const name = team?.[1] ?? team?.[2];
    if (name) add(name, l.line, 'body', 'signature', { inRequirements: 0 });
  }
  // "Founded in 2011, Thistledown Freight moves …"; "Orbitline (NASDAQ: ORBL) makes …".
  for (const l of prose.slice(0, 20)) {
    const founded = FOUNDED.exec(l.text);
    if (founded?.[1]) add(founded[1], l.line, l.from, 'founded');
    const listed = TICKER.exec(l.text);
    if (listed?.[1]) add(listed[1], l.line, l.from, 'ticker');
  }
  const email = emailDomain(ctx.doc.text);
  if (email) add(spelledInText(email, ctx.doc.text, vocab) ?? email, null, 'body', 'email', {}, false);
  // A title line's other part is the employer when another reader names it, or the start of it
  // ("at Tidewell", "jobs@tidewell…"): alone it may be a team or a specialism ("Nurse - ICU").
  for (const c of out) {
    if (c.via !== 'titlepart') continue;
    const k = companyKey(c.value);
    if (out.some((o) => o.via !== 'titlepart' && companyKey(o.value).length >= MIN_VOUCHING_KEY && k.startsWith(companyKey(o.value)))) c.features.vouched = 1;
  }
  return out;
}

/** Capitalised words in a row on one line (up to four), as a name is written in prose: "Copper Kettle", "Halvorsen Foundation". */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’&-]*(?:(?:[ \t]+[&+])?[ \t]+\p{Lu}[\p{L}'’&-]*){0,3}/gu;

/**
 * The name a mail domain stands for as the text writes it: capitalised words whose letters are
 * the domain's ("copperkettle" → "Copper Kettle"), with a legal form or an institution's word
 * after them ("halvorsen" → "Halvorsen Foundation"); null when the text does not write it so.
 */
function spelledInText(domain: string, text: string, vocab: Vocabulary): string | null {
  const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const want = squash(domain);
  // "Crumb & Co" is crumbco.ie or crumbandco.ie.
  const spellings = (s: string) => [squash(s), squash(s.replace(/[&+]/g, 'and'))];
  if (want.length < 3) return null;
  const head = text.slice(0, 20_000);
  if (!head.toLowerCase().includes(want.slice(0, 3))) return null;
  for (const m of matchesOf(CAPITALISED_RUN, head)) {
    // Any words of the run: "Join Copper Kettle Today" holds "Copper Kettle".
    const words = m[0].split(/[ \t]+/);
    for (let i = 0; i < words.length; i++) {
      for (let n = i + 1; n <= words.length; n++) {
        if (!spellings(words.slice(i, n).join('')).includes(want)) continue;
        const next = words[n];
        // "The Anchor Inn" is anchorinn.co.uk: the article the run writes before the name is the name's.
        const from = i > 0 && /^(?:The|La|Le|Les|El|Los|Las|Il|Der|Die|Das|De|Het)$/.test(words[i - 1] as string) ? i - 1 : i;
        return words.slice(from, next && (LEGAL_TAIL.test(` ${next}`) || vocab.institutions.test(fold(next))) ? n + 1 : n).join(' ');
      }
    }
  }
  return null;
}

const LEGAL_WORD_END = /\s+(inc|ltd|llc|gmbh|ag|sa|sas|bv|corp|co|plc|group|limited|corporation|company|e v)$/;

/**
 * "[上海] 青云数据 招聘 高级后端工程师": the word group before a hiring phrase at `at`, in a language
 * written without spaces; else "北浜珈琲では、…を募集しています": the sentence's topic, marked by its
 * particle. Null when it says "we", a town or a role.
 */
function groupBeforeHiring(text: string, at: number, vocab: Vocabulary): string | null {
  const hirer = (group: string) => !WE_NO_SPACES.test(group) && !cityOf(group) && !hasRoleWord(group, vocab);
  const before = text.slice(0, at).replace(/[[【［(（][^\]】］)）]{1,12}[\]】］)）]/gu, ' ').trim().split(/\s+/).pop() ?? '';
  if (before.length >= 2 && before.length <= 24 && hirer(before)) return before;
  const topic = TOPIC.exec(text.trim())?.[1];
  return topic && hirer(topic) ? topic : null;
}

/**
 * "شركة سحابة التقنية تبحث عن …": the few words before a hiring phrase in a script without capitals
 * (Arabic, Hebrew), where no name stands out by its letters. Null when they say "we", a town or a role.
 */
function caselessBeforeHiring(before: string, vocab: Vocabulary): string | null {
  const words = before.replace(/^[\s*_>#-]+|[\s*_,:،-]+$/gu, '');
  if (!CASELESS.test(words) || /[\p{Lu}\p{Ll}]/u.test(words) || words.split(/\s+/).length > 5) return null;
  const f = fold(words);
  return vocab.weAre.test(f) || vocab.firstPerson.test(f) || cityOf(words) || hasRoleWord(words, vocab) ? null : words;
}

/** A Japanese sentence's topic before its particle: "北浜珈琲では、", "株式会社ミドリは". */
const TOPIC = /^([^\s、。，,「」()（）:：]{2,20}?)(?:では|は)[、,]/u;
/** Letters of a script without capitals, written with spaces between words: Arabic, Hebrew, Persian. */
const CASELESS = /^[^\p{L}]*[\u0590-\u06ff]/u;
/** "We" (or "our firm") opening a word group in a language written without spaces: "我们正在招聘…", "当社では…募集", "저희 회사는 … 채용". */
const WE_NO_SPACES = /^(?:我们|我們|我司|本公司|我公司|当社|弊社|私たち|저희|우리)/u;
/** A first-person plural in a hiring phrase ("suchen wir", "we are looking for", "nous recrutons"). */
const WE = /(?<![\p{L}])(?:we|we['’]re|wir|nous|nosotros|noi|wij|vi|мы|ми|kami|kita|biz)(?![\p{L}])/u;

/** How many lines from the end a letter's closing may stand. */
const SIGNATURE_LINES = 10;

/** A signer's name: one to three capitalised words. */
const PERSON_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}$/u;

/**
 * The organisation a posting is signed from: the short line under the signer's role, after a
 * closing, or beside the role on its line (`trade`: a name that may hold a trade's word, as an
 * agency's does, checked already).
 */
function signedBy(ctx: Context): { text: string; line: number; trade?: boolean } | null {
  const tail = ctx.lines.slice(-SIGNATURE_LINES);
  const closings = ctx.vocab.genres.set('closing');
  const closing = closings ? tail.findIndex((l) => wholePhrase(fold(l.text).replace(/[\s,.!]+$/, '').trim(), closings)) : -1;
  if (closing < 0) return null;
  const after = tail.slice(closing + 1).filter((l) => !/@|https?:|www\.|\d{3}/.test(l.text));
  const role = after.findIndex((l) => hasRoleWord(l.text, ctx.vocab) && l.text.split(/\s+/).length <= 6);
  // Without a role, the line under the signer's name ("Thanks, / Aoife / Corrib Dental Care").
  const signer = after[0] && PERSON_NAME.test(after[0].text.trim()) && after[1] && after[1].text.trim().split(/\s+/).length >= 2 ? after[1] : undefined;
  // "Senior Consultant | Northfield Recruitment": the role and the organisation on one line.
  const roleLine = role >= 0 ? (after[role] as (typeof after)[number]) : undefined;
  const [rolePart, orgPart, ...more] = roleLine ? roleLine.text.split(/\s+[|·–—-]\s+|,\s+/) : [];
  // The organisation may hold a trade's word ("Northfield Recruitment"), not be a department alone.
  const named = (part: string) => /^\p{Lu}/u.test(part) && (!hasRoleWord(part, ctx.vocab) || /\s/.test(part.trim())) && !wholePhrase(fold(part), ctx.vocab.departments);
  if (roleLine && rolePart && orgPart && !more.length && hasRoleWord(rolePart, ctx.vocab) && named(orgPart)) return { text: orgPart.trim(), line: roleLine.line, trade: true };
  const org = role >= 0 ? after[role + 1] : signer;
  return org && org.text.length <= 60 && /^\p{Lu}/u.test(org.text.trim()) && !hasRoleWord(org.text, ctx.vocab) ? { text: org.text.trim(), line: org.line } : null;
}

/** A name after the year it was founded: "Founded in 2011, Acme …", "Since 1998, Acme …", "Fondée en 2011, Acme …". */
/** How many last lines a team's signature may stand in. */
const SIGNED_TEAM_LINES = 3;
/** A team's signature: "— The Copperleaf team", "Your Copperleaf Team!", "Dein Nordlicht-Team", "L'équipe Gravière", "El equipo de Brisa". */
const TEAM_SIGNATURE = new RegExp(String.raw`^[-—–~\s]*(?:(?:[Tt]he|[Yy]our|[Dd]as|[Dd]ein|[Ii]hr|[Ee]uer|[Hh]et|[Jj]ullie)\s+(${NAME})[\s-][Tt]eam|(?:[Ll]['’][ée]quipe|[Ee]l equipo|[Oo] time|[Ll]a squadra)\s+(?:de\s+|di\s+|da\s+)?(${NAME}))\s*[.!]*$`, 'u');
/** An agency's statement of its part, as UK law has agencies write it: "<Name> is acting as an Employment Agency / Business". */
const AGENCY_ACTING = new RegExp(String.raw`(${NAME})\s+(?:is|are)\s+acting\s+as\s+an?\s+(?:[Ee]mployment\s+|[Rr]ecruitment\s+)?(?:[Aa]gency|[Bb]usiness)`, 'u');
const FOUNDED = new RegExp(String.raw`^(?:[Ff]ounded|[Ee]stablished|[Ss]tarted|[Ss]ince|[Ff]ond[ée]e?s?|[Ff]undad[ao]|[Gg]egründet)\s+(?:in\s+|en\s+|em\s+|im\s+(?:[Jj]ahr\s+)?)?(?:19|20)\d\d,\s+(${NAME})\s`, 'u');
/** A name with its stock-exchange ticker: "Orbitline (NASDAQ: ORBL)". */
const TICKER = new RegExp(String.raw`(${NAME})\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|AMEX|OTC|Euronext|XETRA|SIX|NSE|BSE|TSE|HKEX|SGX)\s*:\s*[A-Z][A-Z.]{0,5}\)`, 'u');

/** How many lines at the top and at the foot of a posting an employer's address line may stand on. */
const ADDRESS_LINES = 8;
/** A street and its number, in the orders of several countries: "Lorettostraße 12", "12 Mill Lane", "rue Colbert 4", "Via Roma 3". */
const STREET_PART = /^(?:\p{L}[\p{L}-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|laan|straat|gracht|vej|gade|gatan|vägen)\s+\d+\p{Ll}?|\d+[a-z]?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:street|st|road|rd|lane|ln|avenue|ave|blvd|boulevard|drive|dr|way|place|pl|square|sq|row|close|court|strasse|straße|str|weg|laan|straat)\.?|(?:\d+,?\s+)?(?:rue|avenue|boulevard|bd|place|chemin|via|viale|piazza|calle|avenida|plaza|rua|ulica|ul\.)\s+\p{L}[\p{L}'’. -]{1,40}?(?:,?\s*\d+\p{Ll}?)?)$/iu;
/** A street's name without its number: capitalised words, then the word for a street. */
const STREET_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Boulevard|Blvd|Drive|Square|Row|Crescent|Terrace|Quay)\.?$/u;
/** A town with its postcode before or after it: "79100 Freiburg", "75011 Paris", "Leeds LS1 4AB". */
const TOWN_PART = /^(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{Lu}[\p{L}' -]{1,40}$|^\p{Lu}[\p{L}' -]{1,40}\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/u;

/** Candidates that name the same company agree: "Acme" and "Acme Inc." are one. */
function companyKey(value: string): string {
  // A legal form as the name writes it first ("…, S.A.", "s.r.o."), then as its bare words ("… Group").
  return fold(value.replace(LEGAL_TAIL, ''))
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(LEGAL_WORD_END, '')
    .replace(/\s+/g, '');
}

export function extractCompany(ctx: Context, title: string | null): Found<string> | null {
  const decision = decide('company', companyCandidates(ctx, title), WEIGHTS.company, companyKey);
  ctx.decisions?.set('company', decision);
  const w = decision.winner;
  if (!w) return null;
  // The winner said short ("Sparkline is a family-run …") where a line of its own names it in full
  // ("Sparkline Electrical Services"): the full name, as the posting writes it once.
  const short = companyKey(w.value);
  const words = `${fold(w.value)} `;
  const full = decision.ranked.find((c) => {
    const folded = fold(c.value);
    if (!FULL_NAME_VIAS.has(c.via) || c.score < decision.threshold || companyKey(c.value) === short || !folded.startsWith(words)) return false;
    // Not a team, a department, an office, a place or a careers site of the company: "Open Mercato Core Team", "Orbitpay Jobs", "Acme Berlin".
    const extra = folded.slice(words.length).trim();
    return !/\b(?:team|teams|jobs?|careers?|karriere|hiring|recruiting|office|offices|hq|headquarters|branch|plant|site|store|campus)\b/.test(extra) && !SITE_SUFFIX.test(c.value) && !ctx.vocab.departments.test(extra) && !parsePlace(extra);
  });
  // The same name with its legal form, as a line of its own writes it ("… do Norte, S.A."): the name in full.
  const formal = full ? null : decision.ranked.find((c) => FULL_NAME_VIAS.has(c.via) && companyKey(c.value) === short && c.value.length > w.value.length && fold(c.value).startsWith(fold(w.value)) && LEGAL_END.test(c.value));
  const chosen = full ?? formal ?? w;
  return { value: chosen.value, line: chosen.line, from: chosen.from };
}

/** The shortest name (its key's letters) that vouches for a longer one it starts. */
const MIN_VOUCHING_KEY = 3;
/** How many units from the top a title line naming the employer may stand. */
const TITLE_LINE_REACH = 3;
/** A name in a title line: capitalised words (and joining words), no figure, no sentence. */
const NAME_PART = /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:&|and|und|et|y|de|of|the|\p{Lu}[\p{L}\p{N}&.'’-]*)){0,5}$/u;

/**
 * The employer's part of a title line of two parts parted by a dash or a bar, one naming a role
 * and the other a name that is no place, team, terms or kind of document ("Tidewell Energy —
 * Grid Analyst"); null for any other line ("Software Engineer - Payments" names a team).
 */
function titleLinePart(text: string, vocab: Vocabulary): string | null {
  const parts = text.replace(/[*_]/g, '').split(/\s+[-–—|]\s+/u).map((p) => p.trim());
  if (parts.length !== 2) return null;
  const roles = parts.map((p) => hasRoleWord(p, vocab));
  if (roles[0] === roles[1]) return null;
  const name = parts[roles[0] ? 1 : 0] as string;
  const f = fold(name);
  if (!NAME_PART.test(name) || namesTerms(f, vocab) || wholePhrase(f, vocab.departments) || wholePhrase(f, vocab.titleNoise) || parsePlace(name)) return null;
  return name;
}

/** Generators that read a name from a line of its own, written in full. */
const FULL_NAME_VIAS: ReadonlySet<string> = new Set(['besidetitle', 'firstline', 'header', 'label', 'legal', 'front-matter', 'structured', 'titlepart', 'at', 'pagetitle', 'meta']);
