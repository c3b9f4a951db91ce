import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Input } from './read.js';
import { type JobOptions, type JobResult, runJob } from './job.js';
import { WorkerPool } from './pool.js';

/** Batches smaller than this run in the main thread: starting workers costs more than it gives. */
const POOL_FROM = 8;

/** How a batch runs. */
export interface BatchOptions {
  /** Threads to parse on; 1 runs everything in the main thread. Default: the machine's cores. */
  jobs?: number;
  /** Called once per input, in input order, as soon as it and all before it are done. */
  onResult(result: JobResult): void | Promise<void>;
}

/**
 * Runs a command over many inputs: in the main thread for small batches or `jobs: 1`, else on a
 * pool of worker threads (`WorkerPool`), one task per input. Results are handed to `onResult` in input
 * order while later inputs are still being parsed; at most `4 × threads` inputs are in flight,
 * so memory stays flat however many inputs there are.
 */
export async function runBatch(inputs: Input[], options: JobOptions, batch: BatchOptions): Promise<void> {
  const threads = Math.max(1, batch.jobs ?? availableParallelism());
  const worker = workerFile();
  if (threads === 1 || inputs.length < POOL_FROM || !worker || inputs.some((i) => i.stdin)) {
    for (const input of inputs) await batch.onResult(await runJob(input, options));
    return;
  }
  const pool = new WorkerPool<{ input: Input; options: JobOptions }, JobResult>(worker, threads);
  try {
    const pending: Promise<JobResult>[] = [];
    let next = 0;
    const fill = (): void => {
      while (next < inputs.length && pending.length < threads * 4) {
        pending.push(pool.run({ input: inputs[next++]!, options }));
      }
    };
    fill();
    while (pending.length > 0) {
      const result = await pending.shift()!;
      fill();
      await batch.onResult(result);
    }
  } finally {
    await pool.destroy();
  }
}

/** The worker thread's module beside this one (`dist/cli/worker.js`), or null when not built. */
function workerFile(): string | null {
  const path = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(path) ? path : null;
}
