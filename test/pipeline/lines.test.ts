/** Lines of a stream, each held only up to a cap. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { boundedLines } from '../../src/pipeline/lines.js';

const collect = async (chunks: Array<string | Buffer>, cap: number) => {
  const out: Array<string | null> = [];
  for await (const l of boundedLines(Readable.from(chunks), cap)) out.push(l.tooLong ? null : l.text);
  return out;
};

describe('boundedLines', () => {
  it('splits on \\n and \\r\\n across chunks, keeps blank lines and a last line without its newline', async () => {
    expect(await collect(['ab', 'c\r\nd', '\n\nlast'], 100)).toEqual(['abc', 'd', '', 'last']);
    expect(await collect(['one\n'], 100)).toEqual(['one']);
    expect(await collect([], 100)).toEqual([]);
  });
  it('decodes a character split between two chunks', async () => {
    const bytes = Buffer.from('café\n');
    expect(await collect([bytes.subarray(0, 4), bytes.subarray(4)], 100)).toEqual(['café']);
  });
  it('reports a line over the cap as too long, dropping its bytes as they come, and reads on', async () => {
    // The long line arrives in many chunks: none of them is kept.
    const long = Array.from({ length: 1000 }, () => 'x'.repeat(1000));
    expect(await collect(['short\n', ...long, '\nafter\n'], 4096)).toEqual(['short', null, 'after']);
    expect(await collect(['y'.repeat(5000)], 4096)).toEqual([null]);
  });
});
