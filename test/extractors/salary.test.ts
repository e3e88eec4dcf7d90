import { describe, expect, it } from 'vitest';
import { inferPeriod, moneyIn } from '../../src/extractors/salary.js';
import { parseAmount } from '../../src/patterns/money.js';
import { recordOf } from '../helpers.js';

const salaryOf = (body: string, extra = '') => recordOf(`# Engineer\n\n${extra}\n\n## Compensation\n\n${body}\n`).salary;
const pick = (s: ReturnType<typeof salaryOf>) => (s ? { min: s.min, max: s.max, currency: s.currency, period: s.period } : null);

describe('parseAmount', () => {
  it.each([
    ['120,000', 120000], ['75,512.00', 75512], ['50.000', 50000], ['50 000', 50000], ["120'000", 120000],
    ['17.20', 17.2], ['3,5', 3.5], ['1.234.567', 1234567], ['1,234,567.89', 1234567.89], ['12', 12],
  ])('%s → %d', (written, value) => expect(parseAmount(written)).toBe(value));
});

describe('moneyIn', () => {
  it('reads ranges with -, –, to, bis, à and a shorthand on the upper end', () => {
    expect(moneyIn('£25-35k')).toMatchObject([{ min: 25000, max: 35000, currency: 'GBP' }]);
    expect(moneyIn('$90k – $110k')).toMatchObject([{ min: 90000, max: 110000, currency: '$' }]);
    expect(moneyIn('60.000 bis 70.000 EUR')).toMatchObject([{ min: 60000, max: 70000, currency: 'EUR' }]);
    expect(moneyIn('40 000 € à 45 000 €')).toMatchObject([{ min: 40000, max: 45000, currency: 'EUR' }]);
    expect(moneyIn('USD 80,000 to USD 95,000')).toMatchObject([{ min: 80000, max: 95000, currency: 'USD' }]);
  });
  it('reads symbols and codes before or after the amount', () => {
    expect(moneyIn('60k-160k$ annual')).toMatchObject([{ min: 60000, max: 160000, currency: '$', period: 'year' }]);
    expect(moneyIn("CHF 120'000")).toMatchObject([{ min: 120000, currency: 'CHF' }]);
    expect(moneyIn('R$ 3.500 por mês')).toMatchObject([{ min: 3500, currency: 'BRL', period: 'month' }]);
    expect(moneyIn('Rs. 45,000 per month')).toMatchObject([{ min: 45000, currency: 'INR', period: 'month' }]);
    expect(moneyIn('₹12 LPA')).toMatchObject([{ min: 1200000, currency: 'INR' }]);
    expect(moneyIn('CA$95,000')).toMatchObject([{ currency: 'CAD' }]);
    expect(moneyIn('A$120k')).toMatchObject([{ currency: 'AUD', min: 120000 }]);
  });
  it('reads periods in several languages and abbreviations', () => {
    const period = (t: string) => moneyIn(t)[0]?.period;
    expect(period('$25/hr')).toBe('hour');
    expect(period('$17.20 - $30.30 HRLY')).toBe('hour');
    expect(period('€50.000 p.a.')).toBe('year');
    expect(period('€4.000 brutto/Monat')).toBe('month');
    expect(period('55 000 € par an')).toBe('year');
    expect(period('$800 per week')).toBe('week');
    expect(period('$600/day')).toBe('day');
    expect(period('$1,200 al mes')).toBe('month');
  });
  it('reads "up to" and "from" as one-sided', () => {
    expect(moneyIn('up to $120,000')).toMatchObject([{ min: null, max: 120000 }]);
    expect(moneyIn('starting at $60,000')).toMatchObject([{ min: 60000, max: null }]);
  });
});

describe('inferPeriod', () => {
  it('judges an unstated period by size, in dollars', () => {
    expect(inferPeriod(25, 'USD')).toBe('hour');
    expect(inferPeriod(4000, 'EUR')).toBe('month');
    expect(inferPeriod(85000, 'USD')).toBe('year');
    expect(inferPeriod(45000, 'INR')).toBe('month');
  });
});

describe('salary extraction', () => {
  it('takes a labelled salary and annualises it', () => {
    const s = salaryOf('- **Salary:** $40 - $50 per hour');
    expect(pick(s)).toEqual({ min: 40, max: 50, currency: 'USD', period: 'hour' });
    expect(s?.annualized).toEqual({ min: 83200, max: 104000, multiplier: 2080 });
  });
  it('gives one figure as min = max', () => {
    expect(pick(salaryOf('Salary: €65,000 a year'))).toEqual({ min: 65000, max: 65000, currency: 'EUR', period: 'year' });
  });
  it('reads $ as the local dollar in Canada and Australia, else USD', () => {
    expect(salaryOf('Salary: $90,000 - $100,000', '**Location:** Vancouver, BC')?.currency).toBe('CAD');
    expect(salaryOf('Salary: $90,000 - $100,000', '**Location:** Melbourne, Australia')?.currency).toBe('AUD');
    expect(salaryOf('Salary: $90,000 - $100,000', '**Location:** Chicago, IL')?.currency).toBe('USD');
  });
  it('gives null for DOE, competitive and negotiable pay', () => {
    expect(salaryOf('Salary: DOE')).toBeNull();
    expect(salaryOf('Salary: competitive')).toBeNull();
    expect(salaryOf('Pay is negotiable and depends on experience.')).toBeNull();
  });
  it('ignores stipends for perks, budgets, bonuses, equity, vouchers and company figures', () => {
    expect(salaryOf('- $4,000 annual wellness stipend\n- $2,000 learning budget\n- Up to $10,000 signing bonus')).toBeNull();
    expect(salaryOf('We raised $20 million and serve 3 million users.')).toBeNull();
    expect(salaryOf('- $2800 vouchers for a laptop')).toBeNull();
  });
  it('takes an intern stipend with a period as pay', () => {
    expect(pick(salaryOf('A stipend of Rs. 45,000 per month'))).toEqual({ min: 45000, max: 45000, currency: 'INR', period: 'month' });
  });
  it('prefers base pay over a bonus on the same list', () => {
    expect(pick(salaryOf('- Bonus: up to 15% of base\n- Base Salary Range: $120,000 - $160,000 annually'))).toEqual({ min: 120000, max: 160000, currency: 'USD', period: 'year' });
  });
  it('reads salary from front matter', () => {
    const r = recordOf('---\ntitle: Engineer\nsalary: "£45,000 - £55,000"\nlocation: London, UK\n---\n\nText.\n');
    expect(pick(r.salary)).toEqual({ min: 45000, max: 55000, currency: 'GBP', period: 'year' });
    expect(r.provenance.salary).toEqual({ line: 3, from: 'front-matter' });
  });
});
