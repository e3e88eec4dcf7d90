/**
 * The language of a posting, by franc (trigram statistics per script; a well-kept detector from
 * the unified family), limited to the languages jobnorm has tables for and a few neighbours that
 * would otherwise be mistaken for them. Returns a BCP 47 primary subtag, or null when the text is
 * too short or too mixed to tell.
 */
import { francAll } from 'franc';
import { alternation } from '../patterns/matches.js';
import { hasLexicon, LEXICONS } from './index.js';

/**
 * Languages franc may answer besides ours (so that Slovak is not read as Czech or Polish), as ISO 639-3 →
 * BCP 47. Not the close kin of a language we read — Galician, Catalan, Malay — which on a short
 * sample would take Portuguese, Spanish and Indonesian postings away from their own tables.
 */
const NEIGHBOURS: Readonly<Record<string, string>> = {
  slk: 'sk', hin: 'hi',
  bul: 'bg', hrv: 'hr', srp: 'sr', slv: 'sl', lit: 'lt', lvs: 'lv', ekk: 'et', bel: 'be',
  kaz: 'kk', hye: 'hy', kat: 'ka', pes: 'fa', urd: 'ur', ben: 'bn', tam: 'ta', swh: 'sw',
};

const TO_BCP47: ReadonlyMap<string, string> = new Map([...LEXICONS.map((l) => [l.franc, l.lang] as const), ...Object.entries(NEIGHBOURS)]);
const ONLY = [...TO_BCP47.keys()];

/** How near English's trigram score may come to the first language's for ASCII text to be read as English. */
const NEAR_ENGLISH = 0.05;

/** How far below the first language's trigram score English may fall for terse ASCII text still to be read as English. */
const FAR_FROM_ENGLISH = 0.2;

/** How much text the detector reads: enough to tell, little enough to stay cheap. */
const SAMPLE = 400;

/** English words that no other language of the tables writes as a word of its own. */
const ENGLISH = new Set(['the', 'and', 'you', 'your', 'with', 'our', 'that', 'this', 'are', 'have', 'from', 'which', 'who', 'what', 'they', 'their', 'would', 'should', 'about']);

/**
 * Plain English, told without the detector: ASCII prose in which a tenth of the words (six at
 * least) are English function words no other language has. franc agrees on every such sample
 * of the dev corpus, and most postings are English, so most skip its trigram comparison.
 */
function plainEnglish(sample: string): boolean {
  if (!/^[\x20-\x7e]*$/.test(sample)) return false;
  const words = sample.toLowerCase().split(/[^a-z']+/).filter(Boolean);
  const english = words.filter((w) => ENGLISH.has(w)).length;
  // Six such words in a tenth of the words; or, in a short sample (front matter, a few items),
  // three in a twelfth.
  return (english >= 6 && english * 10 >= words.length) || (words.length < 60 && english >= 3 && english * 12 >= words.length);
}

/** Words of English postings no other language of the tables writes as words of its own. */
const POSTING_ENGLISH = new Set([...ENGLISH, 'will', 'must', 'years', 'year', 'experience', 'required', 'preferred', 'apply', 'please', 'resume', 'hour', 'hours', 'per', 'salary', 'benefits', 'skills', 'ability', 'work', 'working', 'we', 'is', 'be', 'or', 'of', 'to', 'for']);

/** True when a sixth of a sample's words (five at least) are words of English postings. */
function postingEnglish(sample: string): boolean {
  const words = sample.toLowerCase().split(/[^a-z']+/).filter(Boolean);
  const english = words.filter((w) => POSTING_ENGLISH.has(w)).length;
  return english >= 5 && english * 6 >= words.length;
}

/**
 * Letters that only one language of the tables writes: five of them in the sample tell it
 * whatever trigrams say (a Turkish posting of short list items scored as Dutch).
 */
const OWN_LETTERS: ReadonlyArray<readonly [string, RegExp, RegExp?]> = [
  ['tr', /[ığ]/gu],
  ['vi', /[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu],
  // Of the Cyrillic languages, Russian and Belarusian write ы, э and ё; Belarusian also ў and і
  // (a Russian posting of short lines and emoji scored as Bulgarian).
  ['ru', /[ыэё]/giu, /[ўі]/iu],
  // Ukrainian alone writes ї, є and ґ.
  ['uk', /[їєґ]/giu],
  // Czech alone writes ř, ě and ů (a short Czech posting scored as Slovenian); Hungarian ő and ű;
  // Romanian ă, ș and ț.
  ['cs', /[řěů]/giu],
  ['hu', /[őű]/giu],
  ['ro', /[ăşșţț]/giu],
];

/** Languages with tables that no prose writes without letters beyond ASCII (å, ä, ö, æ, ø, č, ř, ő); Finnish may go a sentence without ä or ö. */
const OWN_LETTERED: ReadonlySet<string> = new Set(['sv', 'da', 'nb', 'cs', 'hu']);

/** Each language with own words (see `Lexicon.ownWords`), with a pattern that finds them. */
const OWN_WORDS: ReadonlyArray<readonly [string, RegExp]> = LEXICONS.filter((l) => l.ownWords.length).map((l) => [
  l.lang,
  new RegExp(`(?<![\\p{L}])(?:${alternation(l.ownWords)})(?![\\p{L}])`, 'giu'),
]);

/** How many more own words a kin language's text must write to be read as that language. */
const OWN_WORDS_MARGIN = 2;

/**
 * Between languages too near for trigrams (Norwegian and Danish), the one whose own words the
 * text writes most, by a margin; else the detector's answer.
 */
function byOwnWords(lang: string, text: string): string {
  if (!OWN_WORDS.some(([l]) => l === lang)) return lang;
  const counts = OWN_WORDS.map(([l, re]) => [l, text.match(re)?.length ?? 0] as const);
  const mine = counts.find(([l]) => l === lang)?.[1] ?? 0;
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] >= mine + OWN_WORDS_MARGIN ? best[0] : lang;
}

/** The language whose own letters the sample is written with, or null. */
function ownLetters(sample: string): string | null {
  for (const [lang, letters, notWith] of OWN_LETTERS) if ((sample.match(letters)?.length ?? 0) >= 5 && !notWith?.test(sample)) return lang;
  return null;
}

/** The language of a text as a BCP 47 subtag, or null when it cannot be told. */
export function detectLanguage(text: string): string | null {
  const clean = (t: string) => t.replace(/https?:\/\/\S+|[\w.+-]+@[\w.-]+|[#*_>`|[\]()]/g, ' ').replace(/\s+/g, ' ').trim();
  // Prose tells the language; names, addresses and headings in a list do not.
  let prose = '';
  for (const line of text.slice(0, 20_000).split('\n')) {
    if (prose.length >= SAMPLE) break;
    const t = clean(line);
    if (t.split(' ').length >= 6 || /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]{10}/u.test(t)) prose += `${t} `;
  }
  const sample = (prose.length >= 60 ? prose : clean(text.slice(0, 4 * SAMPLE))).slice(0, SAMPLE);
  if (sample.length < 20) return null;
  if (plainEnglish(sample)) return 'en';
  // Letters are counted over the opening text, not only its prose: a list of short items counts too.
  const opening = text.slice(0, 4 * SAMPLE);
  const own = ownLetters(opening);
  if (own) return own;
  const ranked = francAll(sample, { only: ONLY, minLength: 20 });
  const code = ranked[0]?.[0] ?? 'und';
  const trigrams = TO_BCP47.get(code) ?? null;
  // Bulgarian and Serbian never write ы, э or ё: a short Russian posting their trigrams take is Russian.
  let lang = (trigrams === 'bg' || trigrams === 'sr') && /[ыэё]/iu.test(opening) && !/[ўіїєґ]/iu.test(opening) ? 'ru' : trigrams;
  // Finnish never writes ü or õ; Estonian, whose trigrams are near, writes both.
  if (lang === 'fi' && (opening.match(/[üõ]/giu)?.length ?? 0) >= 2) lang = 'et';
  if (lang) lang = byOwnWords(lang, opening);
  // Text in ASCII letters that trigrams give to a neighbour we hold no tables for, or to a Nordic
  // language, is English, short and terse ("Hiring: Senior SRE (remote, EU). DM me." scored as
  // Norwegian): Nordic, Central European and Baltic text writes its own letters.
  const ascii = /^[a-z]*$/i.test(sample.replace(/[^\p{L}]/gu, ''));
  // A language written in ASCII of its own (Swahili), whose trigrams leave English far behind, stays itself.
  const english = ranked.find(([c]) => c === 'eng')?.[1] ?? 0;
  const top = ranked[0]?.[1] ?? 1;
  if (lang && (!hasLexicon(lang) || OWN_LETTERED.has(lang)) && ascii && english >= top - FAR_FROM_ENGLISH) return 'en';
  // So is ASCII text that trigrams give to any other language when it is written in the words of
  // English postings ("Requirements: 1 year front desk experience … email your resume", read as French).
  if (lang && lang !== 'en' && ascii && postingEnglish(sample)) return 'en';
  // And ASCII text on which trigrams barely tell English from the first language: short English
  // ("We're a 35-person studio in Bristol making cozy games.") scores within a hair of French or
  // Spanish, and those languages seldom write a sentence without an accent.
  if (lang && lang !== 'en' && ascii && english >= top - NEAR_ENGLISH) return 'en';
  return lang;
}
