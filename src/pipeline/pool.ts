/**
 * Runs tasks on worker threads (piscina) and yields their results in input order, with a
 * bounded number in flight so memory does not grow with the corpus. A task that overruns its
 * time budget has its worker stopped; `onTimeout` turns that into the file's result.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';

/** The worker script: beside this module once built; from the build when tests run the sources. */
function workerUrl(): string {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../dist/pipeline/worker.js', here).href : new URL('./worker.js', here).href;
}

export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

export interface PoolOptions<I, O> {
  concurrency: number;
  /** Milliseconds a task may take before its worker is stopped. */
  timeoutMs: number;
  /** The result for an input whose task timed out or whose worker died. */
  onFailure: (input: I, reason: 'timeout' | 'crash', err: unknown) => O;
}

/**
 * Maps inputs through the worker's default export, in order. Inputs for which `direct` returns
 * a result (e.g. a file that could not be read) skip the pool but keep their place.
 */
export async function* mapInWorkers<I, O>(inputs: AsyncIterable<I>, direct: (input: I) => O | null, options: PoolOptions<I, O>): AsyncGenerator<O> {
  const pool = new Piscina({ filename: workerUrl(), minThreads: options.concurrency, maxThreads: options.concurrency, idleTimeout: 1000 });
  const inFlight: Array<Promise<O>> = [];
  const limit = options.concurrency * 8;
  const submit = (input: I): Promise<O> => {
    const now = direct(input);
    if (now !== null) return Promise.resolve(now);
    const signal = AbortSignal.timeout(options.timeoutMs);
    return (pool.run(input, { signal }) as Promise<O>).catch((err: unknown) =>
      options.onFailure(input, signal.aborted ? 'timeout' : 'crash', err),
    );
  };
  try {
    for await (const input of inputs) {
      inFlight.push(submit(input));
      if (inFlight.length >= limit) yield await (inFlight.shift() as Promise<O>);
    }
    while (inFlight.length) yield await (inFlight.shift() as Promise<O>);
  } finally {
    await pool.destroy();
  }
}
