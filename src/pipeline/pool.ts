/**
 * Runs tasks on worker threads (piscina) and yields their results in input order, with a
 * bounded number in flight so memory does not grow with the corpus. A task that overruns its
 * own time budget has its worker stopped; `onFailure` turns that into the file's result.
 */
import { Piscina } from 'piscina';

/** The worker script: beside this module once built; from the build when tests run the sources. */
function workerUrl(): string {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../dist/pipeline/worker.js', here).href : new URL('./worker.js', here).href;
}

export interface PoolOptions<I, O> {
  concurrency: number;
  /** Milliseconds one input may take before its worker is stopped. */
  timeoutMs: number;
  /** The result for an input whose task timed out or whose worker died. */
  onFailure: (input: I, reason: 'timeout' | 'crash', err: unknown) => O;
}

/** How a watched run ended: every result, or the index of the input at fault. */
type Failed = { at: number; timedOut: boolean; err: unknown };
type Outcome<O> = { ok: O[] } | Failed;

/** Inputs sent to a worker in one message: fewer round trips, same order. */
const BATCH = 16;

/**
 * Maps inputs through the worker's `batch` export, in order. Inputs for which `direct` returns a
 * result (e.g. a file that could not be read) skip the pool but keep their place. A batch that
 * times out or crashes is run again one input at a time, so only the input at fault fails.
 */
export async function* mapInWorkers<I, O>(inputs: AsyncIterable<I>, direct: (input: I) => O | null, options: PoolOptions<I, O>): AsyncGenerator<O> {
  // Workers keep a small heap, so that memory stays flat over a large corpus; a document too big
  // for it (a legitimate posting of a few megabytes) is run again on one worker with a large heap.
  // The sizes are measured (20,000 bench postings, one in ten read by remark, runs interleaved):
  // the live heap after a full GC is ~18 MB, so a 48 MB old generation is plenty; remark's
  // parse allocates enough that a young generation under 16 MB promotes its garbage and the old
  // generation thrashes (96/8: 27-30 s, 216 MB; 96/12: 29 s; 48/16: 18-19 s, 242 MB; no limits:
  // 18 s, 369 MB).
  const pool = new Piscina({ filename: workerUrl(), name: 'batch', minThreads: options.concurrency, maxThreads: options.concurrency, idleTimeout: 1000, resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 16 } });
  // A worker that dies outside a task (out of memory while idle) is replaced; the pool must not
  // turn that into an unhandled 'error' event that ends the run. Tasks it held are rejected and
  // handled below.
  pool.on('error', () => {});
  let large: Piscina | null = null;
  /**
   * Runs inputs on `on` in one message, watching each one's time: the worker writes the index
   * of the input it is working on into shared memory, and an input that holds it longer than
   * the budget stops the run. A budget starts when its input's work starts — never while it
   * waits in a queue — and covers that input alone, however many share the message.
   */
  const watched = (on: Piscina, items: I[]): Promise<Outcome<O>> => {
    const progress = new Int32Array(new SharedArrayBuffer(4));
    progress[0] = -1;
    const controller = new AbortController();
    let seen = -1;
    let since = 0;
    let overran = -1;
    const timer = setInterval(() => {
      const at = Atomics.load(progress, 0);
      const now = performance.now();
      if (at !== seen) {
        seen = at;
        since = now;
      } else if (at >= 0 && now - since > options.timeoutMs) {
        overran = at;
        controller.abort();
      }
    }, Math.max(5, Math.min(250, options.timeoutMs / 8)));
    return (on.run({ tasks: items, progress }, { signal: controller.signal }) as Promise<O[]>)
      .then(
        (ok): Outcome<O> => ({ ok }),
        (err: unknown): Outcome<O> => ({ at: overran >= 0 ? overran : Atomics.load(progress, 0), timedOut: overran >= 0, err }),
      )
      .finally(() => clearInterval(timer));
  };
  const inLarge = async (input: I): Promise<O> => {
    if (!large) {
      large = new Piscina({ filename: workerUrl(), name: 'batch', minThreads: 0, maxThreads: 1, idleTimeout: 1000, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
      large.on('error', () => {});
    }
    const r = await watched(large, [input]);
    return 'ok' in r ? (r.ok[0] as O) : options.onFailure(input, r.timedOut ? 'timeout' : 'crash', r.err);
  };
  /** The result of the input at fault: its timeout, or a crash — run again with a large heap when it ran out of memory. */
  const atFault = (input: I, r: Failed): Promise<O> | O => {
    if (r.timedOut) return options.onFailure(input, 'timeout', r.err);
    return /memory limit|out of memory/i.test(String((r.err as Error)?.message ?? r.err)) ? inLarge(input) : options.onFailure(input, 'crash', r.err);
  };
  /** Runs a batch; when one input overruns or kills its worker, it alone fails and the others run again. */
  const runBatch = async (batch: I[]): Promise<O[]> => {
    const r = await watched(pool, batch);
    if ('ok' in r) return r.ok;
    if (r.at < 0 || r.at >= batch.length) {
      // The worker died before its first input: each runs alone, so that only one at fault fails.
      return Promise.all(batch.map(async (input) => {
        const one = await watched(pool, [input]);
        return 'ok' in one ? (one.ok[0] as O) : atFault(input, one);
      }));
    }
    const rest = batch.filter((_, i) => i !== r.at);
    const [fault, others] = await Promise.all([atFault(batch[r.at] as I, r), rest.length ? runBatch(rest) : Promise.resolve([] as O[])]);
    return [...others.slice(0, r.at), fault, ...others.slice(r.at)];
  };
  const inFlight: Array<Promise<O[]>> = [];
  // Two batches a worker keep every worker busy; more only hold results in this thread's heap
  // (four a worker took ~6 MB more peak RSS and was no faster).
  const limit = options.concurrency * 2;
  let batch: I[] = [];
  const send = () => {
    if (!batch.length) return;
    const items = batch;
    batch = [];
    // Results that need no worker keep their place in the batch.
    const done = items.map(direct);
    const todo = items.filter((_, i) => done[i] === null);
    inFlight.push((todo.length ? runBatch(todo) : Promise.resolve([] as O[])).then((out) => {
      let k = 0;
      return done.map((d) => (d === null ? (out[k++] as O) : d));
    }));
  };
  try {
    for await (const input of inputs) {
      batch.push(input);
      if (batch.length >= BATCH) send();
      while (inFlight.length >= limit) yield* await (inFlight.shift() as Promise<O[]>);
    }
    send();
    while (inFlight.length) yield* await (inFlight.shift() as Promise<O[]>);
  } finally {
    await pool.destroy();
    await (large as Piscina | null)?.destroy();
  }
}
