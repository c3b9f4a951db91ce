import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** A file that cannot be written (its directory cannot be made, no permission, a full disk), in plain words. */
export class OutputError extends Error {
  constructor(path: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | null)?.code;
    super(`cannot write ${path}: ${code ? `${code} (${plainCause(code)})` : String((cause as Error)?.message ?? cause)}`);
  }
}

/** What a file-system error code means, for the message. */
function plainCause(code: string): string {
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a part of the path is a file, not a directory';
    case 'ENOENT':
      return 'a part of the path does not exist and cannot be made';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'no permission to write there';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return 'the system refused it';
  }
}

/** Runs a file operation, turning its failure into an {@link OutputError} naming `path`. */
async function writing<T>(path: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw error instanceof OutputError ? error : new OutputError(path, error);
  }
}

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
  const temp = temporaryName(path);
  const stream: WriteStream = await writing(path, async () => {
    await makeDirectory(dirname(resolve(path)));
    const opening = createWriteStream(temp, { flags: 'wx' });
    await new Promise<void>((ok, fail) => opening.once('open', () => ok()).once('error', fail));
    return opening;
  });
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
  await writing(path, () => makeDirectory(dirname(resolve(path))));
  const temp = temporaryName(path);
  try {
    await writeFile(temp, pieces, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new OutputError(path, error);
  }
}

/**
 * Makes a directory and the missing ones above it, one at a time. Not `mkdir(…, { recursive:
 * true })`: Node 20's loops forever where the system answers ENOENT for a directory whose parent
 * exists (`/proc/x`).
 */
async function makeDirectory(directory: string): Promise<void> {
  const missing: string[] = [];
  for (let at = directory; ; ) {
    try {
      if ((await stat(at)).isDirectory()) break;
      throw Object.assign(new Error(`${at} is not a directory`), { code: 'ENOTDIR' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    missing.push(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const at of missing.reverse()) {
    try {
      await mkdir(at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
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
