/**
 * Whether a sentence says a word of the job itself — its type ("a full-time position"), its
 * workplace ("This is an on-site role") — or only mentions it in passing ("our part-time staff
 * enjoy…", "remote work allowance"). Employment type and workplace read their words with it.
 */
import { fold, type Vocabulary } from '../lexicons/index.js';

/** Words to pass over after the one read: any table that finds its phrases in folded text. */
interface Phrases {
  every(folded: string): Array<{ index: number; text: string }>;
}

/** The first few words of a text: five, or twelve characters in a language written without spaces. */
function firstWords(text: string, vocab: Vocabulary): string {
  const clause = text.split(/[.;!?。；！？]/u)[0] ?? '';
  return vocab.noSpaces && !/\s/.test(clause.trim()) ? clause.slice(0, 12) : clause.split(/\s+/).filter(Boolean).slice(0, 5).join(' ');
}

/**
 * True when a word for the job or a role noun follows the word at `at` within a few words, words
 * of the `blank` sets passed over: "full-time, on-site role", "Vollzeitstelle", "remote engineers".
 */
export function jobNamedAfter(text: string, at: { index: number; length: number }, vocab: Vocabulary, blank: readonly Phrases[]): boolean {
  const end = at.index + at.length;
  let after = fold(firstWords(text.slice(end, end + 80), vocab));
  for (const set of blank) for (const h of set.every(after)) after = after.slice(0, h.index) + ' '.repeat(h.text.length) + after.slice(h.index + h.text.length);
  return vocab.positions.test(after) || vocab.roles.test(after);
}

/** How far back in its sentence a hiring verb makes a word the job's ("… sucht ab sofort einen … in Vollzeit"). */
const HIRING_REACH = 120;

/**
 * True when the word at `at` in a sentence is said of the job: the job is named after it
 * (`jobNamedAfter`), a hiring phrase comes before it in its sentence ("seeks a full-time …",
 * "Die Firma sucht ab sofort einen Anlagenmechaniker (m/w/d) in Vollzeit"), or the job is the
 * sentence's subject ("The role is hybrid and permanent, full-time").
 */
export function saidOfTheJob(text: string, folded: string, at: { index: number; length: number }, vocab: Vocabulary, blank: readonly Phrases[]): boolean {
  if (jobNamedAfter(text, at, vocab, blank)) return true;
  const before = folded.slice(Math.max(0, at.index - 40), at.index);
  const lastWords = before.trim().split(/\s+/).slice(-3).join(' ');
  // (A full stop after a figure ends no sentence: "zum 1. März".)
  const clause = folded.slice(0, at.index).split(/(?<!\d)\.|[;!?。；！？]/u).pop() ?? '';
  const subject = vocab.noSpaces ? clause.slice(0, 6) : clause.trim().split(/\s+/).slice(0, 3).join(' ');
  return (
    vocab.hiring.test(before) ||
    vocab.hiring.test(clause.slice(-HIRING_REACH)) ||
    vocab.positions.test(lastWords) ||
    (subject !== clause.trim() && vocab.positions.test(subject))
  );
}

/** Words after a way of working that deny it, folded: "nicht möglich", "not possible", "non disponibile", "non autorisé", "(remote) work not allowed". */
const DENIED_AFTER = /^\s*(?:(?:work|working|arbeit)\s+)?(?:(?:is|ist|est|es|e)\s+)?(?:nicht|not|non|pas|no|nie|nao)\s+(?:moglich|possible|available|possibile|disponibile|posible|disponible|possivel|disponivel|mozliwy|mozliwa|mozliwe|offered|an option|allowed|permitted|autorise|autorisee|erlaubt|gestattet|permitido|permitida|consentito|consentita|permesso|permessa|dozwolony|dozwolona|dozwolone)(?![\p{L}])/u;
/** A word before a way of working that denies it, folded: "kein Homeoffice", "no remote", "sin teletrabajo", "pas de télétravail". */
const DENIED_BEFORE = /(?:^|[^\p{L}])(?:kein|keine|keinen|no|not|non|sin|sem|pas de|bez|nie)\s+$/u;

/** True when folded text denies the way of working found at `hit`: "Homeoffice nicht möglich", "no remote", "sin teletrabajo". */
export function denied(folded: string, hit: { index: number; text: string }): boolean {
  return DENIED_AFTER.test(folded.slice(hit.index + hit.text.length)) || DENIED_BEFORE.test(folded.slice(Math.max(0, hit.index - 12), hit.index));
}
