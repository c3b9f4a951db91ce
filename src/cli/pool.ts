import { Worker } from 'node:worker_threads';

/** What a worker thread posts back for one task. */
export type PoolReply<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface Pending<T, R> {
  task: T;
  resolve(value: R): void;
  reject(error: unknown): void;
}

/**
 * A fixed set of worker threads running one module (`file`), one task at a time each: a task is
 * posted to an idle thread, which answers with a {@link PoolReply}. A thread that crashes fails
 * its task and is replaced. About what the command used piscina for, without the dependency
 * (and without piscina's worker script, which cannot be bundled).
 */
export class WorkerPool<T, R> {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending<T, R>>();
  private readonly queue: Pending<T, R>[] = [];
  private closed = false;

  constructor(
    private readonly file: string,
    size: number,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  /** Runs a task on the next free thread; settles with the thread's answer. */
  run(task: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.next();
    });
  }

  /** Stops every thread; tasks still waiting are rejected. */
  async destroy(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the worker pool was closed'));
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(this.file);
    worker.on('message', (reply: PoolReply<R>) => {
      const pending = this.busy.get(worker);
      if (!pending) return;
      this.busy.delete(worker);
      this.idle.push(worker);
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(reply.error);
      this.next();
    });
    const fail = (error: unknown): void => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
      pending?.reject(error);
      if (!this.closed) {
        this.idle.push(this.spawn());
        this.next();
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closed && (this.busy.has(worker) || this.idle.includes(worker))) fail(new Error(`a worker thread exited with code ${code}`));
    });
    return worker;
  }

  private next(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.shift()!;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      worker.postMessage(pending.task);
    }
  }
}
