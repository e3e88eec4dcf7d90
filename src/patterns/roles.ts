/**
 * Role nouns (from every language's lexicon): a title contains one, and usually ends with one —
 * "Senior Cloud Consultant", "Cajero asistente", "Développeur.se", "後端研发工程师", and compounds
 * written as one word ("Softwareentwickler", "copywriter").
 */
import { fold, LEXICONS, type Vocabulary } from '../lexicons/index.js';

/** Role nouns long enough to end a compound word ("Softwareentwickler" ends in "entwickler"). */
const COMPOUND_ENDS: readonly string[] = [
  ...new Set(LEXICONS.filter((l) => !l.noSpaces).flatMap((l) => l.roles.map((r) => fold(r)).filter((r) => r.length >= 6 && !r.includes(' ')))),
];

/** Words after a role that do not end a title: levels, seniority, gender marks. */
const TRAILING = /^(\d+|i{1,3}|iv|v|vi|sr|jr|senior|junior|sênior|pleno|lead|m|w|d|f|h|x|mwd|wmd|fmd)$/;

/** The words of a phrase, folded, parentheses dropped. */
function words(phrase: string): string[] {
  return fold(phrase.replace(/\([^)]*\)|（[^）]*）|\[[^\]]*\]/g, ' ')).split(/[^\p{L}\p{N}.]+/u).filter(Boolean);
}

/** Endings of role nouns no list holds ("hydrologist", "Soziologin", "ecografista"), folded, from every language. */
const ROLE_ENDINGS: readonly string[] = [...new Set(LEXICONS.flatMap((l) => l.roleEndings.map((e) => fold(e))))];
/** Letters a word has before a role ending: "ologist" alone is not a word, "hydrologist" is. */
const MIN_STEM = 3;

const ENDS = new Set(COMPOUND_ENDS);
/** The lengths of the compound ends, so that a word is checked by a few lookups, not against every end. */
const END_LENGTHS = [...new Set(COMPOUND_ENDS.map((s) => s.length))];

/** True when a word is a compound that ends in a role noun, plural ("…s") and feminine ("…in") forms too. */
function compound(word: string): boolean {
  const w = word.replace(/\.+$/, '').replace(/\.(se|e|euse)$/, '');
  if (w.length <= 6) return false;
  for (const stem of [w, w.endsWith('s') ? w.slice(0, -1) : '', w.endsWith('in') ? w.slice(0, -2) : '']) {
    if (!stem) continue;
    // A plural or feminine form of a role ("developers", "Entwicklerin"), or a compound with a word of
    // its own before the role ("Software|entwickler") — not a prefix ("Co|operative").
    for (const n of END_LENGTHS) if ((n === stem.length ? stem !== w : n <= stem.length - 3) && ENDS.has(stem.slice(-n))) return true;
    if (ROLE_ENDINGS.some((e) => stem.length >= e.length + MIN_STEM && stem.endsWith(e))) return true;
  }
  return false;
}

/** True when a phrase contains a role noun ("Senior Cloud Consultant", "cajero asistente integral"). */
export function hasRoleWord(phrase: string, vocab: Vocabulary): boolean {
  const f = fold(phrase.replace(/\([^)]*\)|（[^）]*）/g, ' '));
  if (vocab.roles.test(f)) return true;
  return words(phrase).some(compound) || genderedPair(phrase);
}

/** Feminine and plural endings written after a slash: "Mitarbeiter/in", "Camarero/a", "Prodavač/ica", "Vendeur/euse". */
const PAIR_ENDING = /^-?(?:in|innen|a|as|e|es|r|ne|ka|ica|ice|ess|esse|euse|rice|trice|ère|era|ora|essa)$/u;
/** A word and its feminine form, capitalised as a title writes it: "Boulanger / Boulangère", "Prodavač/prodavačica", "Kinderpfleger/in". */
const PAIR = /(?<![\p{L}])(\p{Lu}\p{L}{3,})\s?\/\s?(-?\p{L}+)/gu;
/** Letters the two forms of a pair share. */
const PAIR_STEM = 4;

/**
 * A role named in its masculine and feminine forms, as gendered languages write a vacancy in any
 * of them: such a pair names a person's trade, whatever the word.
 */
function genderedPair(phrase: string): boolean {
  if (!phrase.includes('/') || phrase.length > 200) return false;
  for (const m of phrase.matchAll(PAIR)) {
    const [a = '', b = ''] = [fold(m[1] ?? ''), fold(m[2] ?? '')];
    if (PAIR_ENDING.test(b) || (b.length >= PAIR_STEM + 1 && a.slice(0, PAIR_STEM) === b.slice(0, PAIR_STEM) && a !== b)) return true;
  }
  return false;
}

/**
 * True when a phrase opens with a role noun, as Romance languages name a role before what it is of:
 * "Chargé de recrutement", "Técnico de mantenimiento", "Responsable des achats".
 */
export function startsWithRoleWord(phrase: string, vocab: Vocabulary): boolean {
  const f = fold(phrase.replace(/\([^)]*\)|（[^）]*）/g, ' ')).trim();
  const m = vocab.roles.find(f);
  return !!m && m.index === 0 && !/\p{L}/u.test(f.charAt(m.text.length));
}

/** True when the last word of a phrase (before a level like "2", "II", "SR", or a gender mark) is a role noun. */
export function endsWithRoleWord(phrase: string, vocab: Vocabulary): boolean {
  const ws = words(phrase);
  while (ws.length > 1 && TRAILING.test(ws[ws.length - 1] as string)) ws.pop();
  const last = ws[ws.length - 1];
  if (!last) return false;
  const tail = ws.slice(-3).join(' ');
  const m = vocab.roles.findAll(tail).at(-1);
  if (m && m.index + m.text.length >= tail.length - 1) return true;
  return compound(last) || (vocab.noSpaces && vocab.roles.test(fold(last)) && /[^\x00-\u024f]$/.test(last) && last.length <= 40 && endsInRole(last, vocab));
}

/** For text without spaces: the role noun stands at the end ("后端研发工程师", "AWSインフラエンジニア"). */
function endsInRole(word: string, vocab: Vocabulary): boolean {
  const hits = vocab.roles.findAll(word);
  const last = hits[hits.length - 1];
  return !!last && last.index + last.text.length >= word.length - 1;
}
