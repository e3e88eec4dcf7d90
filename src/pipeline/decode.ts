/**
 * Turns a file's bytes into normalised text: the encoding is found from the byte-order
 * mark, else UTF-8 is tried strictly, else Windows-1252 (legacy single-byte text) is used.
 * Line endings become LF, double-encoded UTF-8 is repaired and invisible control
 * characters (zero-width, bidi overrides, C0 controls) are removed.
 */
import { diagnostic, FileError, type Diagnostic } from '../diagnostics/index.js';
import type { Repair } from '../schema/record.js';
import { decodeWindows1252, repairMojibake } from './mojibake.js';

export interface Decoded {
  text: string;
  /** What the bytes were decoded as: `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`. */
  encoding: string;
  repairs: Repair[];
  diagnostics: Diagnostic[];
}

/**
 * Invisible characters that carry no text: C0 controls but tab and newline, DEL, C1 controls,
 * zero-width space/joiners used as spoofing, word joiner, BOMs inside the text and bidi controls.
 * Zero-width joiners (U+200C, U+200D) are kept: scripts and emoji need them.
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u061C]/g;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a BOM: most odd (LE) or even (BE) bytes are NUL in text that is mostly ASCII. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeBytes(bytes: Uint8Array): { text: string; encoding: string; diagnostics: Diagnostic[] } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', diagnostics: [] };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', diagnostics: [] };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', diagnostics: [] };
  }
  if (bytes.includes(0)) {
    const utf16 = sniffUtf16(bytes);
    if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, diagnostics: [] };
    throw new FileError('decode/binary', 'binary file (contains NUL bytes), not text');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', diagnostics: [] };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      diagnostics: [diagnostic('decode/legacy-encoding', 'not valid UTF-8: read as Windows-1252')],
    };
  }
}

/** Decodes and normalises a file's bytes; throws a FileError for binary data. */
export function decode(bytes: Uint8Array): Decoded {
  const { text: raw, encoding, diagnostics } = decodeBytes(bytes);
  const repairs: Repair[] = [];
  let text = raw.replace(/\r\n?/g, '\n');
  const stripped = text.replace(INVISIBLE, '');
  if (stripped.length !== text.length) repairs.push('control-characters');
  text = stripped;
  const mojibake = repairMojibake(text);
  if (mojibake.repaired > 0) {
    repairs.push('mojibake');
    text = mojibake.text;
    diagnostics.push(
      diagnostic('encoding/repaired', `repaired ${mojibake.repaired} double-encoded UTF-8 sequence(s), e.g. "â€™" → "’"`),
    );
  }
  return { text, encoding, repairs, diagnostics };
}
