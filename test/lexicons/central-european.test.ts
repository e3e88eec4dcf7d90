/**
 * Czech, Romanian, Hungarian, Finnish and Greek postings: each language's section names, terms,
 * pay and degrees read from its own table (postings written for the project).
 */
import { describe, expect, it } from 'vitest';
import { recordOf } from '../helpers.js';

const postings: Array<{ lang: string; text: string; employment: string; currency: string; period: string; experience?: number }> = [
  {
    lang: 'cs',
    text: 'Skladník do Ostravy\n\nFirma Moravia Sklady s.r.o. hledá nového kolegu do skladu v Ostravě.\n\nNáplň práce:\n- vychystávání objednávek\n- nakládka kamionů\n\nPožadujeme:\n- minimálně 2 roky praxe ve skladu\n- řidičský průkaz skupiny B\n\nVýhodou:\n- průkaz na vysokozdvižný vozík\n\nNabízíme:\n- mzda 34 000 Kč měsíčně\n- stravenky\n\nTyp úvazku: plný úvazek\n',
    employment: 'full-time', currency: 'CZK', period: 'month', experience: 2,
  },
  {
    lang: 'ro',
    text: 'Contabil - Iași\n\nCompania Moldova Agro SRL angajează un contabil pentru biroul din Iași.\n\nResponsabilități:\n- înregistrarea documentelor contabile\n- întocmirea declarațiilor fiscale\n\nCerințe:\n- studii superioare economice\n- experiență de minim 2 ani\n\nConstituie un avantaj:\n- cunoașterea programului Saga\n\nOferim:\n- salariu între 5.000 și 6.000 lei net pe lună\n- bonuri de masă\n\nTip job: part time\n',
    employment: 'part-time', currency: 'RON', period: 'month', experience: 2,
  },
  {
    lang: 'hu',
    text: 'Szakács\n\nA Dunakanyar Vendéglő tapasztalt szakácsot keres szentendrei éttermébe.\n\nFeladatok:\n- ételek elkészítése a menü szerint\n- a konyha rendben tartása\n\nElvárások:\n- szakácsképesítés\n- legalább 3 év tapasztalat\n\nElőnyt jelent:\n- német nyelvtudás\n\nAmit kínálunk:\n- bruttó 480 000 Ft havi fizetés\n- ingyenes étkezés\n\nFoglalkoztatás jellege: teljes munkaidős\n',
    employment: 'full-time', currency: 'HUF', period: 'month', experience: 3,
  },
  {
    lang: 'fi',
    text: 'Lähihoitaja\n\nHoivakoti Kuusirinne etsii lähihoitajaa Jyväskylään.\n\nTehtäväsi:\n- asukkaiden päivittäinen hoito\n- lääkehoidon toteuttaminen\n\nOdotamme sinulta:\n- lähihoitajan tutkintoa\n- vähintään 1 vuoden kokemusta vanhustyöstä\n\nKatsomme eduksi:\n- voimassa olevaa ajokorttia\n\nTarjoamme:\n- palkka 2 600 €/kk\n- työterveyshuolto\n\nTyösuhde on osa-aikainen.\n',
    employment: 'part-time', currency: 'EUR', period: 'month', experience: 1,
  },
  {
    lang: 'el',
    text: 'Πωλητής/τρια καταστήματος\n\nΗ αλυσίδα Delta Home αναζητεί πωλητή για το κατάστημα της Θεσσαλονίκης.\n\nΑρμοδιότητες:\n- Εξυπηρέτηση πελατών\n- Τακτοποίηση προϊόντων\n\nΑπαιτούμενα προσόντα:\n- Απολυτήριο Λυκείου\n- Τουλάχιστον 2 χρόνια εμπειρία στις πωλήσεις\n\nΘα εκτιμηθεί:\n- Γνώση αγγλικών\n\nΠροσφέρουμε:\n- Μισθό 950 ευρώ μικτά μηνιαίως\n- Μερική απασχόληση\n',
    employment: 'part-time', currency: 'EUR', period: 'month', experience: 2,
  },
];

describe('postings in Czech, Romanian, Hungarian, Finnish and Greek', () => {
  it.each(postings)('reads a $lang posting: its language, sections, terms, pay and experience', ({ lang, text, employment, currency, period, experience }) => {
    const r = recordOf(text, 'posting.txt');
    expect(r.language).toBe(lang);
    expect(r.responsibilities).toHaveLength(2);
    expect(r.qualifications.required).toHaveLength(2);
    expect(r.qualifications.preferred).toHaveLength(1);
    expect(r.benefits).toHaveLength(2);
    expect([r.employmentType, r.salary?.currency, r.salary?.period]).toEqual([employment, currency, period]);
    expect(r.experience?.minYears).toBe(experience);
  });

  it('reads a range "between X and Y" with the language\'s own "and"', () => {
    const ro = recordOf(postings[1]?.text ?? '', 'posting.txt');
    expect([ro.salary?.min, ro.salary?.max]).toEqual([5000, 6000]);
  });

  it('reads the degree asked for in each language', () => {
    expect(recordOf(postings[1]?.text ?? '', 'a.txt').education?.level).toBe('bachelor');
    expect(recordOf(postings[4]?.text ?? '', 'a.txt').education?.level).toBe('high-school');
  });
});
