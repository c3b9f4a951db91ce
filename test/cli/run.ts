import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';

/** The checkout's root; the command runs there, so relative paths in its output are stable. */
export const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = `${root}dist/cli/referat.js`;

/** What a run of the command gave. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built command (`dist/cli/referat.js`, built by `build.setup.ts`) as a child process.
 * `uid`/`gid` run it as another user (only root may), so file permissions hold as they do for
 * a user who cannot read a file; `node` are options for node (`--max-old-space-size=…`).
 */
export function referat(args: string[], options: { input?: string | Uint8Array; uid?: number; gid?: number; node?: string[] } = {}): Run {
  const result = spawnSync(process.execPath, [...(options.node ?? []), bin, ...args], {
    cwd: root,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid } : {}),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** CSV text as records keyed by the header row, read by csv-parse (RFC 4180). */
export function csvRecords(csv: string): Record<string, string>[] {
  return parseCsv(csv, { columns: true, bom: true, record_delimiter: '\r\n' }) as Record<string, string>[];
}

/** The seeds, as the command names them when given `seeds/`. */
export const SEEDS = ['000_a754a08f3d241eb2', '001_0de4ab91bb15812b', '002_435f3be4912c3654', '003_149b003f628663d4', '004_71c95ee80b6b86ff'].map((s) => `seeds/${s}.txt`);

export const seedText = (path: string): string => readFileSync(`${root}${path}`, 'utf8');

/** A text in Windows-1252 (characters it lacks become `?`), built from the WHATWG decoder's table. */
export function windows1252(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1252');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text].map((c) => table.get(c) ?? 0x3f));
}
