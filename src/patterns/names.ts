/**
 * Proper names of organisations as postings write them, shared by the company reader and the
 * title reader: capitalised words with "&", "of", "de" inside, and a legal form after them.
 */

/**
 * One word of a name: a capital or a digit first ("Acme", "0x"), or a camel-case word
 * ("pyOpenSci"), with dots inside ("GO.Exchange"), or a short abbreviation with its dot ("San.", "Tic.").
 */
export const NAME_WORD = String.raw`(?:\p{Lu}\p{Ll}{1,3}\.(?=\s)|(?:\p{Lu}|\d)(?:[\p{L}\p{N}&'’+-]|\.(?=[\p{L}\p{N}]))*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)`;
/** Legal forms after a name. */
export const LEGAL = String.raw`(?:\(?(?:Pvt|Pte|Pty|Private)\.?\)?\s+(?:Ltd|Limited)|S\.\s?A\.(?:\s?P\.\s?I\.)?\s+de\s+C\.\s?V|S\.\s+de\s+R\.\s?L\.(?:\s+de\s+C\.\s?V)?|A\.Ş|Ltd\.?\s+Şti|Inc|Ltd|LLC|LLP|GmbH|AG|SA|SAS|SARL|BV|B\.V|NV|Corp|Co|PLC|Pty|S\.A|S\.L|SpA|S\.p\.A|Oy|AB|AS|ApS|KG|e\.V|mbH|Sp\. z o\.o|S\.r\.l|Srl|SRL|S\.n\.c|Snc|Lda|Ltda|S\.L\.U|SLU|KGaA|Kft|Zrt|Nyrt|Bt|spol\. s r\.o|s\.r\.o|a\.s|d\.o\.o|d\.d|S\.R\.L|OÜ|ЕООД|ООД|ЕАД|АД|Α\.?Ε|Ε\.?Π\.?Ε|Ι\.?Κ\.?Ε|sh\.p\.k|A\/S|ASA|Oyj|EURL|SASU|Limited|Corporation|Company)`;
/** A legal form ending a name: "Acme GmbH", "Põhjatäht OÜ", "Northwind, Inc." — a name, never a role. */
export const LEGAL_TAIL = new RegExp(String.raw`,?\s+${LEGAL}\.?$`, 'u');
/**
 * Small words inside a name, in the languages of the tables: "of", "de", "de la", "do", "ve", "und", "&",
 * and the prepositions of a town's name ("Neuburg an der Donau", "Frankfurt am Main", "Newcastle upon Tyne").
 */
export const NAME_JOINS = String.raw`(?:of the|of|de la|de las|de los|de|du|des|der|da|do|dos|das|del|della|di|van de|van der|van den|van|von der|von|für|&|and|und|et|y|e|ve|by|la|le|an der|am|im|in der|upon)`;
/** A proper name: capitalised words, with "&", "of", "de", "by" inside, and a legal form. */
export const NAME = String.raw`${NAME_WORD}(?:\s+(?:${NAME_JOINS}\s+)?${NAME_WORD}){0,4}(?:,?\s+${LEGAL}\.?)?(?:\s*\(e\.\s?V\.\))?`;

/**
 * An employer named after a role at the end of a text, after one of `prepositions` (a pattern's
 * alternation): "Senior SRE at Cobalt Systems", "Designer @ Inkpot", "Comptable chez Atelier Mirabeau".
 */
export function employerAfter(prepositions: string): RegExp {
  return new RegExp(String.raw`\s(?:${prepositions})\s+(${NAME})$`, 'u');
}
