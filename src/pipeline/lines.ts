/**
 * Lines of a byte stream, each held only up to a cap: a line longer than the cap is reported as
 * too long and its bytes are dropped as they arrive, so one endless line (`ingest --input-format
 * ndjson < /dev/zero`) costs the cap in memory, not the line. `readline` holds every line whole.
 */
import type { Readable } from 'node:stream';

export type BoundedLine = { text: string; tooLong: false } | { text: null; tooLong: true };

const NEWLINE = 0x0a;
const RETURN = 0x0d;

/** Yields each line (without its `\n` or `\r\n`) as text, or `tooLong` for one over `cap` bytes. */
export async function* boundedLines(stream: Readable, cap: number): AsyncGenerator<BoundedLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  const end = (): BoundedLine => {
    if (over) return { text: null, tooLong: true };
    let line = Buffer.concat(parts, size);
    if (line.length && line[line.length - 1] === RETURN) line = line.subarray(0, line.length - 1);
    return { text: line.toString('utf8'), tooLong: false };
  };
  const reset = () => {
    parts = [];
    size = 0;
    over = false;
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let start = 0;
    for (let nl = buf.indexOf(NEWLINE, start); ; nl = buf.indexOf(NEWLINE, start)) {
      const piece = buf.subarray(start, nl < 0 ? buf.length : nl);
      if (!over) {
        if (size + piece.length > cap) {
          over = true;
          parts = [];
        } else {
          parts.push(Buffer.from(piece));
          size += piece.length;
        }
      }
      if (nl < 0) break;
      yield end();
      reset();
      start = nl + 1;
    }
  }
  // A last line without its newline; an empty stream, or one ending in a newline, has none.
  if (size > 0 || over) yield end();
}
