import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { type Input, readFile } from './read.js';
import { type JobOptions, type JobResult, runJob } from './job.js';

/** Batches smaller than this run in the main thread: starting workers costs more than it gives. */
const POOL_FROM = 8;
/** Files up to this size are read ahead by the main thread: at most `4 × threads` of them are held. */
const READ_AHEAD = 16e6;

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
  const pool = new Tinypool({ filename: worker, minThreads: threads, maxThreads: threads });
  // A thread that dies between tasks fails no input; tinypool replaces it and says so here.
  pool.on('error', () => undefined);
  // The main thread reads each file ahead (it is idle otherwise), so the threads only parse and
  // never wait on the disk. A file it cannot read, or larger than READ_AHEAD, goes as it is, and
  // its thread reads it (or says why not). Bytes that fill their buffer move instead of copying.
  const run = async (input: Input): Promise<JobResult> => {
    const bytes = await readFile({ ...input, maxBytes: Math.min(input.maxBytes ?? Infinity, READ_AHEAD) }).catch(() => undefined);
    const own = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    const task = { input: bytes ? { ...input, bytes } : input, options };
    return pool.run(task, own ? { transferList: [bytes.buffer as ArrayBuffer] } : {}).catch((error: unknown) => failed(input, error));
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
    await pool.destroy();
  }
}

/** The result of an input whose job threw or whose thread died: reported and skipped like an unreadable file. */
function failed(input: Input, error: unknown): JobResult {
  return { path: input.path, bytes: 0, error: `failed while parsing: ${error instanceof Error ? error.message : String(error)}` };
}

/** The worker thread's module beside this one (`dist/cli/worker.js`), or null when not built. */
function workerFile(): string | null {
  const path = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(path) ? path : null;
}
