/** The streams the CLI talks to; the bin passes the process's own, tests pass their own. */
import type { Readable, Writable } from 'node:stream';
import { printable } from '../diagnostics/printable.js';

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
}

/** Reads a whole stream into bytes. */
export async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

/** Writes a line to a stream, ignoring a closed pipe; control characters in it are escaped (see printable). */
export function say(stream: Writable, line: string): void {
  if (!stream.destroyed && stream.writable) stream.write(`${printable(line)}\n`);
}
