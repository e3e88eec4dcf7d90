/**
 * Repairs text that was UTF-8, read as Windows-1252, and written out as UTF-8 again
 * ("double-encoded" UTF-8, mojibake): `Acmeâ€™s` → `Acme’s`, `cafÃ©` → `café`.
 *
 * Each suspicious run is mapped back to the bytes Windows-1252 would have written and
 * replaced only when those bytes form one valid UTF-8 sequence, so ordinary accented
 * text is left alone. Linear in the length of the text.
 */

/** Windows-1252 bytes 0x80–0x9F that decode to other code points, keyed by code point. */
const CP1252_HIGH: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86],
  [0x2021, 0x87], [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c],
  [0x017d, 0x8e], [0x2018, 0x91], [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95],
  [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98], [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b],
  [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

/** Decodes Windows-1252 bytes (Node's decoder for that label is ISO-8859-1, which reads 0x80–0x9F as controls). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const byByte = new Map([...CP1252_HIGH].map(([cp, b]) => [b, cp]));
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCodePoint(...Array.from(chunk, (b) => byByte.get(b) ?? b));
  }
  return out;
}

/** Characters that stand for a UTF-8 continuation byte (0x80–0xBF) once read as Windows-1252. */
const CONTINUATION = '[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]';

/** A UTF-8 lead byte (0xC2–0xF4) read as Latin-1, then one to three continuation characters. Example: `â€™`. */
const MOJIBAKE_RUN = new RegExp(`[\\u00C2-\\u00F4]${CONTINUATION}{1,3}`, 'g');

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function toCp1252Byte(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp <= 0xff) return cp;
  return CP1252_HIGH.get(cp) ?? -1;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  return 4;
}

/** Repairs one run, or returns it unchanged when it is not a valid UTF-8 sequence. */
function repairRun(run: string): string {
  const chars = [...run];
  const lead = toCp1252Byte(chars[0] ?? '');
  const need = sequenceLength(lead);
  if (chars.length < need) return run;
  const bytes = chars.slice(0, need).map(toCp1252Byte);
  if (bytes.some((b) => b < 0)) return run;
  try {
    return strictUtf8.decode(Uint8Array.from(bytes)) + chars.slice(need).join('');
  } catch {
    return run;
  }
}

/**
 * Returns the text with double-encoded UTF-8 repaired, and how many runs were repaired.
 * Runs twice at most, for text that was double-encoded twice.
 */
export function repairMojibake(text: string): { text: string; repaired: number } {
  let repaired = 0;
  let out = text;
  for (let pass = 0; pass < 2; pass++) {
    let changed = 0;
    out = out.replace(MOJIBAKE_RUN, (run) => {
      const fixed = repairRun(run);
      if (fixed !== run) changed++;
      return fixed;
    });
    repaired += changed;
    if (changed === 0) break;
  }
  return { text: out, repaired };
}
