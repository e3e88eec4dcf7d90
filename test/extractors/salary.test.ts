import { describe, expect, it } from 'vitest';
import { inferPeriod, moneyIn } from '../../src/extractors/salary.js';
import { parseAmount } from '../../src/patterns/money.js';
import { recordOf, vocab } from '../helpers.js';

const v = vocab();

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
    expect(moneyIn('£25-35k', v)).toMatchObject([{ min: 25000, max: 35000, currency: 'GBP' }]);
    expect(moneyIn('$90k – $110k', v)).toMatchObject([{ min: 90000, max: 110000, currency: '$' }]);
    expect(moneyIn('60.000 bis 70.000 EUR', v)).toMatchObject([{ min: 60000, max: 70000, currency: 'EUR' }]);
    expect(moneyIn('40 000 € à 45 000 €', v)).toMatchObject([{ min: 40000, max: 45000, currency: 'EUR' }]);
    expect(moneyIn('USD 80,000 to USD 95,000', v)).toMatchObject([{ min: 80000, max: 95000, currency: 'USD' }]);
  });
  it('reads a bare line of pay written in ten-thousands under the title, and never takes it for the employer', () => {
    const r = recordOf('# 仓库管理员\n\n0.6万-0.8万\n\n深圳-宝安区\n\n岗位职责：负责仓库的日常管理，包括入库、出库和盘点工作，保证账实相符。\n');
    expect([r.salary?.min, r.salary?.max, r.salary?.currency]).toEqual([6000, 8000, 'CNY']);
    expect(r.company).toBeNull();
  });
  it('reads a "+" set apart before a word as something on top of the pay, and one written against the amount as "or more"', () => {
    const pay = (line: string) => {
      const s = recordOf(`# Auxiliar\n\nSalário: ${line}\n\nAtendimento ao cliente na loja.\n`).salary;
      return s && [s.min, s.max];
    };
    expect(pay('R$ 1.900,00 + VA + VT')).toEqual([1900, 1900]);
    expect(pay('R$ 1.900,00+ por mês')).toEqual([1900, null]);
    // Before another sum of money, a "+" adds it: the pay is the first figure.
    const added = recordOf('# Picker\n\nPay: $19.25/hr + $1.50 night premium\n\nPick orders in our cold store.\n').salary;
    expect(added && [added.min, added.max, added.period]).toEqual([19.25, 19.25, 'hour']);
  });
  it('reads symbols and codes before or after the amount', () => {
    expect(moneyIn('60k-160k$ annual', v)).toMatchObject([{ min: 60000, max: 160000, currency: '$', period: 'year' }]);
    expect(moneyIn("CHF 120'000", v)).toMatchObject([{ min: 120000, currency: 'CHF' }]);
    expect(moneyIn('R$ 3.500 por mês', v)).toMatchObject([{ min: 3500, currency: 'BRL', period: 'month' }]);
    // A rupee, like a dollar, is told by the country: the expression keeps the sign.
    expect(moneyIn('Rs. 45,000 per month', v)).toMatchObject([{ min: 45000, currency: 'Rs', period: 'month' }]);
    expect(moneyIn('₹12 LPA', v)).toMatchObject([{ min: 1200000, currency: 'INR' }]);
    expect(moneyIn('CA$95,000', v)).toMatchObject([{ currency: 'CAD' }]);
    expect(moneyIn('A$120k', v)).toMatchObject([{ currency: 'AUD', min: 120000 }]);
  });
  it('reads the signs and short names of currencies beyond the largest: shilling, cedi, lev, forint, leu, ringgit, sol, dinar', () => {
    const currency = (t: string) => moneyIn(t, v)[0]?.currency;
    expect(currency('KSh 65,000 per month')).toBe('KES');
    expect(currency('TSh 900,000')).toBe('TZS');
    expect(currency('GH₵ 2,500')).toBe('GHS');
    expect(moneyIn('1 900 - 2 400 лв. бруто', v)).toMatchObject([{ min: 1900, max: 2400, currency: 'BGN' }]);
    expect(currency('420 000 Ft')).toBe('HUF');
    expect(currency('4200 lei net')).toBe('RON');
    expect(currency('RM 3,800')).toBe('MYR');
    expect(currency('S/ 2,900')).toBe('PEN');
    expect(currency('95.000 din.')).toBe('RSD');
    // A short name inside a word is no sign: "FARM 40" is no ringgit, "HTTPS/2" no sol.
    expect(currency('FARM 40') ?? null).toBeNull();
    expect(currency('HTTPS/2 support') ?? null).toBeNull();
  });
  it('reads periods in several languages and abbreviations', () => {
    const period = (t: string) => moneyIn(t, v)[0]?.period;
    expect(period('$25/hr')).toBe('hour');
    expect(period('$17.20 - $30.30 HRLY')).toBe('hour');
    expect(period('€50.000 p.a.')).toBe('year');
    expect(period('€4.000 brutto/Monat')).toBe('month');
    expect(period('55 000 € par an')).toBe('year');
    expect(period('$800 per week')).toBe('week');
    expect(period('$600/day')).toBe('day');
    expect(period('$1,200 al mes')).toBe('month');
  });
  it('reads "up to" and "from" as one-sided, and "$105k+" as a minimum', () => {
    expect(moneyIn('up to $120,000', v)).toMatchObject([{ min: null, max: 120000 }]);
    expect(moneyIn('starting at $60,000', v)).toMatchObject([{ min: 60000, max: null }]);
    expect(moneyIn('starts at $4,500/month', v)).toMatchObject([{ min: 4500, max: null, period: 'month' }]);
    expect(moneyIn('$105k+', v)).toMatchObject([{ min: 105000, max: null }]);
  });
  it('reads both ends of a range written with a conjunction after "between"', () => {
    expect(moneyIn('between €2.500 and €3.250', v)).toMatchObject([{ min: 2500, max: 3250, currency: 'EUR' }]);
    expect(moneyIn('entre 30.000 y 45.000 €', vocab('es'))).toMatchObject([{ min: 30000, max: 45000, currency: 'EUR' }]);
    expect(moneyIn('zwischen 50.000 und 60.000 €', vocab('de'))).toMatchObject([{ min: 50000, max: 60000, currency: 'EUR' }]);
    // Without "between", "and" joins two figures, not the ends of a range (and "10 days" counts days, so it is no amount).
    expect(moneyIn('$5,000 and 10 days off', v)).toMatchObject([{ min: 5000, max: 5000, currency: '$' }]);
    expect(moneyIn('$5,000 and $200 for books', v)).toMatchObject([{ min: 5000, max: 5000 }, { min: 200, max: 200 }]);
  });
  it('reads a range in a sentence, in parentheses, and with k on both ends', () => {
    expect(moneyIn('The range is ($105k-$130k) depending on level', v)).toMatchObject([{ min: 105000, max: 130000 }]);
    expect(moneyIn('$95k-$250k', v)).toMatchObject([{ min: 95000, max: 250000 }]);
  });
  it('lets an explicit ISO code beat a bare dollar sign', () => {
    expect(moneyIn('CAD $165,000', v)).toMatchObject([{ min: 165000, currency: 'CAD' }]);
    expect(moneyIn('$76,800 - $115,200 CAD', v)).toMatchObject([{ min: 76800, max: 115200, currency: 'CAD' }]);
  });
  it('reads shorthand and periods of languages written without spaces', () => {
    expect(moneyIn('月給: 〜80万円', vocab('ja'))).toMatchObject([{ min: null, max: 800000, currency: 'JPY', period: 'month' }]);
    expect(moneyIn('50万円程度/月', vocab('ja'))).toMatchObject([{ min: 500000, max: 500000, currency: 'JPY', period: 'month' }]);
    expect(moneyIn('范围4500/月 - 12000/月', vocab('zh'))).toMatchObject([{ min: 4500, max: 12000, period: 'month' }]);
    expect(moneyIn('15K-25K，14薪', vocab('zh'))[0]).toMatchObject({ min: 15000, max: 25000, shorthand: true });
    expect(moneyIn('30 000₽', vocab('ru'))).toMatchObject([{ min: 30000, currency: 'RUB' }]);
  });
});

describe('pay in front matter, one part per key', () => {
  it('reads a floor, a ceiling, a currency and a period written under keys of their own', () => {
    const s = recordOf('---\ntitle: Welder\nsalary_min: 41000\nsalary_max: "48,500"\nsalary_currency: CAD\nsalary_period: year\n---\n\nWe build trailers.\n').salary;
    expect([s?.min, s?.max, s?.currency, s?.period]).toEqual([41000, 48500, 'CAD', 'year']);
    // A single key still wins, and a part without a figure is no salary.
    expect(recordOf('---\ntitle: Welder\nsalary: £30,000\nsalary_min: 1\n---\nText\n').salary?.min).toBe(30000);
    expect(recordOf('---\ntitle: Welder\nsalary_min: competitive\n---\nWe build trailers.\n').salary).toBeNull();
  });
});

describe('pay for a piece of work', () => {
  it('has no period and no yearly figure ("$60 per episode", "€0.08/word"), while a time stays a period', () => {
    const piece = recordOf('Podcast Editor\n\nWe need an editor for our podcast.\n\nPay: $60 per finished episode, paid monthly.\n', 'a.txt').salary;
    expect([piece?.min, piece?.period, piece?.annualized]).toEqual([60, null, null]);
    const words = recordOf('Translator\n\nWe need a translator for our manuals.\n\nRate: €0.08/word\n', 'a.txt').salary;
    expect([words?.min, words?.currency, words?.period]).toEqual([0.08, 'EUR', null]);
    // One payment for the whole work, after the figure or before it, in several languages.
    const fee = recordOf('Logo designer wanted\n\nA bakery needs a new logo and a menu card. $800 flat fee, paid on delivery.\n', 'a.txt').salary;
    expect([fee?.min, fee?.period, fee?.annualized]).toEqual([800, null, null]);
    const de = recordOf('Texter gesucht\n\nFür unsere neue Website suchen wir Texte für zehn Seiten. Vergütung: pauschal 1.200 €.\n', 'a.txt').salary;
    expect([de?.min, de?.currency, de?.period]).toEqual([1200, 'EUR', null]);
    const hourly = recordOf('Tutor\n\nWe need a maths tutor.\n\nPay: $30 per hour\n', 'a.txt').salary;
    expect([hourly?.min, hourly?.period]).toEqual([30, 'hour']);
  });
});

describe('inferPeriod', () => {
  it('judges an unstated period by size, in dollars', () => {
    expect(inferPeriod(25, 'USD')).toBe('hour');
    expect(inferPeriod(4000, 'EUR')).toBe('month');
    expect(inferPeriod(85000, 'USD')).toBe('year');
    expect(inferPeriod(45000, 'INR')).toBe('month');
    // Where a dollar buys many units, a small monthly wage is not an hourly one.
    expect(inferPeriod(15000, 'INR')).toBe('month');
    expect(inferPeriod(1200, 'JPY')).toBe('hour');
    expect(inferPeriod(60000, 'KZT')).toBe('month');
  });
});

describe('salary extraction', () => {
  it('reads "Rs." as the rupee of the country the posting names, India\'s when none is', () => {
    expect(recordOf('Store Keeper\nIndus Looms (Pvt.) Ltd.\nSialkot, Pakistan\nRs. 45,000 - 55,000 /month\n\nDuties:\n- Keep the stock registers\n- Issue material\n', 'a.txt').salary).toMatchObject({ currency: 'PKR', min: 45000, max: 55000 });
    expect(recordOf('Store Keeper\nLanka Tea Exports\nKandy, Sri Lanka\nSalary: Rs. 85,000 per month\n\nDuties:\n- Keep the stock registers\n', 'a.txt').salary?.currency).toBe('LKR');
    expect(salaryOf('Rs. 45,000 per month')?.currency).toBe('INR');
  });
  it('reads a period written onto the amount after a currency ("£27,500pa", "£11.90ph", "£380pd"), and holiday pay on top as no range', () => {
    expect(pick(salaryOf('Pay: £27,500pa'))).toEqual({ min: 27500, max: 27500, currency: 'GBP', period: 'year' });
    expect(pick(salaryOf('Pay: £11.90ph + holiday pay'))).toEqual({ min: 11.9, max: 11.9, currency: 'GBP', period: 'hour' });
    expect(pick(salaryOf('Rate: £380pd inside IR35'))).toEqual({ min: 380, max: 380, currency: 'GBP', period: 'day' });
    expect(pick(salaryOf('Rate: £380 pd'))).toEqual({ min: 380, max: 380, currency: 'GBP', period: 'day' });
    // Without a currency, a figure with letters on it is not pay: the shift ends at 5pm.
    expect(salaryOf('The shift ends at 5pm and starts at 9am.')).toBeNull();
  });
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
    expect(salaryOf('- $4,000 annual gym allowance\n- $2,000 learning budget\n- Up to $10,000 signing bonus')).toBeNull();
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
    expect(r.provenance.salary).toEqual({ line: 3, column: 10, from: 'front-matter' });
  });
});

describe('figures that count things, not pay', () => {
  it('reads no pay in a figure without a currency that a noun follows', () => {
    const r = recordOf('# Payroll Clerk\n\nLocation: Raleigh, NC\n\nOur finance team runs weekly payroll for 650 site and office staff.\n\n## Duties\n\n- Run payroll\n');
    expect(r.salary).toBeNull();
    // A period a word or two after the figure still makes it pay.
    const care = recordOf('# Care Assistant\n\nLocation: Horsham, UK\n\nSalary 12.40 weekday hourly rate\n\n## Duties\n\n- Care\n');
    expect(pick(care.salary)).toMatchObject({ min: 12.4, currency: 'GBP', period: 'hour' });
  });
  it('reads no pay in a figure its period makes worth less than any year\'s pay', () => {
    const r = recordOf('# Intern\n\nLocation: Marseille, France\n\nA paid internship, with 2 standups a week on video and one day together.\n\n## Duties\n\n- Prepare meetings\n');
    expect(r.salary).toBeNull();
  });
  it('reads no pay in the grade of a pay scale, and still reads the amount a grade stands beside', () => {
    expect(recordOf('# Archivist\n\nLocation: Kassel, Germany\n\nVergütung: TV-L EG 9\n\n## Aufgaben\n\n- Akten ordnen\n').salary).toBeNull();
    expect(recordOf('# Porter\n\nLocation: Leeds, UK\n\nSalary: Band 2\n\n## Duties\n\n- Move patients\n').salary).toBeNull();
    expect(pick(recordOf('# Porter\n\nLocation: Leeds, UK\n\nSalary: Band 2, £24,071 a year\n\n## Duties\n\n- Move patients\n').salary)).toMatchObject({ min: 24071, currency: 'GBP', period: 'year' });
    // A figure alone under a pay label is still pay.
    expect(pick(recordOf('# Porter\n\nLocation: Leeds, UK\n\nHourly rate: 13\n\n## Duties\n\n- Move patients\n').salary)).toMatchObject({ min: 13, currency: 'GBP', period: 'hour' });
  });
});

describe('pay under a label no table reads', () => {
  it('takes pay with two words of its own after it and an aside as a line of pay', () => {
    const hr = recordOf('Konobar\n\nRestoran Galeb d.o.o.\nZadar\n\nPlata: 1.050 - 1.200 EUR neto mjesečno\n\nOpis\n- posluživanje gostiju\n', 'a.txt');
    expect(pick(hr.salary)).toEqual({ min: 1050, max: 1200, currency: 'EUR', period: 'month' });
    const lt = recordOf('Virėjas\n\nUAB „Ąžuolo kiemas“\nKlaipėda\n\nAtlyginimas: 1400–1800 EUR/mėn. (neatskaičius mokesčių)\n\nDarbo pobūdis\n- patiekalų gamyba\n', 'a.txt');
    expect(pick(lt.salary)).toMatchObject({ min: 1400, max: 1800, currency: 'EUR' });
  });
  it('takes a range in the tens of thousands, the upper within twice the lower, under any label as a yearly salary', () => {
    const grade = recordOf('Job title: Library Assistant\nBand: Band 4 (£24,790 - £27,102)\nHours: 37 per week\n\nMain duties\n1. Issue and return books\n2. Help visitors use the computers\n', 'a.txt');
    expect(pick(grade.salary)).toEqual({ min: 24790, max: 27102, currency: 'GBP', period: 'year' });
    // Far apart, two figures are not a salary's range by their size alone.
    expect(recordOf('Job title: Library Assistant\nFund: £20,000 - £90,000 raised\n\nMain duties\n1. Issue books\n2. Help visitors\n', 'a.txt').salary).toBeNull();
  });
  it('joins a floor and a ceiling written one per line into the range they make', () => {
    const r = recordOf('Press Operator\n\nType\tRegular Full-Time\nMin\tUSD $19.50/Hr.\nMax\tUSD $23.00/Hr.\n\nDuties\n- Run the press\n- Check the print\n', 'a.txt');
    expect(pick(r.salary)).toEqual({ min: 19.5, max: 23, currency: 'USD', period: 'hour' });
    expect(r.salary?.openEnded).toBeUndefined();
    // A ceiling lines away (a training budget) is no end of the floor's range.
    const apart = recordOf('Press Operator\n\nPay: from £24,000 a year\n\nDuties\n- Run the press\n- Check the print\n- Load paper\n\nBenefits\n- Up to £30,000 a year of cover\n', 'a.txt');
    expect(pick(apart.salary)).toEqual({ min: 24000, max: null, currency: 'GBP', period: 'year' });
  });
  it('keeps the first of two lines of pay under labels, one line no more certain than the other', () => {
    const r = recordOf('Java Developer\n\nKodwerk Sp. z o.o.\nGdańsk\n\nKontrakt: 20 000 - 26 000 PLN netto/miesiąc\nEtat: 16 000 - 21 000 PLN brutto/miesiąc\n\nObowiązki\n- rozwój usług\n', 'a.txt');
    expect(pick(r.salary)).toMatchObject({ min: 20000, max: 26000, currency: 'PLN' });
  });
});

describe('salary of languages and places without a currency sign', () => {
  it('reads a bare pay line alone on a line', () => {
    expect(pick(recordOf('# Engineer\n\n$156,000 - $195,000 USD\n\n## About\n\nText.\n').salary)).toEqual({ min: 156000, max: 195000, currency: 'USD', period: 'year' });
  });
  it('takes the currency of the place when a labelled figure has none', () => {
    const r = recordOf('Job Title: Care Assistant\nLocation: Ipswich (Suffolk)\nSalary: 12.40 weekday hourly rate or 12.90 weekend hourly rate\n', 'a.txt');
    expect(pick(r.salary)).toMatchObject({ min: 12.4, currency: 'GBP', period: 'hour' });
  });
  it('takes the currency of the language for a figure with a pay word and a shorthand', () => {
    const r = recordOf('后端工程师 15K-25K，14薪\n\n岗位职责\n• 编写代码\n• 修复问题\n', 'a.txt');
    expect(pick(r.salary)).toEqual({ min: 15000, max: 25000, currency: 'CNY', period: 'month' });
  });
  it('reads pay with an allowance, overtime or tips on top as the pay', () => {
    const r = recordOf('# Night Porter\n\nSalary: £27,500 per year plus shift allowance\n\nYou will look after the hotel at night.\n');
    expect(pick(r.salary)).toEqual({ min: 27500, max: 27500, currency: 'GBP', period: 'year' });
    // Its share of the pay before it: "+ 20% night allowance".
    const share = recordOf('# Night Porter\n\nSalary: £26,000 - £28,000 + 20% night allowance\n\nYou will look after the hotel at night.\n');
    expect(pick(share.salary)).toEqual({ min: 26000, max: 28000, currency: 'GBP', period: 'year' });
    const au = recordOf('# Chef\n\nPay: $70,000 + super\n\nLocation: Perth, Australia\n');
    expect(pick(au.salary)).toMatchObject({ min: 70000, currency: 'AUD' });
    // An hourly or monthly rate with the words of its period, then something of two words on top.
    const hourly = recordOf('# Tanker Driver\n\nPAY: £18.25 per hour + night out allowance\n\nDeliver fuel to farms.\n');
    expect(pick(hourly.salary)).toEqual({ min: 18.25, max: 18.25, currency: 'GBP', period: 'hour' });
    expect(pick(recordOf('# Baker\n\nPay: €2,900 a month plus Sunday premium\n\nBake bread.\n').salary)).toMatchObject({ min: 2900, period: 'month' });
    // A bare figure under a label of hours is the hours, even with "per week" in the label.
    expect(recordOf('PhD Candidate\n\nCity: Delft\nHours per week: 38\n\nYou will study waves.\n', 'a.txt').salary).toBeNull();
    // An allowance alone is not the pay.
    expect(recordOf('# Night Porter\n\nA travel allowance of £1,200 a year is paid.\n').salary).toBeNull();
  });
  it('reads Indian pay: lakh grouping, lakhs and crores in any case, and a lakh shorthand as rupees', () => {
    const pay = (line: string) => pick(recordOf(`# Accountant\n\nSalary: ${line}\n\nWe keep books for shops.\n`).salary);
    expect(pay('INR 4,50,000 - 7,00,000 per annum')).toEqual({ min: 450000, max: 700000, currency: 'INR', period: 'year' });
    expect(pay('₹ 6-9 Lacs P.A.')).toEqual({ min: 600000, max: 900000, currency: 'INR', period: 'year' });
    expect(pay('10-14 LPA')).toEqual({ min: 1000000, max: 1400000, currency: 'INR', period: 'year' });
    // Groups that are neither thousands nor lakhs are no amount.
    expect(parseAmount('4,50,00')).toBeNaN();
    expect(parseAmount('12,34,567')).toBe(1234567);
  });
  it('reads "up to" in Vietnamese ("Tới 30 triệu")', () => {
    const r = recordOf('Kế toán viên\n\nMức lương: Tới 18 triệu\n\nMô tả công việc\n- Ghi sổ sách\n- Lập báo cáo\n', 'a.txt');
    expect(pick(r.salary)).toEqual({ min: null, max: 18000000, currency: 'VND', period: 'month' });
  });
  it('reads pay plus benefits in other languages as the pay, not as a floor', () => {
    const r = recordOf('Vaga: Auxiliar de Escritório\n\nLocal: Recife - PE\nSalário: R$ 2.300,00 + benefícios\n\nAtividades:\n- Atender clientes\n- Arquivar documentos\n', 'a.txt');
    expect(pick(r.salary)).toEqual({ min: 2300, max: 2300, currency: 'BRL', period: 'month' });
    expect(r.salary?.openEnded ?? false).toBe(false);
  });
  it('reads a currency written after a figure that starts like a shorthand ("38 000 Kč" is koruna, not thousands)', () => {
    const r = recordOf('Účetní\n\nStavebniny Horák s.r.o.\nOstrava\n\nMzda: 36 000 – 42 000 Kč měsíčně\n', 'a.txt');
    expect(pick(r.salary)).toEqual({ min: 36000, max: 42000, currency: 'CZK', period: 'month' });
    // A CJK shorthand may run on into its currency.
    expect(pick(recordOf('# エンジニア\n\n年収：600万円〜800万円\n').salary)).toMatchObject({ min: 6000000, max: 8000000, currency: 'JPY' });
  });
  it('reads pay under a label of a language without tables, when the value is only pay', () => {
    const r = recordOf('Λογιστής\n\nΤοποθεσία: Πάτρα\nΜισθός: 1.350 € μικτά\n\nΑρμοδιότητες\n- Τήρηση βιβλίων\n- Μισθοδοσία\n', 'a.txt');
    expect(pick(r.salary)).toEqual({ min: 1350, max: 1350, currency: 'EUR', period: 'month' });
    // A value that is a count, not money, is no pay.
    expect(recordOf('Λογιστής\n\nΘέσεις: 2\n\nΑρμοδιότητες\n- Τήρηση βιβλίων\n', 'a.txt').salary).toBeNull();
  });
  it('reads pay under a label of a language without tables when the value opens with pay in a currency, "Eur" written as a word', () => {
    const lt = recordOf('Vairuotojas\n\nVieta: Klaipėda\nAtlyginimas: 1 600 – 1 900 Eur per month neatskaičius mokesčių\n\nFunkcijos\n- Krovinių vežimas\n- Dokumentų tvarkymas\n', 'a.txt');
    expect(pick(lt.salary)).toEqual({ min: 1600, max: 1900, currency: 'EUR', period: 'month' });
    // A value that opens with a count and no currency is no pay.
    expect(recordOf('Vairuotojas\n\nPatirtis: 3 metai vairavimo\n\nFunkcijos\n- Krovinių vežimas\n', 'b.txt').salary).toBeNull();
  });
  it('never reads a count of hours on the pay line as pay', () => {
    const r = recordOf('Baker\n\nLocation: Moncton, NB\nSalary: 18.25 hourly / 30 to 36 hours per week\n\nWe bake bread and buns for the town.\n', 'a.txt');
    expect(pick(r.salary)).toEqual({ min: 18.25, max: 18.25, currency: 'CAD', period: 'hour' });
    const de = recordOf('Bäcker\n\nArbeitsort: Graz\nGehalt: 2.400 € brutto im Monat bei 38,5 Stunden\n\nWir backen Brot.\n', 'a.txt');
    expect(pick(de.salary)).toEqual({ min: 2400, max: 2400, currency: 'EUR', period: 'month' });
  });
  it('never reads a year or a small count without a currency as pay', () => {
    expect(recordOf('# Engineer\n\nOur salary review happens every year since 2017 in 3 steps.\n').salary).toBeNull();
  });

  it('reads pay written in thousands with a currency in a sentence ("$95k–$120k")', () => {
    expect(recordOf('Heron Optics is hiring a Lens Technician. Onsite, full-time, $95k–$120k. Email jobs@heron.example\n', 'a.txt').salary).toMatchObject({ min: 95000, max: 120000, currency: 'USD' });
  });

  it('applies a shorthand on the upper end of a range to the lower end ("10 - 15 triệu", "£25-35k")', () => {
    expect(moneyIn('10 - 15 triệu đồng/tháng', vocab('vi'))[0]).toMatchObject({ min: 10_000_000, max: 15_000_000 });
    expect(moneyIn('£25-35k', vocab())[0]).toMatchObject({ min: 25_000, max: 35_000 });
  });

  it('reads a line of pay and its period alone as the pay, over a benefit that names an allowance in pay words', () => {
    const r = recordOf('# Stores Clerk\n\n$61,000 – $66,000 per year + super\n\n## Duties\n\n- Receive stock\n- Count the shelves\n\n## Benefits\n\n- Salary packaging up to $9,000\n- Free parking\n');
    expect([r.salary?.min, r.salary?.max, r.salary?.period]).toEqual([61000, 66000, 'year']);
  });
  it('reads pay with something on top after its period or with a word before the extra ("$150k/yr + equity", "plus yearly bonus")', () => {
    const hn = recordOf('Kelpworks | Firmware Engineer | Halifax, NS | $150k/yr – $185k/yr + equity\n\nWe build buoys.\n', 'a.txt');
    expect([hn.salary?.min, hn.salary?.max, hn.salary?.period]).toEqual([150000, 185000, 'year']);
    const bonus = recordOf('# Geologist\n\n## Pay\n\n£48,000–£55,000 plus yearly bonus.\n');
    expect([bonus.salary?.min, bonus.salary?.max]).toEqual([48000, 55000]);
    // A bonus alone is not the pay.
    expect(recordOf('# Geologist\n\n## Pay\n\nA £5,000 signing bonus.\n').salary).toBeNull();
  });
  it('reads "$28/hr + tips" as that figure, and "$105k+" as open-ended', () => {
    expect(moneyIn('$28/hr + tips', vocab())[0]).toMatchObject({ min: 28, max: 28 });
    expect(moneyIn('$105k+ per year', vocab())[0]).toMatchObject({ min: 105_000, max: null });
  });

  it('ends an amount\'s clause at a comma: the words after it are not its period or a perk it pays for', () => {
    expect(moneyIn('a salary of €48,000-€52,000, flexible hours and more', vocab())[0]).toMatchObject({ min: 48_000, max: 52_000, period: null });
    const r = recordOf('Baker\n\nWe offer a salary of €48,000-€52,000, flexible hours and a yearly training budget.\n', 'a.txt');
    expect(pick(r.salary)).toEqual({ min: 48_000, max: 52_000, currency: 'EUR', period: 'year' });
    // In the amount's own clause, the word still counts.
    expect(recordOf('Baker\n\nA €1,500 training budget every year.\n', 'a.txt').salary).toBeNull();
  });

  it('annualises hourly pay over the hours a week the posting states, and marks a floor without a ceiling', () => {
    const part = recordOf('Barista\n\nPay: $18/hour\nHours: 20 per week\n\nDuties:\n- Make coffee\n- Clean\n', 'a.txt').salary;
    expect(part).toMatchObject({ min: 18, period: 'hour', hoursPerWeek: 20, annualized: { min: 18 * 20 * 52, multiplier: 1040 } });
    const sentence = recordOf('Tutor\n\nWe pay £22 per hour for 12 hours a week of tutoring.\n\nDuties:\n- Teach\n- Mark\n', 'a.txt').salary;
    expect(sentence).toMatchObject({ hoursPerWeek: 12, annualized: { min: 22 * 12 * 52 } });
    // A shift pattern is shifts times their length; a label's other figures are not its hours.
    const nights = recordOf('Respiratory Therapist\n\nShift: Nights (7p-7a), 3x12\nPay: $41 - $52 per hour\n\nDuties:\n- Run ventilators\n- Chart care\n', 'a.txt').salary;
    expect(nights).toMatchObject({ hoursPerWeek: 36, annualized: { multiplier: 36 * 52 } });
    const days = recordOf('Porter\n\nShift: Days, 2 weekends a month\nPay: $17 per hour\n', 'a.txt').salary;
    expect(days?.hoursPerWeek).toBeUndefined();
    // Without stated hours, a full-time year.
    expect(recordOf('Barista\n\nPay: $18/hour\n', 'a.txt').salary?.annualized?.multiplier).toBe(2080);
    const floor = recordOf('Engineer\n\nSalary: from $105k\n\nDuties:\n- Build\n- Ship\n', 'a.txt').salary;
    expect(floor).toMatchObject({ min: 105_000, max: null, openEnded: true });
    expect(recordOf('Engineer\n\nSalary: $90k - $105k\n', 'a.txt').salary?.openEnded).toBeUndefined();
  });
  it('notes a full-time figure paid in proportion to the hours, in the words of each language', () => {
    const pro = (text: string) => recordOf(text, 'a.txt').salary?.proRata;
    expect(pro('Library Assistant\n\nSalary: £23,500 pro rata (18.5 hours a week)\n\nDuties:\n- Shelve books\n- Help readers\n')).toBe(true);
    expect(pro('Finance Officer\n\nSalary: £31,000 FTE (£18,600 actual)\n\nDuties:\n- Pay invoices\n- Bank takings\n')).toBe(true);
    expect(pro('Sachbearbeiter (m/w/d)\n\nWir suchen Verstärkung für unser Team in Kassel.\n\nGehalt: 3.400 € brutto bei Vollzeit, Teilzeit anteilig\n')).toBe(true);
    expect(pro('Library Assistant\n\nSalary: £23,500 a year\n\nDuties:\n- Shelve books\n- Help readers\n')).toBeUndefined();
  });
});
