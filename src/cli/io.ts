/** The streams the CLI talks to; the bin passes the process's own, tests pass their own. */
import type { Readable, Writable } from 'node:stream';
import { printable } from '../diagnostics/printable.js';

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
}

/**
 * Reads a stream into bytes, stopping once it holds more than `limit` (then the bytes read so far,
 * one past the limit, tell the caller it is too large): `ingest < /dev/zero` must not grow
 * without bound.
 */
export async function readAll(stream: Readable, limit = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buffer);
    total += buffer.length;
    if (total > limit) {
      stream.destroy();
      break;
    }
  }
  return new Uint8Array(Buffer.concat(chunks).subarray(0, Number.isFinite(limit) ? Math.min(total, limit + 1) : total));
}

/** Writes a line to a stream, ignoring a closed pipe; control characters in it are escaped (see printable). */
export function say(stream: Writable, line: string): void {
  if (!stream.destroyed && stream.writable) stream.write(`${printable(line)}\n`);
}
