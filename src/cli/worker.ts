// A thread of the `referat` command's worker pool (piscina): one task per input.
import type { Input } from './read.js';
import { type JobOptions, type JobResult, runJob } from './job.js';

export default function task({ input, options }: { input: Input; options: JobOptions }): Promise<JobResult> {
  return runJob(input, options);
}
