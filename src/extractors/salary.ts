/**
 * Salary: the base pay for the role, from front matter, a salary label, or a sentence about
 * pay. Stipends for wellness or learning, budgets, bonuses, equity, vouchers and company or
 * market figures are not salary; "DOE" / "competitive" leave it null. `$` alone is USD unless
 * the posting is in a country with its own dollar.
 */
import {
  CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, PERIOD_BEFORE, PERIOD_WORDS, UNITS_PER_USD, parseAmount, suffixMultiplier,
} from '../patterns/money.js';
import type { Salary, SalaryPeriod } from '../schema/record.js';
import { asText, fmValue, type Context, type Found } from './context.js';

/** An amount: groups of three with `,` `.` `'` or spaces and up to two decimals (`75,512.00`), or plain digits (`17.20`). */
const AMOUNT = /\d{1,3}(?:[,.'’\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)/g;
/** The upper end of a range: an optional currency, then an amount. */
const SECOND_AMOUNT = new RegExp(`^(?:${/(?:US\$|CA\$|AU\$|A\$|C\$|R\$|\$|€|£|₹|Rs\.?|¥|[A-Z]{3})?\s?/.source})(${AMOUNT.source})`);
/** Shorthand right after an amount: `120k`, `12 LPA`, `8 lakh`, `2 Cr`. */
const SUFFIX = /^\s?(k|K|lakhs?|lacs?|LPA|lpa|L|crores?|Cr|Tsd\.?)(?![\p{L}])/u;
/** Between the two ends of a range. */
const RANGE_SEP = /^\s*(?:-|–|—|~|to|bis|à|a|até|hasta|до|and)\s*/i;
/** Before a lone amount: an upper bound only. */
const UP_TO = /\b(up to|upto|bis zu|jusqu['’]à|hasta|até|max(imum)?\.?|до)\s*$/i;
/** Before a lone amount: a lower bound only. */
const FROM = /\b(from|starting (at|from)|ab|à partir de|desde|a partir de|min(imum)?\.?|mindestens|от)\s*$/i;

/** Words around an amount that make it something other than base pay. */
const NOT_PAY_AFTER = /\b(vouchers?|budget|allowance|bonus(es)?|equity|stocks?|rsus?|shares|options|reimburse\w*|bount(y|ies)|prizes?|awards?|grants?|credits?|funding|revenue|valuation|raised|billions?|millions?|milliards?|mrd|mio|users|customers|members|employees|people|downloads)\b/i;
const NOT_PAY_BEFORE = /\b(budget|bonus|bounty|revenue|raised|funding|valuation|worth|market|sales|turnover|invest\w*|grant|prize|award|voucher|allowance|reimburse\w*)\b[^.]{0,25}$/i;
/** A stipend for something (wellness, learning, a home office) is a perk; a bare stipend is an intern's pay. */
const PERK_STIPEND = /\b(wellness|well-being|wellbeing|learning|development|education|training|home[- ]office|internet|phone|mobile|gym|fitness|commut\w*|equipment|relocation|meal|lunch|conference|book|hardware|health)\b[^.]{0,30}\b(stipend|budget)|\bstipend\b[^.]{0,12}\b(for|towards?)\b/i;

/** Words that say a line is about pay. */
const PAY_WORDS = /\b(salary|salaries|pay|paid|compensation|remunera\w*|gehalt|vergütung|salaire|sueldo|salario|salário|wages?|rate|stipend|ctc|lpa|payroll|earn\w*|base|ote|зарплат\w*|оплата|доход)\b/i;
/** Labels of a salary line: `Salary:`, `Base Salary Range:`, `Pay:`, `Gehalt:`. */
const SALARY_LABEL = /^(base |starting |annual |expected |target )?(salary|pay|compensation|remuneration|gehalt|vergütung|salaire|rémunération|salario|sueldo|salário|remuneração|wage|rate|stipend|ctc|зарплата|оплата)( range| band| rate)?$/i;

/** Front-matter keys that hold the salary. */
const SALARY_KEYS = ['salary', 'salaryrange', 'compensation', 'pay', 'payrange', 'remuneration', 'wage', 'basesalary'];

/** Countries with their own dollar, for a bare `$`. */
const DOLLAR_BY_COUNTRY: Readonly<Record<string, string>> = {
  CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', MX: 'MXN', TW: 'TWD', CL: 'CLP', AR: 'ARS', CO: 'COP',
};
const KRONA_BY_COUNTRY: Readonly<Record<string, string>> = { SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK' };

export const ANNUAL_MULTIPLIER: Readonly<Record<SalaryPeriod, number>> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

interface Amount {
  value: number;
  currency: string | null;
  start: number;
  end: number;
}

interface Expression {
  min: number | null;
  max: number | null;
  currency: string | null;
  period: SalaryPeriod | null;
  raw: string;
}

function currencyBefore(text: string, at: number): { code: string; start: number } | null {
  const before = text.slice(Math.max(0, at - 8), at);
  const trimmed = before.replace(/\s+$/, '');
  for (const [sym, code] of CURRENCY_SYMBOLS) {
    if (trimmed.endsWith(sym)) {
      const start = at - (before.length - trimmed.length) - sym.length;
      const prevChar = text[start - 1] ?? ' ';
      if (/^[A-Za-z]/.test(sym) && /[\p{L}]/u.test(prevChar)) continue;
      return { code, start };
    }
  }
  const m = /([A-Z]{3})\s?$/.exec(trimmed);
  if (m?.[1] && CURRENCY_CODES.has(m[1]) && !/[\p{L}]/u.test(text[at - (before.length - trimmed.length) - 4] ?? ' ')) {
    return { code: m[1], start: at - (before.length - trimmed.length) - 3 };
  }
  return null;
}

function currencyAfter(text: string, at: number): { code: string; end: number } | null {
  const rest = text.slice(at, at + 24);
  const lead = (/^\s?/.exec(rest)?.[0] ?? '').length;
  const r = rest.slice(lead);
  for (const [sym, code] of CURRENCY_SYMBOLS) {
    if (r.startsWith(sym) && !/[\p{L}]/u.test(r[sym.length] ?? ' ')) return { code, end: at + lead + sym.length };
  }
  const m = /^([A-Z]{3})(?![\p{L}])/u.exec(r);
  if (m?.[1] && CURRENCY_CODES.has(m[1])) return { code: m[1], end: at + lead + 3 };
  for (const [re, code] of CURRENCY_WORDS) {
    const w = re.exec(r);
    if (w) return { code, end: at + lead + w[0].length };
  }
  return null;
}

/** Reads one amount at a match of AMOUNT: its currency before or after, and a `k`/lakh suffix. */
function readAmount(text: string, m: RegExpExecArray): Amount | null {
  const start = m.index;
  if (/[\p{L}\d_]/u.test(text[start - 1] ?? ' ') && !currencyBefore(text, start)) return null;
  let value = parseAmount(m[0]);
  if (!Number.isFinite(value)) return null;
  let end = start + m[0].length;
  const suffix = SUFFIX.exec(text.slice(end));
  if (suffix) {
    value *= suffixMultiplier(suffix[1] ?? '');
    end += suffix[0].length;
  } else if (/^[\p{L}]/u.test(text[end] ?? ' ') && !currencyAfter(text, end)) return null;
  const before = currencyBefore(text, start);
  const after = currencyAfter(text, end);
  return { value, currency: before?.code ?? after?.code ?? null, start: before?.start ?? start, end: after?.end ?? end };
}

function periodAround(text: string, start: number, end: number): SalaryPeriod | null {
  const after = text.slice(end, end + 48).replace(/^[\s,(]*(gross|brutto|net|netto|base|salary|before tax|pre-tax|\+ ?bonus)?[\s,]*/i, '');
  for (const [period, re] of PERIOD_WORDS) if (re.test(after)) return period;
  const before = text.slice(Math.max(0, start - 40), start);
  for (const [period, re] of PERIOD_BEFORE) if (re.test(before)) return period;
  return null;
}

/** Every money expression in a line of text: a lone amount or a range, with its currency and period. */
export function moneyIn(text: string): Expression[] {
  const line = text.slice(0, 2000);
  const out: Expression[] = [];
  if (!/\d/.test(line)) return out;
  const re = new RegExp(AMOUNT.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const a = readAmount(line, m);
    if (!a) continue;
    let b: Amount | null = null;
    const sep = RANGE_SEP.exec(line.slice(a.end));
    if (sep) {
      const rest = line.slice(a.end + sep[0].length);
      const m2 = SECOND_AMOUNT.exec(rest);
      if (m2?.[1]) {
        const at = a.end + sep[0].length + m2[0].length - m2[1].length;
        const fake = Object.assign([m2[1]], { index: at, input: line }) as unknown as RegExpExecArray;
        b = readAmount(line, fake);
        if (b) re.lastIndex = b.end;
      }
    }
    if (b) {
      // "£25-35k": a shorthand on the upper end applies to the lower end too.
      if (b.value >= 1000 && a.value < 1000 && a.value * 1000 <= b.value * 1.01 && a.value * 1000 >= b.value / 20) a.value *= 1000;
    }
    const currency = a.currency ?? b?.currency ?? null;
    const end = b ? b.end : a.end;
    const period = periodAround(line, a.start, end);
    const raw = line.slice(a.start, end).trim();
    if (b) out.push({ min: a.value, max: b.value, currency, period, raw });
    else {
      const before = line.slice(Math.max(0, a.start - 24), a.start);
      if (UP_TO.test(before)) out.push({ min: null, max: a.value, currency, period, raw });
      else if (FROM.test(before)) out.push({ min: a.value, max: null, currency, period, raw });
      else out.push({ min: a.value, max: a.value, currency, period, raw });
    }
  }
  return out;
}

/** True when the words around an expression make it something other than base pay. */
function notPay(line: string, raw: string): boolean {
  const at = line.indexOf(raw);
  // "$95k - $120k + equity": pay with something on top is still the pay.
  const after = (line.slice(at + raw.length, at + raw.length + 60).split(/[.;]/)[0] ?? '').replace(/^[^\p{L}+]*(gross|base|brutto|annually|a year|per year)?\s*(\+|plus|and)\s*(equity|bonus(es)?|stock|options|benefits|commission)\b/iu, '');
  const before = line.slice(Math.max(0, at - 40), at);
  if (NOT_PAY_AFTER.test(after) || NOT_PAY_BEFORE.test(before)) return true;
  return PERK_STIPEND.test(`${before} ${raw} ${after}`) || (/^\s*(annual |yearly )?stipend/i.test(after) && !periodAround(line, at, at + raw.length));
}

/** The period an amount most likely has when the text does not say: by its size in US dollars. */
export function inferPeriod(amount: number, currency: string | null): SalaryPeriod {
  const usd = amount / (UNITS_PER_USD[currency ?? ''] ?? 1);
  if (usd < 200) return 'hour';
  if (usd < 15_000) return 'month';
  return 'year';
}

function resolveCurrency(code: string | null, countries: string[]): string | null {
  if (code === '$') return countries.map((c) => DOLLAR_BY_COUNTRY[c]).find(Boolean) ?? 'USD';
  if (code === 'kr') return countries.map((c) => KRONA_BY_COUNTRY[c]).find(Boolean) ?? 'SEK';
  if (code === 'JPY' && countries.includes('CN')) return 'CNY';
  if (code === 'RMB') return 'CNY';
  return code;
}

interface Candidate {
  expr: Expression;
  score: number;
  line: number | null;
  from: Found<unknown>['from'];
}

function candidatesIn(text: string, base: number, line: number | null, from: Candidate['from']): Candidate[] {
  return moneyIn(text)
    .filter((e) => (e.max ?? e.min ?? 0) > 0 && !notPay(text, e.raw))
    .filter((e) => e.currency || base >= 90)
    .map((expr) => ({ expr, line, from, score: base + (expr.period ? 20 : 0) }));
}

/** Extracts the salary; `countries` (ISO alpha-2 of the posting's places) resolve a bare `$`. */
export function extractSalary(ctx: Context, countries: string[]): Found<Salary> | null {
  const candidates: Candidate[] = [];
  const fm = fmValue(ctx, SALARY_KEYS);
  const fmText = fm ? asText(fm.value) ?? salaryObjectText(fm.value) : null;
  if (fm && fmText) candidates.push(...candidatesIn(fmText, 100, fm.line, 'front-matter'));
  for (const l of ctx.lines) {
    const field = /^([^:：]{1,48})[:：]\s*(.*)$/.exec(l.text);
    const labelled = field && SALARY_LABEL.test((field[1] ?? '').replace(/[*_]/g, '').trim());
    const kind = ctx.kinds.get(l.line);
    const base = labelled ? 90 : PAY_WORDS.test(l.text) ? 50 : kind === 'compensation' || kind === 'benefits' ? 30 : 20;
    candidates.push(...candidatesIn(labelled ? (field?.[2] ?? '') : l.text, base, l.line, 'body'));
  }
  const best = candidates.filter((c) => c.score >= 40).sort((a, b) => b.score - a.score)[0];
  if (!best) return null;
  const { expr } = best;
  const currency = resolveCurrency(expr.currency, countries);
  const figure = expr.max ?? expr.min ?? 0;
  const period = expr.period ?? (/\b(lpa|lakhs? per annum)\b/i.test(expr.raw) ? 'year' : inferPeriod(figure, currency));
  const k = ANNUAL_MULTIPLIER[period];
  const annualized = { min: expr.min === null ? null : round(expr.min * k), max: expr.max === null ? null : round(expr.max * k), multiplier: k };
  return { value: { min: expr.min, max: expr.max, currency, period, raw: expr.raw, annualized }, line: best.line, from: best.from };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Front matter like `salary: { min: 50000, max: 60000, currency: EUR }` as text the reader understands. */
function salaryObjectText(v: unknown): string | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  const min = o.min ?? o.from ?? o.minimum;
  const max = o.max ?? o.to ?? o.maximum;
  const cur = typeof o.currency === 'string' ? o.currency.toUpperCase() : '';
  const per = typeof o.period === 'string' ? ` per ${o.period}` : typeof o.unit === 'string' ? ` per ${o.unit}` : '';
  if (typeof min !== 'number' && typeof max !== 'number') return null;
  return `${cur} ${min ?? max} - ${cur} ${max ?? min}${per}`;
}
