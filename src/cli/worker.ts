// A thread of the `referat` command's worker pool (`pool.ts`): one task per input.
import { parentPort } from 'node:worker_threads';
import type { PoolReply } from './pool.js';
import type { Input } from './read.js';
import { type JobOptions, type JobResult, runJob } from './job.js';

parentPort!.on('message', async ({ input, options }: { input: Input; options: JobOptions }) => {
  let reply: PoolReply<JobResult>;
  try {
    reply = { ok: true, value: await runJob(input, options) };
  } catch (error) {
    reply = { ok: false, error };
  }
  parentPort!.postMessage(reply);
});
