/**
 * Arabic and Hebrew postings: scripts without capitals, written right to left, whose prepositions
 * are written onto the next word. Each language's section names, labels, terms and pay read from
 * its own table (postings written for the project).
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/lexicons/index.js';
import { recordOf } from '../helpers.js';

const arabic = [
  'مطلوب فني صيانة',
  '',
  'مؤسسة الواحة للمقاولات تبحث عن فني صيانة للعمل في مشاريعها بالدوحة.',
  '',
  'الشركة: مؤسسة الواحة للمقاولات',
  'نوع الوظيفة: دوام جزئي',
  'الراتب: 4,000 - 5,500 ريال قطري شهرياً',
  '',
  'المهام:',
  '- صيانة أنظمة التكييف',
  '- الفحص الدوري للمعدات',
  '',
  'الشروط:',
  '- دبلوم فني',
  '- خبرة لا تقل عن سنتين',
  '',
  'المميزات:',
  '- سكن مجاني',
  '- مواصلات',
  '',
].join('\n');

const hebrew = [
  'דרושה מזכירה רפואית',
  '',
  'מרפאת הגליל מגייסת מזכירה רפואית למשרה חלקית במרפאה שלנו בחיפה.',
  '',
  'תחומי אחריות:',
  '- קבלת מטופלים ותיאום תורים',
  '- מענה טלפוני',
  '',
  'דרישות:',
  '- 2 שנות ניסיון לפחות בעבודה משרדית',
  '- שליטה בתוכנות Office',
  '',
  'יתרון:',
  '- ניסיון בקופות חולים',
  '',
  'שכר: 45 ₪ לשעה',
  '',
].join('\n');

describe('postings in Arabic and Hebrew', () => {
  it('reads an Arabic posting: the title without "wanted", the labelled employer, terms, pay in riyal and sections', () => {
    const r = recordOf(arabic, 'posting.txt');
    expect(r.language).toBe('ar');
    expect(r.title).toBe('فني صيانة');
    expect(r.company).toBe('مؤسسة الواحة للمقاولات');
    expect(r.employmentType).toBe('part-time');
    expect([r.salary?.min, r.salary?.max, r.salary?.currency, r.salary?.period]).toEqual([4000, 5500, 'QAR', 'month']);
    expect(r.responsibilities).toHaveLength(2);
    expect(r.qualifications.required).toHaveLength(2);
    expect(r.benefits).toHaveLength(2);
    expect(r.education?.level).toBe('associate');
  });

  it('finds a town with a preposition written onto it ("بالدوحة", "בחיפה")', () => {
    expect(recordOf(arabic, 'posting.txt').locations.map((l) => [l.city, l.country])).toEqual([['Doha', 'QA']]);
    expect(recordOf(hebrew, 'posting.txt').locations.map((l) => [l.city, l.country])).toEqual([['Haifa', 'IL']]);
  });

  it('takes the words before a hiring verb at the top as the employer where no capitals mark a name', () => {
    const text = arabic.replace('الشركة: مؤسسة الواحة للمقاولات\n', '');
    expect(recordOf(text, 'posting.txt').company).toBe('مؤسسة الواحة للمقاولات');
    expect(recordOf(hebrew, 'posting.txt').company).toBe('מרפאת הגליל');
  });

  it('reads a Hebrew posting: title, part-time terms, hourly pay and sections with their preferred items', () => {
    const r = recordOf(hebrew, 'posting.txt');
    expect(r.language).toBe('he');
    expect(r.title).toBe('מזכירה רפואית');
    expect(r.employmentType).toBe('part-time');
    expect([r.salary?.min, r.salary?.currency, r.salary?.period]).toEqual([45, 'ILS', 'hour']);
    expect(r.responsibilities).toHaveLength(2);
    expect(r.qualifications.required).toHaveLength(2);
    expect(r.qualifications.preferred).toHaveLength(1);
    expect(r.experience?.minYears).toBe(2);
  });

  it('folds the hamza over or under an alef away, as a reader does', () => {
    expect(fold('أبوظبي')).toBe(fold('ابوظبي'));
    expect(fold('إدارة')).toBe(fold('ادارة'));
    expect(fold('آخر')).toBe(fold('اخر'));
  });
});
