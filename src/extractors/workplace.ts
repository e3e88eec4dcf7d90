/**
 * Workplace candidates: remote, hybrid or on-site — from the embedded JobPosting
 * (`TELECOMMUTE`), front matter (`remote: true`, `workplace: hybrid`), the location ("(On-Site)",
 * "Remote – Europe"), a label ("Work model:", "Remote: duties performed from home"), a header
 * line's part, a job board's header, the title ("(Fully-Remote)"), or a sentence that states it
 * ("The position is 100% remote", "3 days in our office", "formato de trabalho híbrido"). A word
 * among the perks ("work from anywhere weeks") counts for little, and "hybrid cloud" for nothing.
 */
import { fold, LEXICONS, type Vocabulary } from '../lexicons/index.js';
import { LEADING_PICTOGRAPHS } from '../patterns/matches.js';
import type { WorkplaceType } from '../schema/record.js';
import { decide, type Candidate } from './candidates.js';
import { fmValue, labelled, type Context, type Found } from './context.js';
import { jobBoardHeader } from './job-board.js';
import { LINE_PARTS, roleAside } from './location.js';
import { denied, jobNamedAfter } from './stated.js';
import { WEIGHTS } from './weights.js';

type Workplace = NonNullable<WorkplaceType>;

/** "No" in every language, folded: the answer of a form's field that does not apply. */
const NO = new Set(LEXICONS.flatMap((l) => l.no.map((w) => fold(w))));

/** The longest label whose answer may stand on the next line. */
const MAX_LABEL = 40;

/** True when a field's answer is "No" ("Remote: No", "Remote job" / "No", "Télétravail : non"). */
function answeredNo(value: string | undefined): boolean {
  return value !== undefined && NO.has(value.replace(/[\s.!:;()—–-]+$/u, '').replace(/^[\s:：—–-]+/u, '').trim());
}

/** Words after "hybrid" that make it technology, not a way of working: "hybrid cloud", "hybrid apps". */
const NOT_WORK = /^[\s-]*(?:cloud|apps?|mobile|vehicles?|models?|approach|environments?|infrastructure|integration|architectures?|systems?|solutions?|search|work(?:loads|flows?)|engines?|cars?|events?|learning|genomic\p{L}*|computing|clusters?|data|storage)(?![\p{L}])/iu;

/**
 * A number of days a week, in folded text ("2 days a week", "1 jour par semaine", "zwei Tage pro
 * Woche", "2 jours/semaine"): its number, or null.
 */
const DAYS_A_WEEK = /(?<![\p{L}\p{N}])(\p{N}{1,2}|\p{L}{2,12})\s*(?:days?|jours?|tage?n?|dias?|giorn[oi]|dag(?:en|ar|e)?|dni|dzien)(?![\p{L}])[^\p{N}\n]{0,14}?(?:week|semaine|woche|semana|settimana|tydz|vecka|uge|uke)/u;
/** How far after a remote word its days a week may stand: "Télétravail : 1 jour par semaine". */
const DAYS_REACH = 30;

/**
 * The way of working a hit names, read with what follows it: remote for some days of the week
 * only ("Remote work: 2 days a week", "Télétravail 2 jours/semaine") is hybrid.
 */
function withDays(hit: { key: Workplace; index: number; text: string }, folded: string, vocab: Vocabulary): Workplace {
  if (hit.key !== 'remote') return hit.key;
  const m = DAYS_A_WEEK.exec(folded.slice(hit.index + hit.text.length, hit.index + hit.text.length + DAYS_REACH));
  if (!m) return hit.key;
  const word = m[1] as string;
  const days = /^\p{N}+$/u.test(word) ? Number(word) : vocab.numberWords.get(word);
  return days !== undefined && days >= 1 && days <= 4 ? 'hybrid' : hit.key;
}

/** The way of working a hit in folded text names, read with what follows it; null for "hybrid cloud" and its kind. */
function workplaceAt(hit: { key: Workplace; index: number; text: string } | null, folded: string, vocab: Vocabulary): Workplace | null {
  if (!hit || NOT_WORK.test(folded.slice(hit.index + hit.text.length))) return null;
  if (denied(folded, hit)) return null;
  return withDays(hit, folded, vocab);
}

/** The workplace a short text names, or null. */
export function workplaceIn(text: string, vocab: Vocabulary): Workplace | null {
  const f = fold(text);
  return workplaceAt(vocab.workplace.leftmost(f), f, vocab);
}

/** The workplace a sentence states ("The position is 100% remote", "3 days a week in the office"), or null. */
export function workplaceInSentence(text: string, vocab: Vocabulary): Workplace | null {
  const f = fold(text);
  return workplaceAt(vocab.workplaceStatements.leftmost(f), f, vocab);
}

export const WORKPLACE_KEYS = [
  'workplace', 'workplacetype', 'remote', 'remotework', 'worklocation', 'locationtype', 'worktype', 'contract', 'remoteok',
  'remotepolicy', 'workmodel', 'workarrangement', 'worksetting', 'workmode', 'officepolicy', 'workstyle',
];

/** Front-matter flags, one per way of working, besides `remote: true`. */
const WORKPLACE_FLAGS: ReadonlyArray<readonly [string, Workplace]> = [['hybrid', 'hybrid'], ['onsite', 'onsite'], ['inoffice', 'onsite']];
export const WORKPLACE_FLAG_KEYS: readonly string[] = WORKPLACE_FLAGS.map(([key]) => key);

type WorkplaceCandidate = Candidate<Workplace>;

/** The way of working a short folded text names and nothing else ("remote", "🌏 worldwide", "hybrid."), or null. */
function onlyWorkplace(folded: string, vocab: Vocabulary): Workplace | null {
  const bare = folded.replace(LEADING_PICTOGRAPHS, '');
  const hit = vocab.workplace.leftmost(bare);
  return hit && hit.index <= 1 && hit.text.length >= bare.replace(/[\s.:;!()]+$/, '').length - 1 ? hit.key : null;
}

/** How many units from the top may be the title's line, its parts read for a workplace. */
const TITLE_LINES = 3;

export function workplaceCandidates(ctx: Context, title: string | null, fromLocation: WorkplaceType, locationLine: number | null): WorkplaceCandidate[] {
  const { vocab } = ctx;
  const out: WorkplaceCandidate[] = [];
  const add = (value: Workplace | null, line: number | null, from: WorkplaceCandidate['from'], via: string, evidence: string, extra: Record<string, number> = {}) => {
    if (!value) return;
    const kind = line !== null ? ctx.kinds.get(line, evidence) : undefined;
    out.push({ value, line, from, via, evidence: evidence.slice(0, 160), features: { inBenefits: kind === 'benefits' ? 1 : 0, inRequirements: kind === 'qualifications' || kind === 'preferred' || kind === 'skills' ? 1 : 0, ...extra } });
  };
  const fm = fmValue(ctx, WORKPLACE_KEYS);
  if (fm) add(fm.value === true ? 'remote' : typeof fm.value === 'string' ? workplaceIn(fm.value, vocab) : null, fm.line, 'front-matter', 'front-matter', String(fm.value));
  // A flag per way of working (`remote: false`, `hybrid: true`): the one set true.
  for (const [key, kind] of WORKPLACE_FLAGS) {
    const flag = fmValue(ctx, [key]);
    if (flag?.value === true) add(kind, flag.line, 'front-matter', 'front-matter', `${key}: true`);
  }
  if (fromLocation) add(fromLocation, locationLine, 'body', 'location', fromLocation);
  for (const f of labelled(ctx, 'workplace')) if (!answeredNo(fold(f.value))) add(workplaceIn(f.value, vocab) ?? workplaceIn(`${f.label} ${f.value}`, vocab) ?? workplaceIn(f.label, vocab), f.line, 'body', 'label', `${f.label}: ${f.value}`);
  for (const f of labelled(ctx, 'location')) add(workplaceIn(f.value, vocab), f.line, 'body', 'label', `${f.label}: ${f.value}`);
  for (const h of ctx.doc.headers) for (const p of h.parts) add(workplaceIn(p, vocab), h.line, 'body', 'header', p);
  const board = jobBoardHeader(ctx)?.workplace;
  if (board) add(workplaceIn(board.value, vocab), board.line, 'body', 'board', board.value);
  if (title) add(workplaceIn(title, vocab), null, 'body', 'title', title);
  // A part of the title's line that is only a workplace, maybe with its region ("Senior React Developer – Remote (EU)"),
  // or its closing aside ("[Hiring] Video Editor for a podcast - $40/video (Remote)").
  for (const l of ctx.lines.slice(0, TITLE_LINES)) {
    const parts = l.text.split(LINE_PARTS);
    for (const p of parts.slice(1)) {
      const bare = fold(p.replace(/\s*[(（][^()（）]{1,30}[)）]\s*$/u, '')).trim();
      add(bare.length <= MAX_LABEL ? onlyWorkplace(bare, vocab) : null, l.line, 'body', 'alone', l.text);
    }
    const aside = roleAside(l.text, vocab);
    if (aside) add(onlyWorkplace(fold(aside), vocab), l.line, 'body', 'alone', l.text);
  }
  ctx.lines.forEach((l, i) => {
    // "Remote job" / "No", "Remote: No": a form's field answered no says nothing of the workplace.
    const colon = l.folded.search(/[:：]/u);
    if (answeredNo(colon >= 0 ? l.folded.slice(colon + 1) : l.text.length <= MAX_LABEL ? ctx.lines[i + 1]?.folded : undefined)) return;
    // A line that is only a workplace ("Remote", "Hybrid", "🌏 Worldwide"), as job boards print it under the title.
    const alone = l.text.length <= MAX_LABEL ? onlyWorkplace(l.folded, vocab) : null;
    if (alone) {
      add(alone, l.line, 'body', 'alone', l.text);
      return;
    }
    // A statement ("fully remote", "3 days in the office") says more in a sentence than a word ("remote").
    const stated = vocab.workplaceStatements.leftmost(l.folded);
    const hit = stated ?? vocab.workplace.leftmost(l.folded);
    const workplace = workplaceAt(hit, l.folded, vocab);
    if (!hit || !workplace) return;
    // A word the job's name follows is a statement too ("This is a full-time, on-site role"); a
    // passing word is not, even in a sentence about jobs ("assignment opportunities in markets worldwide").
    const ofJob = stated || jobNamedAfter(l.text, { index: hit.index, length: hit.text.length }, vocab, [vocab.employment, vocab.workplace]);
    // "Hybrid" is said of a way of working and little else (once "hybrid cloud" is set aside).
    add(workplace, l.line, 'body', ofJob ? 'statement' : 'word', l.text, { hybridWord: hit.key === 'hybrid' && /hybri|гибрид|hibrit|ibrid/.test(hit.text) ? 1 : 0 });
  });
  return out;
}

export function extractWorkplace(ctx: Context, title: string | null, fromLocation: WorkplaceType, locationLine: number | null): Found<Workplace> | null {
  const decision = decide('workplaceType', workplaceCandidates(ctx, title, fromLocation, locationLine), WEIGHTS.workplaceType);
  ctx.decisions?.set('workplaceType', decision);
  const w = decision.winner;
  return w ? { value: w.value, line: w.line, from: w.from } : null;
}
