/** The worker-thread entry: piscina calls `batch` with a few tasks at a time, in order. */
import { processDocument, type ProcessTask } from './process.js';

/**
 * Tests set this to a path fragment to make the worker fail on that file, to check that a
 * failing worker costs only that file. Never set in normal use.
 */
const FAIL_ON = process.env.JOBNORM_TEST_WORKER_FAIL_ON;
/**
 * Tests set this to a path fragment to make the worker spin on that file for a minute (as a
 * hostile posting would), so that time-budget tests do not depend on how fast a machine is.
 */
const HANG_ON = process.env.JOBNORM_TEST_WORKER_HANG_ON;
const HANG_MS = 60_000;

/**
 * Processes tasks in order, writing the index of the one under way into `progress` (shared with
 * the pool), so that the pool can give each its own time budget.
 */
export function batch({ tasks, progress }: { tasks: ProcessTask[]; progress: Int32Array }) {
  return tasks.map((task, i) => {
    Atomics.store(progress, 0, i);
    if (FAIL_ON && task.path.includes(FAIL_ON)) throw new Error(`worker failure injected for ${task.path}`);
    if (HANG_ON && task.path.includes(HANG_ON)) for (const end = Date.now() + HANG_MS; Date.now() < end; );
    return processDocument(task);
  });
}

export default batch;
