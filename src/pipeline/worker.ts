/** The worker-thread entry: piscina calls `batch` with a few tasks at a time, in order. */
import { processDocument, type ProcessTask } from './process.js';

/**
 * Tests set this to a path fragment to make the worker fail on that file, to check that a
 * failing worker costs only that file. Never set in normal use.
 */
const FAIL_ON = process.env.JOBNORM_TEST_WORKER_FAIL_ON;

export function batch(tasks: ProcessTask[]) {
  return tasks.map((task) => {
    if (FAIL_ON && task.path.includes(FAIL_ON)) throw new Error(`worker failure injected for ${task.path}`);
    return processDocument(task);
  });
}

export default batch;
