/**
 * Salary: the base pay for the role. Every money expression of the posting is a candidate —
 * from the embedded JobPosting (`baseSalary`), front matter, a salary label (`Pay:`, `月給:`,
 * `Salary` above its value), a header part (`€60-100k`), a line about pay, a line that is only an
 * amount, or a compensation or benefits section — and the scorer picks one. Ranges are read
 * however they are written (`$95k-$250k`, `4500/月 - 12000/月`, "between €2.500 and €3.250",
 * "entre 30.000 y 45.000 €"), a lone amount after "up to" is a maximum and after "from" or with
 * a `+` a minimum. Stipends for wellness or learning, budgets, bonuses, equity, vouchers and
 * company or market figures are not salary. An explicit ISO code beats a bare `$`, which is the
 * dollar of the posting's country; an amount without a currency is in the country's (or the
 * language's) currency when a label or pay word says it is pay.
 */
import { fold, type Vocabulary } from '../lexicons/index.js';
import {
  CURRENCY_CODES, CURRENCY_OF_COUNTRY, CURRENCY_OF_LANGUAGE, CURRENCY_SYMBOLS, CURRENCY_WORDS, PAY_FIGURE, UNITS_PER_USD, parseAmount, suffixMultiplier,
} from '../patterns/money.js';
import type { Salary, SalaryPeriod } from '../schema/record.js';
import { decide, type Candidate } from './candidates.js';
import { weeklyHours } from './employment.js';
import { asText, fmValue, labelField, labelled, structured, type Context, type Found } from './context.js';
import { WEIGHTS } from './weights.js';

/**
 * An amount: groups of three with `,` `.` `'` or spaces and up to two decimals (`75,512.00`),
 * India's lakh grouping (`6,00,000`), or plain digits (`17.20`).
 */
const AMOUNT = /(?<![\d,])\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?(?!\d)|\d{1,3}(?:[,.'’\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)/g;
/** AMOUNT, walking a line, and AMOUNT at the start of a text. */
const AMOUNTS = new RegExp(AMOUNT.source, 'g');
const AMOUNT_AT = new RegExp(`^(?:${AMOUNT.source})`);
/** Shorthand right after an amount: `120k`, `12 LPA`, `8 lakh`, `2 Cr`, `80万`, `15K`, `8 juta`. */
const SUFFIX = /^\s?(?:(k|K|[Ll]akhs?|[Ll]acs?|LPA|lpa|L|[Cc]rores?|Cr|Tsd\.?|тыс\.?|млн|jt|juta|triệu)(?![\p{L}])|(万|萬|만|千|億|亿))/u;
/** Shorthands only India writes: a figure in lakhs or crores is in rupees. */
const RUPEE_SHORTHAND = 100_000;
/** A period written onto an amount, after its currency: "£30,000pa", "£12.21ph", "£450pd". */
const GLUED_PERIOD = /^(?:p[./]?[adhmw]\.?|hr|yr)(?![\p{L}])/u;
/** Between the two ends of a range. */
const RANGE_SEP = /^\s*(?:-|–|—|~|〜|～|(?:to|bis|à|a|até|hasta|до|tot|do|až|până la|pana la|έως|εως|μέχρι)(?![\p{L}]))\s*/iu;
/** A conjunction between the ends of a range, read only after "between"/"entre"/"zwischen". */
const RANGE_AND = /^\s*(?:and|und|et|y|e|i|и|en|та|și|si|a|és|es|ja|και|och|og|ve)\s+/iu;

/** Words around an amount that make it something other than base pay. */
const NOT_PAY_AFTER = /\b(vouchers?|budget|allowance|bonus(es)?|equity|stocks?|rsus?|shares|options|reimburse\w*|bount(y|ies)|prizes?|awards?|grants?|credits?|funding|revenue|valuation|raised|billions?|millions?|milliards?|mrd|mio|users|customers|members|employees|people|downloads|orders|merchants|brands|installs|households)\b/i;
/** A count of hours, not money: "35 to 40 hours per week", "38,5 Stunden", "35 heures". */
const HOURS_AFTER = /^\s*(?:hours?|hrs?|heures?|stunden|std\.|horas?|uur|ore|godzin\p{L}*|часов|часа|годин\p{L}*)(?![\p{L}])/iu;
const NOT_PAY_BEFORE = /\b(budget|bonus|bounty|revenue|raised|funding|valuation|worth|market|sales|sells|turnover|invest\w*|grant|prize|award|voucher|allowance|reimburse\w*|over|more than)\b[^.]{0,25}$/i;
/** A stipend for something (wellness, learning, a home office) is a perk; a bare stipend is an intern's pay. */
const PERK_STIPEND = /\b(wellness|well-being|wellbeing|learning|development|education|training|home[- ]office|internet|phone|mobile|gym|fitness|commut\w*|equipment|relocation|meal|lunch|conference|book|hardware|health|culture|cultural)\b[^.]{0,30}\b(stipend|budget)|\bstipend\b[^.]{0,12}\b(for|towards?)\b/i;

/** Front-matter keys that hold the salary. */
export const SALARY_KEYS = ['salary', 'salaryrange', 'compensation', 'pay', 'payrange', 'remuneration', 'wage', 'basesalary', 'gehalt', 'salaire'];

/** Countries with their own dollar, for a bare `$`; and with their own krona. */
const DOLLAR_BY_COUNTRY: Readonly<Record<string, string>> = {
  CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', MX: 'MXN', TW: 'TWD', CL: 'CLP', AR: 'ARS', CO: 'COP',
};
const KRONA_BY_COUNTRY: Readonly<Record<string, string>> = { SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK' };
/** Countries with their own rupee, for "Rs." and "rupees" (India's when none is named). */
const RUPEE_BY_COUNTRY: Readonly<Record<string, string>> = { IN: 'INR', PK: 'PKR', LK: 'LKR', NP: 'NPR', MU: 'MUR', SC: 'SCR' };

export const ANNUAL_MULTIPLIER: Readonly<Record<SalaryPeriod, number>> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

interface Amount {
  value: number;
  currency: string | null;
  start: number;
  end: number;
  /** Written with a shorthand (`15K`, `80万`, `12 LPA`). */
  shorthand: boolean;
  /** What the shorthand multiplied the figure by (1 without one). */
  multiplier: number;
}

export interface Expression {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: SalaryPeriod | null;
  raw: string;
  /** The period stood in the text (not inferred). */
  periodStated: boolean;
  /** An end was written with a shorthand (`15K`, `80万`): a figure of pay, not a count. */
  shorthand: boolean;
  /** Pay for a piece of work, not a time ("$40 per finished video", "€0.08/word"): no period is inferred. */
  perPiece?: boolean;
}

/** "/", "per" or "each" and a word after an amount: with no period stated, the pay is for a piece of work. */
const PER_PIECE = /^\s*(?:\/\s*|per\s+|each\s+)(?:\p{L}+\s+)?\p{L}{2,}/iu;

function currencyBefore(text: string, at: number): { code: string; start: number } | null {
  const before = text.slice(Math.max(0, at - 12), at);
  const trimmed = before.replace(/\s+$/, '');
  const end = at - (before.length - trimmed.length);
  for (const [sym, code] of CURRENCY_SYMBOLS) {
    if (!trimmed.endsWith(sym)) continue;
    const start = end - sym.length;
    if (/^[A-Za-z]/.test(sym) && /[\p{L}]/u.test(text[start - 1] ?? ' ')) continue;
    // "CAD $165,000": an ISO code before the symbol says which dollar.
    const iso = /([A-Z]{3})\s?$/.exec(text.slice(Math.max(0, start - 4), start));
    if (iso?.[1] && CURRENCY_CODES.has(iso[1]) && !/[\p{L}]/u.test(text[start - 5] ?? ' ')) return { code: iso[1], start: start - 4 + iso.index };
    return { code, start };
  }
  const m = /([A-Z]{3})\s?$/.exec(trimmed);
  if (m?.[1] && CURRENCY_CODES.has(m[1]) && !/[\p{L}]/u.test(text[end - 4] ?? ' ')) return { code: m[1], start: end - 3 };
  return null;
}

function currencyAfter(text: string, at: number): { code: string; end: number } | null {
  const rest = text.slice(at, at + 24);
  const lead = (/^\s?/.exec(rest)?.[0] ?? '').length;
  const r = rest.slice(lead);
  for (const [sym, code] of CURRENCY_SYMBOLS) {
    if (r.startsWith(sym) && (!/[\p{L}]/u.test(r[sym.length] ?? ' ') || /[^\x00-\u024f]/.test(sym))) return { code, end: at + lead + sym.length };
  }
  const m = /^([A-Z]{3})(?![\p{L}])/u.exec(r);
  if (m?.[1] && CURRENCY_CODES.has(m[1])) return { code: m[1], end: at + lead + 3 };
  for (const [re, code] of CURRENCY_WORDS) {
    const w = re.exec(r);
    if (w) return { code, end: at + lead + w[0].length };
  }
  return null;
}

/** Reads one amount at a match of AMOUNT: its currency before or after, and a `k`/lakh/万 suffix. */
function readAmount(text: string, m: { index: number; 0: string }): Amount | null {
  const start = m.index;
  if (/[\p{L}\d_]/u.test(text[start - 1] ?? ' ') && !currencyBefore(text, start) && !/[\u3040-\u9fff\uac00-\ud7af]/u.test(text[start - 1] ?? ' ')) return null;
  let value = parseAmount(m[0]);
  if (!Number.isFinite(value)) return null;
  let end = start + m[0].length;
  const suffix = SUFFIX.exec(text.slice(end));
  const shorthand = !!suffix;
  // A Latin shorthand ends at a word's end ("38 000 Kč" is in koruna, not thousands); a CJK one may run on ("80万円").
  const written = suffix ? (suffix[1] ?? suffix[2] ?? '') : '';
  const multiplier = suffix ? suffixMultiplier(written) : 1;
  if (suffix) {
    value *= multiplier;
    end += suffix[0].length;
  } else if (/^[a-zA-Z]/.test(text[end] ?? ' ') && !currencyAfter(text, end) && !(GLUED_PERIOD.test(text.slice(end)) && currencyBefore(text, start))) return null;
  const before = currencyBefore(text, start);
  const after = currencyAfter(text, end);
  // An explicit ISO code on either side beats a bare dollar sign.
  const code = before?.code === '$' && after && after.code !== '$' ? after.code : (before?.code ?? after?.code ?? (multiplier >= RUPEE_SHORTHAND && multiplier <= 10_000_000 && /^[LlCc]/.test(written) ? 'INR' : null));
  return { value, currency: code, start: before?.start ?? start, end: after?.end ?? end, shorthand, multiplier };
}

/** Gross/net and similar words between an amount and its period. */
const BETWEEN_AMOUNT_AND_PERIOD = /^[\s,(（]*(?:gross|brutto|brut|bruto|net|netto|neto|base|salary|before tax|pre-tax|\+\s?bonus|程度|左右|以上|以下|до вычета|на руки)?[\s,)）]*/iu;

function periodAround(text: string, start: number, end: number, vocab: Vocabulary): SalaryPeriod | null {
  const following = fold(text.slice(end, end + 40));
  const after = following.replace(BETWEEN_AMOUNT_AND_PERIOD, '');
  const hit = vocab.periods.leftmost(after);
  // Right after the amount, or after a word or two ("12.40 weekday hourly rate"), before any other
  // figure — not past a comma that ends the amount's phrase ("€55,000, flexible hours and …").
  const commaAfter = /^\s*[,，]/u.test(following);
  if (hit && (hit.index <= 1 || (!commaAfter && hit.index <= NEAR_PERIOD && !/[\d.;,(]/.test(after.slice(0, hit.index))))) return hit.key;
  const before = fold(text.slice(Math.max(0, start - 40), start));
  // Before the amount, a period word of three letters or more ("annual", "月給"), not "pa" or "pm".
  const prior = vocab.periods.all(before).filter((m) => m.text.length >= 3 || /[^\x00-\u024f]/.test(m.text)).sort((a, b) => b.index - a.index)[0];
  if (prior && before.length - (prior.index + prior.text.length) <= 25 && !/[.;。]/.test(before.slice(prior.index))) return prior.key;
  return null;
}

/** What pay can have on top ("+ tips", "+ bonus"): a "+" before one of these does not open the range. */
const EXTRAS = String.raw`(?:(?:shift|car|london|location)\s+)?(?:tips?|bonus(?:es)?|commission|equity|benefits|stock|options|overtime|gratuities|incentives?|allowances?|premiums?|holiday(?:\s+pay)?|pension|super(?:annuation)?|benef[ií]cios|beneficios|prestaciones|comiss[aã]o|comisi[oó]n|gorjetas|propinas|avantages|primes?|pr[aä]mien?|zulagen?|provisionen?|premi|bonifici|toeslagen|bonussen|premie)(?![\p{L}])`;
/**
 * Pay, then what comes on top of it: "$95k + equity", "£32,000 per year plus shift allowance", "$200k/yr + equity",
 * "plus annual bonus", "£17.50 per hour + night out allowance", "+ 33% shift allowance".
 */
const EXTRAS_ON_TOP = new RegExp(String.raw`^[^\p{L}+]*(gross|base|brutto|annually|(?:(?:per|a|an)\s+)?(?:year|annum|yr|hour|hr|month|mo|week|day))?\s*(\+|plus|and)\s*(?:(?:[\p{L}-]+|\d{1,3}(?:[.,]\d{1,2})?\s?%)\s){0,2}${EXTRAS}`, 'iu');
/**
 * A "+" set apart from the amount and followed by a word that is no period's ("R$ 2.200 + VR +
 * VT"): something on top of the pay, not "or more" (which is written against it: "£40,000+ DOE").
 */
const THING_ON_TOP = String.raw`(?:\s\+\s+(?!(?:per|a|an|pro|par|por|al|ao|p)\b)\p{L})`;
/** A "+" before another sum of money ("$18.50/hr + $2 shift differential"): an addition, not "or more". */
const PLUS_SUM = String.raw`\s+[$€£¥₹]\s?\d`;
/** Right after an amount: "+" (not "+ tips", "+ & bonus", " + VR", "+ $2"). */
const OPEN_PLUS = new RegExp(String.raw`^(?!\s*${THING_ON_TOP})\s*\+(?!\s*(?:&\s*)?${EXTRAS})(?!${PLUS_SUM})`, 'iu');
/** Within a few characters of an amount: "以上", "이상", "и выше", "or more", or a "+" not before an extra or another sum. */
const OPEN_WORDS = new RegExp(String.raw`^(?!\s*${THING_ON_TOP})[^.;。]{0,4}(以上|이상|и выше|or more|\+(?!\s*${EXTRAS})(?!${PLUS_SUM}))`, 'iu');

/** The most letters a line of pay holds besides its amount and period ("gross", "net"). */
const PAY_LINE_LETTERS = 5;

/** True when a text is an amount of pay and little else: "1.5万-2.5万", "$28/hr", "£30,000 a year". */
export function payLine(text: string, vocab: Vocabulary): boolean {
  if (!/\d/.test(text) || text.length > MAX_PAY_LINE) return false;
  const money = moneyIn(text, vocab)[0];
  if (!money) return false;
  let rest = fold(text.replace(money.raw, ' '));
  for (const m of vocab.periods.every(rest)) rest = rest.slice(0, m.index) + ' '.repeat(m.text.length) + rest.slice(m.index + m.text.length);
  return (rest.match(/\p{L}/gu) ?? []).length <= PAY_LINE_LETTERS;
}
/**
 * A range of two amounts in the tens of thousands, the upper within twice the lower ("£31,067 -
 * £34,314", a pay scale's grade): how a yearly salary is written, whatever labels it (read for a
 * line nothing else marks as pay; among lines of pay it would only reorder them).
 */
function yearlyRange(e: Expression): boolean {
  return e.min !== null && e.max !== null && e.min >= 10_000 && e.max < 1_000_000 && e.max > e.min && e.max <= e.min * 2;
}

/** The longest text read as a line of pay. */
const MAX_PAY_LINE = 80;

/** Every money expression in a line of text: a lone amount or a range, with its currency and period. */
export function moneyIn(text: string, vocab: Vocabulary): Expression[] {
  const line = text.slice(0, 2000);
  const out: Expression[] = [];
  if (!/\d/.test(line)) return out;
  const re = AMOUNTS;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const a = readAmount(line, m);
    if (!a) continue;
    let b: Amount | null = null;
    // A period may stand between the ends: "4500/月 - 12000/月".
    const periodGap = fold(line.slice(a.end, a.end + 12));
    const gapHit = vocab.periods.leftmost(periodGap);
    const skip = gapHit && gapHit.index === 0 && /^[/]/.test(periodGap) ? gapHit.text.length : 0;
    const tail = line.slice(a.end + skip);
    const prefix = fold(line.slice(Math.max(0, a.start - 20), a.start));
    const between = vocab.between.findAll(prefix).some((x) => prefix.length - (x.index + x.text.length) <= 3);
    const sep = RANGE_SEP.exec(tail) ?? (between ? RANGE_AND.exec(tail) : null);
    if (sep) {
      const rest = tail.slice(sep[0].length);
      const cur = currencyBefore(rest, rest.search(/\d/));
      const at = a.end + skip + sep[0].length + rest.search(/\d/);
      const m2 = AMOUNT_AT.exec(line.slice(at));
      if (m2 && rest.search(/\d/) <= (cur ? 8 : 2)) {
        b = readAmount(line, { index: at, 0: m2[0] });
        if (b) re.lastIndex = b.end;
      }
    }
    if (b) {
      // "£25-35k", "10 - 15 triệu": a shorthand on the upper end applies to the lower end too.
      const scale = b.multiplier > 1 && !a.shorthand ? b.multiplier : b.value >= 1000 && a.value < 1000 ? 1000 : 1;
      if (scale > 1 && a.value * scale <= b.value * 1.01 && a.value * scale >= b.value / 20) a.value *= scale;
    }
    const currency = b && a.currency === '$' && b.currency && b.currency !== '$' ? b.currency : (a.currency ?? b?.currency ?? null);
    const end = b ? b.end : a.end;
    // A lone figure without a currency before a noun is a count ("payroll for 400 site staff", "3 years"), not pay.
    if (!currency && !b && !a.shorthand && countedBy(line.slice(end), vocab)) continue;
    const stated = periodAround(line, a.start, end, vocab);
    const raw = line.slice(a.start, end).trim();
    const before = fold(line.slice(Math.max(0, a.start - 24), a.start));
    const near = (set: 'upTo' | 'from') => vocab[set].findAll(before).some((x) => before.length - (x.index + x.text.length) <= 3);
    // "$105k+" is open-ended; "$28/hr + tips" is a figure with something on top.
    const plus = OPEN_PLUS.test(line.slice(end, end + 24)) || OPEN_WORDS.test(line.slice(end, end + 28));
    const shared: Omit<Expression, 'min' | 'max'> = { currency, period: stated, raw, periodStated: !!stated, shorthand: a.shorthand || !!b?.shorthand };
    // "$60 per episode", "a flat fee of €900", "2.000 € pauschal": pay for the work, not for a time.
    if (!stated && (PER_PIECE.test(line.slice(end, end + 40)) || vocab.once.test(before) || vocab.once.test(fold(line.slice(end, end + 30))))) shared.perPiece = true;
    if (b) out.push({ min: a.value, max: b.value, ...shared });
    else if (near('upTo') || /[〜~～]\s*$/.test(line.slice(Math.max(0, a.start - 2), a.start))) out.push({ min: null, max: a.value, ...shared });
    else if (near('from') || plus) out.push({ min: a.value, max: null, ...shared });
    else out.push({ min: a.value, max: a.value, ...shared });
  }
  return out;
}

/** How far after an amount its period may stand, past a word or two. */
const NEAR_PERIOD = 14;

/** A lower-case word right after a figure that is no period, gross or net, or range word: what the figure counts. */
function countedBy(after: string, vocab: Vocabulary): boolean {
  const word = /^\s+(\p{Ll}{2,})/u.exec(after)?.[1];
  if (!word) return false;
  const f = fold(after).trimStart();
  // A period a word or two on ("11.15 weekday hourly rate") makes it pay, as the period reader allows.
  const period = vocab.periods.leftmost(f);
  if (period && period.index <= NEAR_PERIOD && !/[\d.;,(]/.test(f.slice(0, period.index))) return false;
  return !BETWEEN_AMOUNT_AND_PERIOD.exec(f)?.[0].trim() && !/^(?:to|and|or|a|an|per|bis|à|al|até|do|tot)\b/u.test(f);
}

/** True when the words around an expression make it something other than base pay. */
function notPay(line: string, raw: string): boolean {
  const at = line.indexOf(raw);
  // "$95k - $120k + equity": pay with something on top is still the pay.
  // What follows in the amount's own clause: a comma ends it ("€55,000, flexible hours and a learning budget").
  const after = (line.slice(at + raw.length, at + raw.length + 60).split(/[.;,，]/)[0] ?? '').replace(EXTRAS_ON_TOP, '');
  const before = line.slice(Math.max(0, at - 40), at);
  if (NOT_PAY_AFTER.test(after) || NOT_PAY_BEFORE.test(before) || HOURS_AFTER.test(after)) return true;
  return PERK_STIPEND.test(`${before} ${raw} ${after}`);
}

/** The period an amount most likely has when the text does not say: by its size in US dollars. */
export function inferPeriod(amount: number, currency: string | null): SalaryPeriod {
  const rate = UNITS_PER_USD[currency ?? ''] ?? 1;
  const usd = amount / rate;
  // Where a dollar buys many units, a month's pay can be worth under $200; an hour's rarely over $25.
  if (usd < (rate >= 20 ? 25 : 200)) return 'hour';
  if (usd < 15_000) return 'month';
  return 'year';
}

function resolveCurrency(code: string | null, countries: readonly string[], language: string | null): string | null {
  if (code === '$') return countries.map((c) => DOLLAR_BY_COUNTRY[c]).find(Boolean) ?? 'USD';
  if (code === 'Rs') return countries.map((c) => RUPEE_BY_COUNTRY[c]).find(Boolean) ?? 'INR';
  if (code === 'kr') {
    // The krona or krone of a country named, else of the language (Danish, Norwegian), else Swedish.
    const own = language ? CURRENCY_OF_LANGUAGE[language] : undefined;
    return countries.map((c) => KRONA_BY_COUNTRY[c]).find(Boolean) ?? (own && Object.values(KRONA_BY_COUNTRY).includes(own) ? own : 'SEK');
  }
  if (code === 'JPY' && (countries.includes('CN') || language === 'zh')) return 'CNY';
  if (code === 'RMB') return 'CNY';
  if (code) return code;
  const byCountry = [...new Set(countries.map((c) => CURRENCY_OF_COUNTRY[c]).filter(Boolean))];
  if (byCountry.length === 1) return byCountry[0] as string;
  return language ? (CURRENCY_OF_LANGUAGE[language] ?? null) : null;
}

type SalaryCandidate = Candidate<Expression>;

/**
 * A line that is only an amount (and its currency and period): a bare pay line. Two short words
 * may follow, and an aside: "1.100 - 1.250 EUR neto mjesečno", "1500–1900 EUR/mėn. (neatskaičius mokesčių)".
 */
const BARE = /^[\s(（]*[^\p{L}\d]{0,4}\s*[\d.,'’\s]+[kK万千萬]?\s*(?:[-–—~〜to]+\s*[^\p{L}\d]{0,4}\s*[\d.,'’\s]+[kK万千萬]?)?\s*[^\s\d]{0,4}(?:\s*\/?\s*\p{L}{1,12}\.?){0,2}(?:\s*[(（][^()（）]{0,40}[)）])?[\s)）.]*$/u;

/** A short label opening a line: "B2B:", "Plaća:". */
const LINE_LABEL = /^[^:：\d]{1,30}[:：]\s*/u;

export function salaryCandidates(ctx: Context): SalaryCandidate[] {
  const { vocab } = ctx;
  const out: SalaryCandidate[] = [];
  const add = (text: string, line: number | null, from: SalaryCandidate['from'], via: string, extra: Record<string, number> = {}, labelPeriod: SalaryPeriod | null = null) => {
    for (const expr of moneyIn(text, vocab)) {
      if ((expr.max ?? expr.min ?? 0) <= 0 || notPay(text, expr.raw)) continue;
      const e = !expr.period && labelPeriod ? { ...expr, period: labelPeriod, periodStated: true } : expr;
      out.push({ value: e, line, from, via, evidence: text.slice(0, 160), features: { period: e.periodStated ? 1 : 0, currency: e.currency ? 1 : 0, noCurrency: e.currency ? 0 : 1, range: e.min !== null && e.max !== null && e.min !== e.max ? 1 : 0, thousands: (/\d\s?[kK]\b/.test(e.raw) || (via === 'other' && yearlyRange(e))) && !!e.currency ? 1 : 0, ...extra } });
    }
  };
  const base = structured(ctx, 'baseSalary');
  const baseText = salaryObjectText(base) ?? salaryObjectText(structured(ctx, 'estimatedSalary'));
  if (baseText) add(baseText, null, 'jsonld', 'structured');
  const fm = fmValue(ctx, SALARY_KEYS) ?? fmValue(ctx, ['baseSalary']) ?? splitSalaryKeys(ctx);
  const fmText = fm ? (asText(fm.value) ?? salaryObjectText(fm.value)) : null;
  if (fm && fmText) add(fmText, fm.line, 'front-matter', 'front-matter');
  for (const f of labelled(ctx, 'salary')) {
    // A period in the label: "Hourly rate:", "月給:", "Stundenlohn:".
    const labelPeriod = vocab.periods.leftmost(fold(f.label))?.key ?? null;
    add(f.value, f.line, 'body', 'label', {}, labelPeriod);
  }
  for (const h of ctx.doc.headers) for (const p of h.parts) if (/\d/.test(p)) add(p, h.line, 'body', 'header');
  // A field under a label of a language without tables ("Μισθός: 1.200 € μικτά"): its value alone, when it is only pay,
  // or opens with pay in a currency and says a few words more of it ("1 400 – 1 700 Eur/mėn. neatskaičius mokesčių").
  const known = new Set([...ctx.labels.values()].flat());
  for (const f of ctx.doc.fields) {
    if (known.has(f) || f.value.length > 60) continue;
    const opening = /\d/.test(f.value) ? moneyIn(f.value, vocab)[0] : undefined;
    const opensWithPay = !!opening?.currency && f.value.trimStart().startsWith(opening.raw);
    if ((BARE.test(f.value) && /[^\s\d.,'’()（）\-–—~〜]/u.test(f.value)) || opensWithPay) add(f.value, f.line, 'body', 'bare');
  }
  for (const l of ctx.lines) {
    if (!/\d/.test(l.text)) continue;
    const kind = ctx.kinds.get(l.line, l.text);
    const payWord = vocab.payWords.test(l.folded);
    // Only pay, or pay and its period ("$80,000 – $90,000 per year + super"), maybe past a label ("B2B: 22 000 PLN net/month").
    const label = LINE_LABEL.exec(l.text)?.[0] ?? '';
    const value = l.text.slice(label.length);
    // A bare figure under a label of hours or experience is theirs ("Hours per week: 38"), not pay by the week.
    const field = label && !payWord ? labelField(label.replace(/[:：\s]+$/u, ''), vocab) : null;
    if ((field === 'hours' || field === 'experience') && !PAY_FIGURE.test(value)) continue;
    const via = payWord ? 'payline' : (BARE.test(value) && value.length <= 60) || payLine(l.text, vocab) ? 'bare' : kind === 'compensation' ? 'compensation' : kind === 'benefits' ? 'benefits' : 'other';
    add(l.text, l.line, 'body', via, { inRequirements: kind === 'qualifications' || kind === 'preferred' ? 1 : 0 });
  }
  return out;
}

/** Candidates agree when they read the same figures. */
function salaryKey(e: Expression): string {
  return `${e.min ?? ''}-${e.max ?? ''}`;
}

/** Below this many units of any currency a year, a figure with a period is a count ("2 … per week"), not pay. */
const LEAST_YEARLY = 500;

/** Below this, a figure without a currency, period or shorthand may be a grade rather than an amount. */
const LEAST_BARE_PAY = 100;
/** The end of a grade's name: a word, maybe joined to its number by a hyphen ("EG ", "Band ", "GS-"). */
const GRADE_BEFORE = /\p{L}[\s-]?$/u;

/** Where a figure without a currency may still be pay: a field that says so. */
const SAYS_PAY = new Set(['structured', 'front-matter', 'label']);

/** A figure worth less than any pay is none; one without a currency counts only where a field says it is pay, or when its shorthand or period says so (`15K-25K，14薪`, `4500/月`); a year never does. */
function mayBePay(c: SalaryCandidate): boolean {
  const e = c.value;
  const figure = e.max ?? e.min ?? 0;
  // A figure its period makes worth less than any year's pay in any currency is a count or a price
  // ("2 stand-ups a week", "$3 per user per month").
  if (e.period && figure * ANNUAL_MULTIPLIER[e.period] < LEAST_YEARLY) return false;
  if (e.currency) return true;
  if (figure >= 1990 && figure <= 2100 && !e.shorthand) return false;
  // A small figure after a word, with no currency, period or shorthand, is a grade on a pay scale
  // ("TVöD EG 8", "Band 5", "GS-12"), which names no amount.
  if (figure < LEAST_BARE_PAY && !e.period && !e.shorthand && GRADE_BEFORE.test(c.evidence.slice(0, Math.max(0, c.evidence.indexOf(e.raw))))) return false;
  return SAYS_PAY.has(c.via) || ((e.shorthand || e.periodStated) && ['header', 'payline', 'bare', 'compensation'].includes(c.via));
}

/** The largest figure read as pay, whatever the period; beyond it a figure is a mistake or an attack, not pay. */
const MAX_PAY = 1e10;

const inRange = (c: SalaryCandidate) => [c.value.min, c.value.max].every((x) => x === null || (Number.isFinite(x) && x >= 0 && x <= MAX_PAY));

/**
 * Extracts the salary; `countries` (ISO alpha-2 of the posting's places) resolve a bare `$` or a
 * missing currency. A figure out of any range of pay is left out and reported through `outOfRange`.
 */
export function extractSalary(ctx: Context, countries: string[], outOfRange: (line: number | null, raw: string) => void = () => {}): Found<Salary> | null {
  const all = salaryCandidates(ctx).filter(mayBePay);
  const wild = all.find((c) => !inRange(c));
  if (wild) outOfRange(wild.line, wild.value.raw);
  const candidates = all.filter(inRange);
  for (const c of candidates) {
    if (!c.value.currency) c.value = { ...c.value, currency: resolveCurrency(null, countries, ctx.doc.language) };
    if (!c.value.currency) c.features.unresolved = 1;
  }
  const decision = decide('salary', candidates, WEIGHTS.salary, salaryKey);
  ctx.decisions?.set('salary', decision);
  const best = decision.winner;
  if (!best) return null;
  const expr = withOtherEnd(best, decision.ranked);
  const currency = resolveCurrency(expr.currency, countries, ctx.doc.language);
  const figure = expr.max ?? expr.min ?? 0;
  const period = expr.period ?? (/\b(lpa|lakhs? per annum)\b/i.test(expr.raw) ? 'year' : expr.perPiece ? null : inferPeriod(figure, currency));
  // Hourly pay over the hours the posting states ("20 hours per week"), not a full-time year's 2,080.
  const hours = statedWeeklyHours(ctx);
  const k = period === null ? null : period === 'hour' && hours !== null ? hours * ANNUAL_MULTIPLIER.week : ANNUAL_MULTIPLIER[period];
  // Pay for a piece of work has no yearly figure.
  const annualized = k === null ? null : { min: expr.min === null ? null : round(expr.min * k), max: expr.max === null ? null : round(expr.max * k), multiplier: k };
  const salary: Salary = { min: expr.min, max: expr.max, currency, period, raw: expr.raw, annualized };
  if (hours !== null) salary.hoursPerWeek = hours;
  // "$105k+", "from €40,000": a floor, no ceiling.
  if (expr.min !== null && expr.max === null) salary.openEnded = true;
  // "£27,500 pro rata", "£24,100 FTE (£14,460 actual)": a full-time figure, paid in proportion to the hours.
  if (best.line !== null && ctx.lines.some((l) => l.line === best.line && ctx.vocab.proRata.test(l.folded))) salary.proRata = true;
  return { value: salary, line: best.line, from: best.from };
}

/** How many lines apart a floor and a ceiling written one per line ("Min … $24.00/Hr." / "Max … $31.00/Hr.") may stand. */
const ENDS_APART = 2;

/**
 * A floor whose ceiling stands on a line of its own nearby, in the same currency and period
 * ("Min USD $24.00/Hr." then "Max USD $31.00/Hr.", "from €3,000" then "up to €3,600"):
 * the range the two lines make; any other winner as it is.
 */
function withOtherEnd(best: { value: Expression; line: number | null }, ranked: ReadonlyArray<{ value: Expression; line: number | null }>): Expression {
  const e = best.value;
  if (best.line === null || (e.min === null) === (e.max === null)) return e;
  const other = ranked.find((c) => {
    const o = c.value;
    return c.line !== null && c.line !== best.line && Math.abs(c.line - (best.line as number)) <= ENDS_APART && (o.min === null) !== (o.max === null) && (o.min === null) !== (e.min === null) && o.currency === e.currency && o.period === e.period;
  });
  if (!other) return e;
  const min = e.min ?? other.value.min;
  const max = e.max ?? other.value.max;
  if (min === null || max === null || max < min) return e;
  const [first, second] = (other.line as number) > (best.line as number) ? [e.raw, other.value.raw] : [other.value.raw, e.raw];
  return { ...e, min, max, raw: `${first} – ${second}` };
}

/** Shifts a week times their length: "3x12", "4 x 10s", "3×12h". */
const SHIFTS = /(?<![\d.])([1-7])\s*[x×]\s*(8|10|12)(?:s|h|hrs?)?(?![\d.])/u;
/** A value that is only a figure of hours: "37.5", "20-25", "40 hours", "38,5 Std.", "35 per week". */
const FIGURE_OF_HOURS = /^\s*\d{1,2}(?:[.,]5)?(?:\s*[-–]\s*\d{1,2}(?:[.,]5)?)?\s*(?:h|hrs?|hours?|stunden|std|heures|horas|ore|uur)?\.?\s*(?:(?:per|a|pro)\s+week)?\s*$/iu;

/** The hours a week the posting states: an hours label first ("Hours: 30 per week"), then the first line that says it. */
function statedWeeklyHours(ctx: Context): number | null {
  for (const f of labelled(ctx, 'hours')) {
    // A label's figure alone is its hours a week ("Hours: 37.5", "Stunden: 20-25"); a shift's pattern is
    // shifts times their length ("3x12" is 36 hours, not 12).
    const shifts = SHIFTS.exec(f.value);
    const hours = weeklyHours(f.value) ?? (shifts ? Number(shifts[1]) * Number(shifts[2]) : null) ?? (FIGURE_OF_HOURS.test(f.value) ? weeklyHours(`${f.value.replace(/\b(?:per|a|pro)\s+week\b.*$/i, '').replace(/\s*(?:h|hrs?|hours?)\.?\s*$/i, '')} hours per week`) : null);
    if (hours !== null) return hours;
  }
  for (const l of ctx.lines) {
    const hours = /\d/.test(l.text) ? weeklyHours(l.text) : null;
    if (hours !== null) return hours;
  }
  return null;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Keys that give a salary's parts one per key: `salary_min: 55000`, `salary_max`, `salary_currency`, `salary_period`. */
const SPLIT_SALARY_KEYS = {
  min: ['salarymin', 'minsalary', 'salaryfrom', 'salarylow', 'paymin', 'minpay', 'payfrom', 'compensationmin', 'mincompensation'],
  max: ['salarymax', 'maxsalary', 'salaryto', 'salaryhigh', 'paymax', 'maxpay', 'payto', 'compensationmax', 'maxcompensation'],
  currency: ['salarycurrency', 'paycurrency', 'compensationcurrency', 'currency'],
  period: ['salaryperiod', 'payperiod', 'salaryunit', 'salaryinterval', 'payunit', 'compensationperiod'],
} as const;
export const SALARY_PART_KEYS: readonly string[] = Object.values(SPLIT_SALARY_KEYS).flat();

/** A salary written across front-matter keys, one part each, as one object; null without a figure. */
function splitSalaryKeys(ctx: Context): Found<unknown> | null {
  const part = (keys: readonly string[]) => fmValue(ctx, keys);
  const min = part(SPLIT_SALARY_KEYS.min);
  const max = part(SPLIT_SALARY_KEYS.max);
  const figure = (f: Found<unknown> | null) => (typeof f?.value === 'number' ? f.value : typeof f?.value === 'string' && /^\s*\d[\d,.]*\s*$/.test(f.value) ? Number(f.value.replace(/,/g, '')) : undefined);
  if (figure(min) === undefined && figure(max) === undefined) return null;
  const currency = part(SPLIT_SALARY_KEYS.currency)?.value;
  const period = part(SPLIT_SALARY_KEYS.period)?.value;
  const value = { min: figure(min), max: figure(max), currency: typeof currency === 'string' ? currency : undefined, period: typeof period === 'string' ? period : undefined };
  return { value, line: (min ?? max)?.line ?? null, from: 'front-matter' };
}

/** A salary object (`{ min, max, currency, period }`, or schema.org's `{ currency, value: { minValue, maxValue, unitText } }`) as text. */
function salaryObjectText(v: unknown): string | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
  const o = v as Record<string, unknown>;
  const inner = o.value && typeof o.value === 'object' ? (o.value as Record<string, unknown>) : o;
  const min = o.min ?? o.from ?? o.minimum ?? inner.minValue ?? o.minValue ?? (typeof inner.value === 'number' ? inner.value : undefined) ?? (typeof o.value === 'number' ? o.value : undefined);
  const max = o.max ?? o.to ?? o.maximum ?? inner.maxValue ?? o.maxValue ?? (typeof inner.value === 'number' ? inner.value : undefined);
  const cur = typeof o.currency === 'string' ? o.currency.toUpperCase() : '';
  const unit = [o.period, o.unit, inner.unitText, o.unitText].find((x) => typeof x === 'string') as string | undefined;
  const per = unit ? ` per ${unit.toLowerCase()}` : '';
  if (typeof min !== 'number' && typeof max !== 'number') return null;
  // In plain digits: `1e308` written as "1e+308" would read as 1 and 308.
  const digits = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && Math.abs(n) >= 1e21 ? BigInt(n).toString() : String(n));
  return `${cur} ${digits(min ?? max)} - ${cur} ${digits(max ?? min)}${per}`;
}
