import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Where output goes: written in pieces, then closed (or abandoned on failure). */
export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

/** A sink on a stream that is already open (standard output), waiting when its buffer is full. */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  return {
    write: (text) => (text === '' || stream.write(text) ? Promise.resolve() : new Promise((done) => stream.once('drain', done))),
    close: () => Promise.resolve(),
    abort: () => Promise.resolve(),
  };
}

/**
 * A sink on a file, written atomically: into a temporary file beside it, renamed over the target
 * on `close`, removed on `abort`; so a reader never sees half a file.
 */
export async function fileSink(path: string): Promise<Sink> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  const temp = temporaryName(path);
  const stream: WriteStream = createWriteStream(temp, { flags: 'wx' });
  const opened = new Promise<void>((ok, fail) => stream.once('open', () => ok()).once('error', fail));
  await opened;
  const sink = streamSink(stream);
  const finish = (): Promise<void> => new Promise((ok, fail) => stream.end((error?: Error | null) => (error ? fail(error) : ok())));
  return {
    write: sink.write,
    close: async () => {
      await finish();
      await rename(temp, path);
    },
    abort: async () => {
      await finish().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}

/** Writes a whole file atomically (temporary file, then rename), from pieces written in turn. */
export async function writeFileAtomic(path: string, pieces: readonly string[]): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  const temp = temporaryName(path);
  try {
    await writeFile(temp, pieces, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

function temporaryName(path: string): string {
  return join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** A path's canonical form for comparing: symbolic links resolved where it exists. */
export async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    // Not there (yet): resolve its directory, which may be a link, and keep the name.
    try {
      return join(await realpath(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}
