// A thread of the `referat` command's tinypool (`run.ts`): one task per input.
import type { Input } from './read.js';
import { type JobOptions, type JobResult, runJob } from './job.js';

// process.exit() in this thread (from a dialect module) would end it without answering its task,
// and tinypool, which watches threads for errors only, would wait for the answer forever: make it
// an error, which fails that input alone.
process.exit = ((code?: number | string | null) => {
  throw new Error(`process.exit(${code ?? ''}) was called`);
}) as typeof process.exit;

/** Reads, parses and formats one input (see `runJob`). */
export default function task({ input, options }: { input: Input; options: JobOptions }): Promise<JobResult> {
  return runJob(input, options);
}
