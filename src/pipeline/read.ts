/**
 * Reads a file's bytes, refusing files larger than the limit before reading them. Reads are
 * synchronous: the run is bound by parsing, and a small file read synchronously costs tens of
 * microseconds where the promise round trips cost a millisecond.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { FileError } from '../diagnostics/index.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export function readBytesSync(path: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO (or a device) does not wait for a writer forever; it is
    // then refused as not a regular file.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new FileError('read/failed', reason(err));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new FileError('read/failed', 'is a directory');
    if (!stat.isFile()) throw new FileError('read/failed', 'not a regular file');
    if (stat.size > maxBytes) throw new FileError('read/too-large', `file is ${stat.size} bytes, over the limit of ${maxBytes} (--max-bytes)`);
    // Read up to the limit whatever the size says (a file can grow, and some report no size).
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw new FileError('read/too-large', `file is over the limit of ${maxBytes} bytes (--max-bytes)`);
    }
    const buf = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
  } catch (err) {
    if (err instanceof FileError) throw err;
    throw new FileError('read/failed', reason(err));
  } finally {
    closeSync(fd);
  }
}

/**
 * The failure of a folder the walk could not list, for the run to report in the folder's place:
 * the reason as listing it again gives it (`list` is the walk's own, when a test sets one).
 */
export function unlistedFolder(path: string, list: (dir: string) => unknown = readdirSync): FileError {
  let why = 'its listing failed while walked';
  try {
    list(path);
  } catch (err) {
    why = reason(err);
  }
  return new FileError('read/failed', `could not list this folder (${why}): the files in it were not read`);
}

/** A system error as a short reason: "permission denied", "no such file or directory". */
function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory (deleted or a broken link?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
