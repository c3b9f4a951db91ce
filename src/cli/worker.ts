// A thread of the `referat` command's tinypool (`run.ts`): one task per input.
import type { Input } from './read.js';
import { type JobOptions, type JobResult, failed, runJob } from './job.js';

// process.exit() in this thread (from a dialect module) would end it without answering its task,
// and tinypool, which watches threads for errors only, would wait for the answer forever: make it
// an error, which fails that input alone.
process.exit = ((code?: number | string | null) => {
  throw new Error(`process.exit(${code ?? ''}) was called`);
}) as typeof process.exit;

/**
 * Reads, parses and formats one input (see `runJob`). What the job throws comes back as the
 * input's failed result, so that a task the pool rejects is one whose thread died (`run.ts`).
 */
export default function task({ input, options }: { input: Input; options: JobOptions }): Promise<JobResult> {
  return runJob(input, options).catch((error: unknown) => failed(input, error));
}
