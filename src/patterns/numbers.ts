/** Numbers written as words, in English, German, French, Spanish and Portuguese: "five years", "fünf Jahre". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
  ein: 1, eine: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  um: 1, uma: 1, duas: 2, três: 3, quatro: 4, oito: 8, nove: 9, dez: 10,
};

/** An alternation of the number words, longest first, for building patterns. */
export const NUMBER_WORD_SOURCE = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');

/** A number written in digits (`5`, `1.5`, `2,5`) or words (`five`), as a value; NaN when neither. */
export function readNumber(written: string): number {
  const w = written.toLowerCase().trim();
  if (Object.hasOwn(NUMBER_WORDS, w)) return NUMBER_WORDS[w] as number;
  return Number(w.replace(',', '.'));
}
