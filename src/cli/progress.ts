/**
 * A progress line on a terminal: count, rate and time left, redrawn at most five times a
 * second. Silent unless stderr is a TTY, never in CI, and off with --no-progress.
 */
import type { Writable } from 'node:stream';

export interface Progress {
  tick(): void;
  total(n: number): void;
  done(): void;
}

const SILENT: Progress = { tick() {}, total() {}, done() {} };

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
    stream.write(`\r\u001b[K${count}${total ? `/${total}` : ''} files · ${rate.toFixed(0)}/s${total ? ` · ${eta.toFixed(0)}s left` : ''}`);
    shown = true;
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
    done() {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}
