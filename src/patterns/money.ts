/**
 * Money in postings: currency symbols and codes, amounts with any thousands separator
 * (`120,000`, `€50.000`, `50 000 €`, `CHF 120'000`), shorthand (`120k`, `12 LPA`), ranges
 * (`-`, `–`, `to`, `bis`, `à`, `a`, `até`, `hasta`) and pay periods in several languages.
 */
import type { SalaryPeriod } from '../schema/record.js';

/** Currency symbols and words, longest first, mapped to ISO 4217; `$` alone is resolved later. */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], ['USD$', 'USD'], ['CA$', 'CAD'], ['CAD$', 'CAD'], ['C$', 'CAD'], ['AU$', 'AUD'], ['AUD$', 'AUD'], ['A$', 'AUD'],
  ['NZ$', 'NZD'], ['HK$', 'HKD'], ['S$', 'SGD'], ['SG$', 'SGD'], ['R$', 'BRL'], ['MX$', 'MXN'], ['$', '$'], ['€', 'EUR'], ['£', 'GBP'],
  ['₹', 'INR'], ['Rs.', 'INR'], ['Rs', 'INR'], ['¥', 'JPY'], ['₩', 'KRW'], ['₽', 'RUB'], ['₺', 'TRY'], ['₪', 'ILS'], ['₱', 'PHP'],
  ['฿', 'THB'], ['₦', 'NGN'], ['₴', 'UAH'], ['zł', 'PLN'], ['Kč', 'CZK'], ['kr.', 'kr'], ['kr', 'kr'], ['Fr.', 'CHF'],
];

/** ISO 4217 codes that postings use; a curated list, so words like "ALL" are not read as money. */
export const CURRENCY_CODES = new Set([
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'ISK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN', 'INR', 'JPY',
  'CNY', 'RMB', 'HKD', 'SGD', 'TWD', 'KRW', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'PEN', 'UYU', 'ZAR', 'NGN', 'KES', 'EGP', 'MAD',
  'TRY', 'ILS', 'AED', 'SAR', 'QAR', 'RUB', 'UAH', 'THB', 'IDR', 'MYR', 'PHP', 'VND', 'PKR', 'BDT', 'LKR',
]);

/** Currency words after an amount: "3 500 euros", "50 dollars". */
export const CURRENCY_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(us )?dollars?\b/i, '$'], [/^euros?\b/i, 'EUR'], [/^(british )?pounds?( sterling)?\b/i, 'GBP'], [/^rupees?\b/i, 'INR'],
  [/^reais\b/i, 'BRL'], [/^(swiss )?francs?\b/i, 'CHF'], [/^yen\b/i, 'JPY'], [/^рубл/i, 'RUB'], [/^руб\.?/i, 'RUB'], [/^złotych\b/i, 'PLN'],
];

/**
 * Roughly how many units of a currency make one US dollar, to judge the size of an amount
 * (an hourly figure, a monthly one, a yearly one) in currencies with large units.
 */
export const UNITS_PER_USD: Readonly<Record<string, number>> = {
  INR: 85, JPY: 150, KRW: 1350, IDR: 16000, VND: 25000, HUF: 360, CLP: 950, COP: 4000, ARS: 1000, PKR: 280, NGN: 1500,
  KES: 130, PHP: 57, THB: 35, RUB: 90, UAH: 41, TWD: 32, CZK: 23, SEK: 10.5, NOK: 10.5, DKK: 7, ISK: 140, MXN: 18, ZAR: 18,
  BRL: 5.5, TRY: 35, EGP: 48, BDT: 120, LKR: 300, CNY: 7.2, RMB: 7.2, HKD: 7.8, PLN: 4, RON: 4.6, AED: 3.7, SAR: 3.75, QAR: 3.6,
  ILS: 3.7, MYR: 4.5, PEN: 3.8, UYU: 40, BGN: 1.8, MAD: 10,
};

/** Pay periods by how postings write them, in several languages; matched right after an amount (or before it). */
export const PERIOD_WORDS: ReadonlyArray<readonly [SalaryPeriod, RegExp]> = [
  ['hour', /^(\/\s?(hour|hr|h)\b|per (hour|hr)\b|an hour\b|a hour\b|hourly\b|hrly\b|p\.?\s?h\.?\b|\/h\b|de l['’]heure|par heure|pro stunde|por hora|la hora|в час|\/час)/i],
  ['day', /^(\/\s?(day|d)\b|per day\b|a day\b|daily\b|par jour|pro tag|por día|por dia|al día|в день|day rate)/i],
  ['week', /^(\/\s?(week|wk)\b|per week\b|a week\b|weekly\b|par semaine|pro woche|por semana|в неделю)/i],
  ['month', /^(\/\s?(month|monat|mois|mes|mo|mth)\b|per month\b|a month\b|monthly\b|p\.?\s?m\.?(?=\s|$|[),;.])|par mois|pro monat|monatlich|brutto\/monat|al mes|por mes|mensual(es)?\b|por mês|ao mês|mensais|mensal\b|в месяц|\/мес)/i],
  ['year', /^(\/\s?(year|yr|annum|a)\b|per (year|annum|yr)\b|a year\b|an? annum\b|annually\b|annual\b|yearly\b|p\.?\s?a\.?(?=\s|$|[),;.])|pa\b|par an\b|par année|annuel|pro jahr|jährlich|brutto\/jahr|\/jahr|al año|por año|anual(es)?\b|por ano|ao ano|anuais|в год|lpa\b|ctc\b)/i],
];

/** Period words that stand before an amount: "annual salary of", "hourly rate", "monthly stipend of". */
export const PERIOD_BEFORE: ReadonlyArray<readonly [SalaryPeriod, RegExp]> = [
  ['hour', /\b(hourly|per hour)\b[^.\d]{0,30}$/i],
  ['day', /\b(daily|day rate)\b[^.\d]{0,30}$/i],
  ['month', /\b(monthly|mensual|mensal|monatlich|mensuel)\b[^.\d]{0,30}$/i],
  ['year', /\b(annual|yearly|annuel|jährlich|anual)\b[^.\d]{0,30}$/i],
];

/**
 * Parses an amount as written: `120,000` → 120000, `75,512.00` → 75512, `€50.000` → 50000,
 * `17.20` → 17.2, `3,5` → 3.5, `120 000` / `120'000` → 120000. Returns NaN when it is not a number.
 */
export function parseAmount(written: string): number {
  const s = written.replace(/[\s\u00a0\u202f'’]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let normal: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    normal = s.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const groups = s.split(sep);
    const tail = groups.slice(1);
    const thousands = tail.every((g) => g.length === 3) && (groups[0] ?? '').length <= 3 && (groups[0] ?? '') !== '0';
    normal = thousands ? groups.join('') : groups.length === 2 ? `${groups[0]}.${groups[1]}` : 'NaN';
  } else normal = s;
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : NaN;
}

/** Multiplier of a shorthand suffix: `k` → 1,000, `lakh`/`L`/`LPA` → 100,000, `crore` → 10,000,000. */
export function suffixMultiplier(suffix: string): number {
  const s = suffix.toLowerCase().replace(/\s+/g, '');
  if (s === 'k' || s === 'tsd' || s === 'tsd.' || s === 'mil') return 1_000;
  if (s === 'l' || s === 'lakh' || s === 'lakhs' || s === 'lac' || s === 'lacs' || s === 'lpa') return 100_000;
  if (s === 'cr' || s === 'crore' || s === 'crores') return 10_000_000;
  return 1;
}
