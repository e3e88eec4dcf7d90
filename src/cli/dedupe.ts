/**
 * `ingest --dedupe`: the first record of each group of reposts is kept, the others are left out
 * and their paths added to it (`duplicates`). A repost has the same `fingerprint.dedupeKey`
 * (title, company and place), or a SimHash within `NEAR_DUPLICATE_BITS` of a kept record's and
 * the same title (one employer's postings for different roles share much of their text) —
 * found through the fingerprint's bands, not by comparing every pair.
 *
 * The kept records wait in a spool file, not in memory, until the run ends (only then is each
 * one's list of duplicates known); memory holds the keys and the lists.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { bands, halves, hamming, NEAR_DUPLICATE_BITS } from '../patterns/simhash.js';

/** The title part of a dedupe key ('' without one). */
const titleOf = (key: string | null) => key?.split('|')[0] ?? '';

export interface Fingerprinted {
  simhash: string;
  dedupeKey: string | null;
}

export class Deduper {
  private readonly byKey = new Map<string, number>();
  private readonly byBand = new Map<string, number[]>();
  private readonly hashes: Array<[number, number]> = [];
  private readonly titles: string[] = [];
  private readonly duplicates = new Map<number, string[]>();
  private readonly dir = mkdtempSync(join(tmpdir(), 'jobnorm-dedupe-'));
  private readonly spool: WriteStream = createWriteStream(join(this.dir, 'kept.ndjson'));
  private readonly cleanup = () => rmSync(this.dir, { recursive: true, force: true });
  /** How many records were left out as reposts. */
  folded = 0;

  /** A write error of the spool (a full disk), raised when the kept records are read back. */
  private failure: Error | null = null;

  constructor() {
    process.once('exit', this.cleanup);
    this.spool.on('error', (err) => {
      this.failure ??= err;
    });
  }

  /** The index of the kept record a fingerprint (read into its halves, title and bands) reposts, or null when it is new. */
  private original(key: string | null, hash: [number, number], title: string, keys: readonly string[]): number | null {
    const same = key !== null ? this.byKey.get(key) : undefined;
    if (same !== undefined) return same;
    for (const band of keys) {
      for (const i of this.byBand.get(band) ?? []) if (this.titles[i] === title && hamming(this.hashes[i] as [number, number], hash) <= NEAR_DUPLICATE_BITS) return i;
    }
    return null;
  }

  /** Keeps a record (its text is spooled) or folds it into the one it reposts; true when kept. */
  async offer(fp: Fingerprinted | null | undefined, path: string, text: string): Promise<boolean> {
    // The fingerprint is read once: the lookup and the index use the same halves and bands.
    const hash = fp ? halves(fp.simhash) : ([0, 0] as [number, number]);
    const title = titleOf(fp?.dedupeKey ?? null);
    const keys = fp ? bands(fp.simhash) : [];
    const at = fp ? this.original(fp.dedupeKey, hash, title, keys) : null;
    if (at !== null) {
      const list = this.duplicates.get(at) ?? [];
      list.push(path);
      this.duplicates.set(at, list);
      this.folded++;
      return false;
    }
    const index = this.hashes.length;
    this.hashes.push(hash);
    this.titles.push(title);
    if (fp?.dedupeKey) this.byKey.set(fp.dedupeKey, index);
    for (const band of keys) {
      const list = this.byBand.get(band) ?? [];
      list.push(index);
      this.byBand.set(band, list);
    }
    const line = `${JSON.stringify(text)}\n`;
    if (this.failure) return true;
    if (!this.spool.write(line)) await new Promise<void>((resolve) => {
      this.spool.once('drain', () => resolve());
      this.spool.once('error', () => resolve());
    });
    return true;
  }

  /** The kept records in order, each with the paths of its reposts; the spool is removed after. */
  async *kept(): AsyncGenerator<{ text: string; duplicates: string[] }> {
    await new Promise<void>((resolve, reject) => this.spool.end((err?: Error | null) => (err ? reject(err) : resolve())));
    if (this.failure) {
      this.close();
      throw new Error(`--dedupe could not keep its spool file: ${this.failure.message}`);
    }
    try {
      let index = 0;
      const lines = createInterface({ input: createReadStream(join(this.dir, 'kept.ndjson'), 'utf8'), crlfDelay: Infinity });
      for await (const line of lines) {
        yield { text: JSON.parse(line) as string, duplicates: this.duplicates.get(index) ?? [] };
        index++;
      }
    } finally {
      this.close();
    }
  }

  /** Removes the spool (also on an interrupted run). */
  close(): void {
    this.spool.destroy();
    this.cleanup();
    process.off('exit', this.cleanup);
  }
}
