/** Rules about pay: present where the law requires it, in order, plausible, in a clear currency. */
import { UNITS_PER_USD } from '../patterns/money.js';
import { lawsFor } from './pay-transparency.js';
import { placeOf, whereMissing, type Rule } from './rule.js';

export const salaryMissing: Rule = {
  id: 'salary/missing',
  severity: 'warning',
  doc: 'No pay is given; an error where a pay-transparency law requires a range in the posting (the law is named).',
  check({ record, today }) {
    if (record.salary) return [];
    const laws = record.locations.flatMap((l) => lawsFor(l, today));
    if (laws.length) {
      const names = [...new Set(laws.map((l) => l.law))].join('; ');
      return [{ message: `The posting gives no pay range, which ${names} requires for this location`, ...placeOf(record, 'locations'), severity: 'error' }];
    }
    return [{ message: 'The posting gives no pay', line: whereMissing(record) }];
  },
};

export const salaryMinOverMax: Rule = {
  id: 'salary/min-over-max',
  severity: 'error',
  doc: 'The lower end of the pay range is above the upper end.',
  check: ({ record }) => {
    const s = record.salary;
    return s && s.min !== null && s.max !== null && s.min > s.max
      ? [{ message: `Pay range is reversed: ${s.min} is above ${s.max}`, ...placeOf(record, 'salary') }]
      : [];
  },
};

export const salaryImplausible: Rule = {
  id: 'salary/implausible',
  severity: 'warning',
  doc: 'The pay is out of proportion to its period (an hourly figure over 1,000 US dollars, a yearly one under 1,000).',
  check: ({ record }) => {
    const s = record.salary;
    if (!s || !s.period) return [];
    const usd = (n: number | null) => (n === null ? null : n / (UNITS_PER_USD[s.currency ?? ''] ?? 1));
    const top = usd(s.max ?? s.min);
    const bottom = usd(s.min ?? s.max);
    const at = placeOf(record, 'salary');
    if (s.period === 'hour' && top !== null && top > 1000) return [{ message: `${s.max ?? s.min} ${s.currency ?? ''} an hour is implausible`, ...at }];
    if (s.period === 'year' && bottom !== null && bottom < 1000) return [{ message: `${s.min ?? s.max} ${s.currency ?? ''} a year is implausible`, ...at }];
    return [];
  },
};

export const salaryCurrencyAmbiguous: Rule = {
  id: 'salary/currency-ambiguous',
  severity: 'warning',
  doc: 'The pay is in a bare "$" (or "kr", "¥") and the posting names no country to tell which dollar it is.',
  check: ({ record }) => {
    const s = record.salary;
    if (!s) return [];
    const bare = /(^|[^A-Za-z])(\$|kr\.?|¥)/.test(s.raw) && !/(US|CA|AU|A|C|NZ|HK|S|R|MX)\$/.test(s.raw);
    const country = record.locations.some((l) => l.country);
    return bare && !country ? [{ message: `"${s.raw}" does not say which currency; read as ${s.currency ?? 'unknown'}`, ...placeOf(record, 'salary') }] : [];
  },
};
