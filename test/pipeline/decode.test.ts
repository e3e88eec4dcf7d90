import { describe, expect, it } from 'vitest';
import { decode } from '../../src/pipeline/decode.js';
import { repairMojibake } from '../../src/pipeline/mojibake.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(utf8('café')).text).toBe('café');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('café')]);
    expect(decode(withBom)).toMatchObject({ text: 'café', encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00, 0x0a, 0x00);
    const be = bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69);
    expect(decode(le)).toMatchObject({ text: 'Hi\n', encoding: 'utf-16le' });
    expect(decode(be)).toMatchObject({ text: 'Hi', encoding: 'utf-16be' });
  });

  it('reads UTF-16 LE without a BOM when every other byte is NUL', () => {
    const le = new Uint8Array(Buffer.from('Senior Engineer\n', 'utf16le'));
    expect(decode(le)).toMatchObject({ text: 'Senior Engineer\n', encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 for legacy single-byte text', () => {
    // "Café – 50 €" in Windows-1252: é = E9, – = 96, € = 80
    const r = decode(bytes(0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x35, 0x30, 0x20, 0x80));
    expect(r.text).toBe('Café – 50 €');
    expect(r.encoding).toBe('windows-1252');
    expect(r.diagnostics.map((d) => d.code)).toContain('decode/legacy-encoding');
  });

  it('turns CRLF and CR into LF', () => {
    expect(decode(utf8('a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
  });

  it('refuses binary data with a clear reason', () => {
    expect(() => decode(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48))).toThrow(/binary/);
  });

  it('repairs double-encoded UTF-8 and says so', () => {
    const r = decode(utf8('Acmeâ€™s campaign, cafÃ© crÃ¨me'));
    expect(r.text).toBe('Acme’s campaign, café crème');
    expect(r.repairs).toContain('mojibake');
    expect(r.diagnostics.map((d) => d.code)).toContain('encoding/repaired');
  });

  it('strips zero-width and bidi control characters', () => {
    const r = decode(utf8('Sen\u200Bior \u202EEngineer\u202C'));
    expect(r.text).toBe('Senior Engineer');
    expect(r.repairs).toContain('control-characters');
  });
});

describe('repairMojibake', () => {
  it('leaves correct accented text alone', () => {
    expect(repairMojibake('Zürich, Montréal, São Paulo, naïve — “quoted”')).toEqual({ text: 'Zürich, Montréal, São Paulo, naïve — “quoted”', repaired: 0 });
  });
  it('repairs text double-encoded twice', () => {
    const once = Buffer.from(Buffer.from('é', 'utf8').toString('latin1'), 'utf8').toString('utf8');
    const twice = Buffer.from(Buffer.from(once, 'utf8').toString('latin1'), 'utf8').toString('utf8');
    expect(repairMojibake(`caf${twice}`).text).toBe('café');
  });
  it('is linear on long runs of lead characters', () => {
    const s = 'Ã'.repeat(200_000);
    expect(repairMojibake(s).text).toBe(s);
  });
});
