/** The progress line: only on a terminal, with total, share, rate and time left, cleared before any other line. */
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { progress } from '../../src/cli/progress.js';

function terminal(isTTY: boolean): { stream: Writable; written: string[] } {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      written.push(String(chunk));
      done();
    },
  });
  Object.assign(stream, { isTTY });
  return { stream, written };
}

describe('progress', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes nothing when standard error is not a terminal', () => {
    const { stream, written } = terminal(false);
    const bar = progress(stream, true);
    bar.total(4);
    vi.advanceTimersByTime(5000);
    bar.tick();
    bar.done();
    expect(written).toEqual([]);
  });

  it('shows count, share, rate and time left after the first second, and clears itself before a notice', async () => {
    const { stream, written } = terminal(true);
    const bar = progress(stream, true);
    bar.total(4);
    bar.tick();
    expect(written).toEqual([]);
    vi.advanceTimersByTime(2000);
    bar.tick();
    // Two files in two seconds: one a second, two seconds left.
    expect(written.at(-1)).toBe('\r\u001b[K2/4 files (50%) · 1/s · 2s left');
    bar.clear();
    expect(written.at(-1)).toBe('\r\u001b[K');
    // Cleared once: done() has nothing left to clear.
    const before = written.length;
    bar.done();
    expect(written).toHaveLength(before);
  });
});
