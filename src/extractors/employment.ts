/**
 * Employment type: full-time, part-time, contract, temporary or internship — from front matter,
 * a label ("Employment Type:", "WORK_TYPE:", "Contrat :"), a job-board header line, the title
 * ("Engineer Intern", "(Full Time)", "(stage)"), or a sentence that says it of the role
 * ("This is a full-time, salaried role"). A passing mention ("part-time is possible") is not enough.
 */
import { matchesOf } from '../patterns/matches.js';
import type { EmploymentType } from '../schema/record.js';
import { fmText, labelValue, type Context, type Found } from './context.js';
import { jobBoardHeader } from './job-board.js';

/** Words for each type, checked in order (an "internship" that is "full-time" is an internship). */
const TYPE_WORDS: ReadonlyArray<readonly [NonNullable<EmploymentType>, RegExp]> = [
  ['internship', /(?<![\p{L}])(intern(ship)?s?|trainee|apprentice(ship)?|praktik(um|ant|antin)|werkstudent(in)?|stagiaire|en stage|de stage|\(stage\)|stage$|^stage|estágio|estagiári[oa]|pasant[ií]a|prácticas|стажир\p{L}*)(?![\p{L}])/iu],
  ['contract', /(?<![\p{L}])(contract(or)?|freelance|freelancer|contract[- ]to[- ]hire|consultancy|self[- ]employed|befristet|cdd|indépendant|prestataire|autónomo|por proyecto|подряд)(?![\p{L}])/iu],
  ['temporary', /(?<![\p{L}])(temporary|temp|seasonal|fixed[- ]term|zeitarbeit|intérim|interim|temporal|temporário)(?![\p{L}])/iu],
  ['part-time', /(?<![\p{L}])(part[- ]?time|teilzeit|temps partiel|medio tiempo|tiempo parcial|meio período|meio periodo|частичная)(?![\p{L}])/iu],
  ['full-time', /(?<![\p{L}])(full[- ]?time|permanent|vollzeit|festanstellung|unbefristet|temps plein|temps complet|cdi|tiempo completo|jornada completa|indefinido|tempo integral|efetivo|clt|полная занятость)(?![\p{L}])/iu],
];

/** The same patterns with the global flag, compiled once, to find every mention in a sentence. */
const TYPE_WORDS_GLOBAL = TYPE_WORDS.map(([type, re]) => [type, new RegExp(re.source, `${re.flags}g`)] as const);
/** Any of them: one scan tells the many lines that name no type from the few that do. */
const ANY_TYPE_WORD = new RegExp(TYPE_WORDS.map(([, re]) => `(?:${re.source})`).join('|'), 'iu');

const EMPLOYMENT_KEYS = ['employmenttype', 'employment', 'jobtype', 'type', 'contract', 'contracttype', 'conditions', 'worktype', 'schedule', 'hours'];
const EMPLOYMENT_LABEL = /^(employment( type)?|job type|work[ _]type|type|contract( type)?|contrat|type de contrat|engagement type|employee group|position type|schedule type|vertragsart|anstellungsart|beschäftigungsart|tipo de (contrato|jornada|empleo)|jornada|regime de contratação|тип занятости|занятость)$/i;

/** A sentence saying what kind of job this is: "This is a full-time, salaried role", "a new full time developer". */
const ROLE_NOUN = /^[\s,/&-]*(?:(?:full|part)[- ]?time[\s,/&-]*)*(salaried\s+|paid\s+|permanent\s+|remote\s+)?(role|position|job|opportunity|contract|employment|post|developer|engineer|designer|manager|hire|gig|internship|poste|stelle|puesto|vaga|contrato|занятость)(?![\p{L}])/iu;
/** A noun before the type word: "contrato de estágio", "contrat en CDI", "position as intern". */
const NOUN_BEFORE = /(contrato|contrat|contract|vaga|poste|position|role|job|stelle|puesto|empleo)( de| d['’]| en| of| als| as| a)?\s*$/i;

/** The employment type a short text names, or null. */
export function employmentIn(text: string): EmploymentType {
  for (const [type, re] of TYPE_WORDS) if (re.test(text)) return type;
  return null;
}

/** The type a sentence states of the role: the type word followed by a role noun. */
export function employmentInSentence(text: string): EmploymentType {
  if (!ANY_TYPE_WORD.test(text)) return null;
  for (const [type, g] of TYPE_WORDS_GLOBAL) {
    for (const m of matchesOf(g, text)) {
      const at = m.index;
      if (ROLE_NOUN.test(text.slice(at + m[0].length, at + m[0].length + 40))) return type;
      if (NOUN_BEFORE.test(text.slice(Math.max(0, at - 20), at))) return type;
    }
  }
  return null;
}

export function extractEmploymentType(ctx: Context, title: string | null): Found<NonNullable<EmploymentType>> | null {
  const fm = fmText(ctx, EMPLOYMENT_KEYS);
  const fromFm = fm ? employmentIn(fm.value) : null;
  if (fm && fromFm) return { value: fromFm, line: fm.line, from: 'front-matter' };
  const label = labelValue(ctx, EMPLOYMENT_LABEL, (f) => employmentIn(f.value) !== null);
  if (label) return { value: employmentIn(label.value) as NonNullable<EmploymentType>, line: label.line, from: 'body' };
  const header = jobBoardHeader(ctx)?.employment;
  if (header) return { value: employmentIn(header.value) as NonNullable<EmploymentType>, line: header.line, from: 'body' };
  const fromTitle = title ? employmentIn(title) : null;
  if (fromTitle) return { value: fromTitle, line: null, from: 'body' };
  for (const l of ctx.lines) {
    const t = employmentInSentence(l.text);
    if (t) return { value: t, line: l.line, from: 'body' };
  }
  return null;
}
