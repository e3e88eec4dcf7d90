/** The one diagnostic shape used everywhere, and helpers to make them. */
import type { Diagnostic } from '../schema/record.js';
import { CODES, type Code } from './codes.js';

export { CODES, type Code } from './codes.js';
export type { Diagnostic } from '../schema/record.js';

/** Makes a diagnostic with the code's default severity; `line` is 1-based, null for the whole file. */
export function diagnostic(code: Code, message: string, line: number | null = null): Diagnostic {
  return { severity: CODES[code].severity, code, message, line };
}

/** An error that stops work on one file; the pipeline turns it into that file's failure. */
export class FileError extends Error {
  readonly code: Code;
  constructor(code: Code, message: string) {
    super(message);
    this.name = 'FileError';
    this.code = code;
  }
}
