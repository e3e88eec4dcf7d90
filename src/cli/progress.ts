/**
 * A progress line on a terminal: count, share done, rate and time left, redrawn at most five
 * times a second, and cleared before any other line is written to the terminal. Silent unless
 * stderr is a TTY, never in CI, and off with --no-progress.
 */
import type { Writable } from 'node:stream';

export interface Progress {
  tick(): void;
  total(n: number): void;
  /** Clears the line, so that a notice written next starts at the margin; the next tick redraws it. */
  clear(): void;
  done(): void;
}

const SILENT: Progress = { tick() {}, total() {}, clear() {}, done() {} };

export function progress(stream: Writable, enabled: boolean): Progress {
  if (!enabled || (stream as { isTTY?: boolean }).isTTY !== true) return SILENT;
  const start = Date.now();
  let count = 0;
  let total = 0;
  let last = 0;
  let shown = false;
  const draw = () => {
    const secs = (Date.now() - start) / 1000;
    const rate = count / Math.max(secs, 0.001);
    const eta = total && rate ? Math.max(0, (total - count) / rate) : 0;
    const share = total ? ` (${Math.floor((count / total) * 100)}%)` : '';
    stream.write(`\r\u001b[K${count}${total ? `/${total}` : ''} files${share} · ${rate.toFixed(0)}/s${total ? ` · ${eta.toFixed(0)}s left` : ''}`);
    shown = true;
  };
  const clear = () => {
    if (shown) stream.write('\r\u001b[K');
    shown = false;
  };
  return {
    tick() {
      count++;
      const now = Date.now();
      // Only long runs get a bar: nothing in the first second.
      if (now - start > 1000 && now - last > 200) {
        last = now;
        draw();
      }
    },
    total(n) {
      total = n;
    },
    clear,
    done: clear,
  };
}
