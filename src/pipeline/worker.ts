/** The worker-thread entry: piscina calls the default export with one task at a time. */
import { processDocument, type ProcessTask } from './process.js';

export default function run(task: ProcessTask) {
  return processDocument(task);
}
