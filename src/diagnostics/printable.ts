/**
 * Text written for a person (a terminal, a CI log) must not carry control characters: a file
 * named with `ESC]0;…BEL` would retitle the terminal, `ESC[2J` clear it, and a newline start a
 * line of its own — in a GitHub Actions log, a workflow command (`::error …`, `::add-mask::`).
 * Paths, messages and values are printed with every C0 and C1 control character, the line
 * separators and the bidi controls written as visible escapes (`\n`, `\x1b`, `\u202e`).
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text on one line, with every control character escaped. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
