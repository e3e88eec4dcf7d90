/**
 * Workplace type: remote, hybrid or on-site — from front matter (`remote: true`,
 * `workplace: hybrid`), the location ("(On-Site)", "Remote"), a job-board header line, the
 * title ("(Fully-Remote)"), or a sentence that states it ("The position is 100% remote",
 * "3 days in our office", "This job is on-site only", "Le travail s'effectue à distance").
 */
import type { WorkplaceType } from '../schema/record.js';
import { fmValue, labelValue, type Context, type Found } from './context.js';
import { jobBoardHeader } from './job-board.js';

type Workplace = NonNullable<WorkplaceType>;

/** Sentences that state the workplace, strongest first. */
const STATEMENTS: ReadonlyArray<readonly [Workplace, RegExp]> = [
  ['hybrid', /\bhybride?\b(?![- ](?:cloud|apps?|mobile|vehicles?|models?|approach|environments?|infrastructure|integration|architectures?|systems?|solutions?|search|work(?:loads|flows?)))|\bhíbrido\b|\b\d\s*(?:-\s*\d\s*)?days? (?:a week |per week )?(?:in|at) (?:the |our )?(?:office|studio)|\b\d\s*tage? (?:pro woche )?im büro/i],
  ['remote', /\b(?:fully|100\s?%|completely|entirely|globally|fully globally)[- ]remote\b|\bremote[- ]first\b|\bremote[- ](?:only|position|role|job|team)\b|\bwork from anywhere\b|\b(?:position|role|job) is (?:fully |100% )?remote\b|\btravail (?:s['’]effectue |se fait )?(?:à distance|en télétravail)|\btélétravail complet|\b(?:plenamente|totalmente|100\s?%) remot[oa]\b|\btrabalho remoto\b|\btrabajo remoto\b|\bvollständig remote\b|\bde façon répartie\b|\bудал[её]нн/i],
  ['onsite', /\bon[- ]?site only\b|\bonsite only\b|\bin[- ]office only\b|\bno remote\b|\bnot (?:a )?remote\b|\bmust (?:work|be) (?:on[- ]?site|in (?:the|our) office)\b|\bpresencial\b|\bvor ort im büro\b|\bsur site uniquement\b/i],
];

/** A short value naming the workplace: "remote", "Hybrid", "On-site", "Remote (US)". */
export function workplaceIn(text: string): WorkplaceType {
  const t = text.toLowerCase();
  if (/\bhybrid|hybride|híbrido/.test(t)) return 'hybrid';
  if (/\bremote|télétravail|à distance|remoto|anywhere|homeoffice|home office/.test(t)) return 'remote';
  if (/\bon[- ]?site|\bon site|onsite|in[- ]office|office[- ]based|presencial|sur site|vor ort/.test(t)) return 'onsite';
  return null;
}

/** The workplace a sentence states of the role, or null. */
export function workplaceInSentence(text: string): WorkplaceType {
  for (const [type, re] of STATEMENTS) if (re.test(text)) return type;
  return null;
}

const WORKPLACE_KEYS = ['workplace', 'workplacetype', 'remote', 'remotework', 'worklocation', 'locationtype', 'worktype', 'contract'];
const WORKPLACE_LABEL = /^(workplace( type)?|work (model|arrangement|location|mode)|location type|remote|remote work|arbeitsmodell|modalidad|modalidade|mode de travail|formato de trabajo|формат работы)$/i;

export function extractWorkplace(ctx: Context, title: string | null, fromLocation: WorkplaceType, locationLine: number | null): Found<Workplace> | null {
  const fm = fmValue(ctx, WORKPLACE_KEYS);
  if (fm) {
    const v = fm.value;
    const w = v === true ? 'remote' : typeof v === 'string' ? workplaceIn(v) : null;
    if (w) return { value: w, line: fm.line, from: 'front-matter' };
  }
  if (fromLocation) return { value: fromLocation, line: locationLine, from: 'body' };
  const label = labelValue(ctx, WORKPLACE_LABEL, (f) => workplaceIn(f.value) !== null);
  if (label) return { value: workplaceIn(label.value) as Workplace, line: label.line, from: 'body' };
  const header = jobBoardHeader(ctx)?.workplace;
  if (header) return { value: workplaceIn(header.value) as Workplace, line: header.line, from: 'body' };
  const fromTitle = title ? workplaceIn(title) : null;
  if (fromTitle) return { value: fromTitle, line: null, from: 'body' };
  for (const l of ctx.lines) {
    const w = workplaceInSentence(l.text);
    if (w) return { value: w, line: l.line, from: 'body' };
  }
  return null;
}
