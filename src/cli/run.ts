import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { type Input, readFile } from './read.js';
import { type JobOptions, type JobResult, failed, runJob } from './job.js';

/** Batches smaller than this run in the main thread: starting workers costs more than it gives. */
const POOL_FROM = 8;
/** Files up to this size are read ahead by the main thread: at most `4 × threads` of them are held. */
const READ_AHEAD = 16e6;
/** Tasks a worker thread holds at once: the one it parses and the next. */
const PER_THREAD = 2;

/** How a batch runs. */
export interface BatchOptions {
  /** Threads to parse on; 1 runs everything in the main thread. Default: the machine's cores. */
  jobs?: number;
  /** Called once per input, in input order, as soon as it and all before it are done. */
  onResult(result: JobResult): void | Promise<void>;
}

/**
 * Runs a command over many inputs: in the main thread for small batches or `jobs: 1`, else on a
 * tinypool of worker threads (`worker.ts`), one task per input. Results are handed to `onResult`
 * in input order while later inputs are still being parsed; at most `4 × threads` inputs are in
 * flight, so memory stays flat however many inputs there are. An input whose job throws, or
 * whose thread dies (tinypool replaces the thread), fails alone: the batch goes on.
 */
export async function runBatch(inputs: Input[], options: JobOptions, batch: BatchOptions): Promise<void> {
  const threads = Math.max(1, batch.jobs ?? availableParallelism());
  const worker = workerFile();
  if (threads === 1 || inputs.length < POOL_FROM || !worker || inputs.some((i) => i.stdin)) {
    for (const input of inputs) await batch.onResult(await runJob(input, options).catch((error) => failed(input, error)));
    return;
  }
  // Each thread holds its next input while it parses one (PER_THREAD): when it finishes, it goes
  // on without waiting for the main thread to hand it work, which on a busy machine takes the
  // main thread milliseconds to wake up for, each time.
  const pool = new Tinypool({ filename: worker, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: PER_THREAD });
  // A thread that dies between tasks fails no input; tinypool replaces it and says so here.
  pool.on('error', () => undefined);
  // A thread that dies fails the input it was parsing and the one it held. A job's own errors
  // come back as results (worker.ts), so a rejected task is one of the two: each is run again,
  // alone, on a thread of its own, where the input that killed its thread fails by itself.
  let solo: Tinypool | undefined;
  const again = (input: Input): Promise<JobResult> => {
    if (!solo) {
      solo = new Tinypool({ filename: worker, minThreads: 1, maxThreads: 1, concurrentTasksPerWorker: 1 });
      solo.on('error', () => undefined);
    }
    return solo.run({ input, options }).catch((error: unknown) => failed(input, error));
  };
  // The main thread reads each file ahead (it is idle otherwise), so the threads only parse and
  // never wait on the disk. A file it cannot read, or larger than READ_AHEAD, goes as it is, and
  // its thread reads it (or says why not). Bytes that fill their buffer move instead of copying
  // (so a task run again reads its file again).
  const run = async (input: Input): Promise<JobResult> => {
    const bytes = await readFile({ ...input, maxBytes: Math.min(input.maxBytes ?? Infinity, READ_AHEAD) }).catch(() => undefined);
    const own = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    const task = { input: bytes ? { ...input, bytes } : input, options };
    return pool.run(task, own ? { transferList: [bytes.buffer as ArrayBuffer] } : {}).catch(() => again(input));
  };
  try {
    const pending: Promise<JobResult>[] = [];
    let next = 0;
    const fill = (): void => {
      while (next < inputs.length && pending.length < threads * 4) pending.push(run(inputs[next++]!));
    };
    fill();
    while (pending.length > 0) {
      const result = await pending.shift()!;
      fill();
      await batch.onResult(result);
    }
  } finally {
    await Promise.all([pool.destroy(), solo?.destroy()]);
  }
}

/** The worker thread's module beside this one (`dist/cli/worker.js`), or null when not built. */
function workerFile(): string | null {
  const path = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(path) ? path : null;
}
