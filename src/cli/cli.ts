import { basename, extname, join, relative } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { Referat } from 'referat';
import { expandPaths } from './inputs.js';
import { type CommandName, type JobOptions, type JobResult, type RowFormat, csvHeader, formatRows, loadDialect, loadLibrary } from './job.js';
import { createProgress } from './progress.js';
import type { Input } from './read.js';
import { COLUMNS, type Row, type TableName } from './rows.js';
import { runBatch } from './run.js';
import { OutputError, type Sink, canonical, fileSink, streamSink, writeFileAtomic } from './sink.js';

/** Where the command reads and writes: `process` fits; tests may pass their own streams. */
export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /**
   * All of standard input, read when an input is `-`; rejects once more than `maxBytes` arrive
   * (`/dev/zero` piped in would otherwise be read until memory runs out).
   */
  readStdin(maxBytes?: number): Promise<Uint8Array>;
}

/** Exit codes: 0 all inputs done, 1 an input failed (or `check` found an error), 2 a usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A usage error found after the options were parsed (an unknown dialect, `--out` over an input). */
class UsageError extends Error {}

interface Options {
  csv?: boolean;
  ndjson?: boolean;
  json?: boolean;
  excel?: boolean;
  out?: string;
  format?: 'json' | 'ndjson';
  compact?: boolean;
  decided?: boolean;
  dialect?: string;
  dialectFile?: string;
  quiet?: boolean;
  jobs?: string;
  maxSize?: string;
  formulas?: boolean;
}

/** The default of `--max-size`, in MB: far above any real minutes, far below what exhausts memory. */
const MAX_SIZE_MB = 512;

const DESCRIPTIONS: Record<CommandName, string> = {
  parse: 'print each document as JSON: { file, source, document, diagnostics }',
  decisions: 'a row per decision (items without one get a row with empty decision fields)',
  attendance: 'a row per person per meeting, and per item where the minutes name who was absent or stood in',
  tables: 'a row per table cell, with its number and unit',
  cases: "each case number's history across the documents, in date order",
  check: 'print diagnostics as file:line:col: severity code: message; exit 1 on an error',
  text: 'print the text that is parsed (decoded, or extracted from HTML or PDF)',
};

const AFTER = `
Paths may be files, directories (walked for .txt .md .html .htm .pdf) or - for standard input.
Text files may be UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252/Latin-1 (guessed).
Exit codes: 0 done, 1 an input could not be read (reported, skipped) or check found an error, 2 usage.`;

/**
 * The `referat` command: `referat <command> [options] <paths…>`. Resolves to the exit code
 * instead of exiting (see {@link EXIT}), so it can be run in-process. Inputs that cannot be read
 * are reported on stderr (`referat: <path>: <reason>`) and skipped.
 *
 * @example
 * process.exitCode = await cli(['decisions', '--excel', 'minutes/'], { stdout: process.stdout, stderr: process.stderr, readStdin });
 */
export async function cli(argv: string[], io: CliIO, version = '0.0.0'): Promise<number> {
  let exit: number = EXIT.ok;
  const output = {
    writeOut: (s: string) => void io.stdout.write(s),
    writeErr: (s: string) => void io.stderr.write(s),
    // Usage errors in one line: `referat: unknown option '--tsv' (Did you mean --csv?)`.
    outputError: (s: string, write: (s: string) => void) => write(`referat: ${s.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')}\n`),
  };
  const program = new Command('referat')
    .description('Read the minutes (referater) and agendas (dagsordener) of Danish municipal committees into tables.')
    .version(version, '-V, --version')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput(output)
    .addHelpText('after', AFTER);
  for (const name of Object.keys(DESCRIPTIONS) as CommandName[]) {
    const command = program
      .command(name)
      .description(DESCRIPTIONS[name])
      .argument('<paths...>', 'files, directories, or - for standard input')
      .exitOverride()
      .configureOutput(output);
    if (name === 'parse') {
      command
        .addOption(new Option('--format <format>', 'json (default for one input) or ndjson (default for many, a line per input)').choices(['json', 'ndjson']))
        .option('--compact', 'one line of JSON per document')
        .option('-o, --out <dir>', 'write one <name>.json per input into this directory');
    } else if (name === 'text') {
      command.option('-o, --out <dir>', 'write one <name>.txt per input into this directory');
    } else if (name !== 'check') {
      command
        .option('--csv', 'CSV, RFC 4180: CRLF line ends, quoted where needed (default)')
        .option('--ndjson', 'one JSON object per line')
        .option('--json', 'one JSON array')
        .option('--excel', 'CSV with a UTF-8 byte order mark, so Excel shows æøå')
        .option('--formulas', "CSV: keep cells starting with = + - @ as they are (by default they get a leading ' so spreadsheets do not run them as formulas)")
        .option('-o, --out <file>', 'write to this file (atomically) instead of standard output');
      if (name === 'decisions') command.option('--decided', 'leave out items without a decision');
    }
    command
      .option('--dialect <name>', 'read with this built-in dialect (default: detected per document)')
      .option('--dialect-file <module>', 'read with the dialect this module exports (made with defineDialect)')
      .option('-j, --jobs <n>', 'threads to parse on (default: all cores; 1 parses in the main thread)')
      .option('-q, --quiet', 'no progress bar')
      .option('--max-size <MB>', `skip (and report) an input larger than this many MB (default: ${MAX_SIZE_MB})`)
      .action(async (paths: string[], options: Options) => {
        exit = await run(name, paths, options, io);
      });
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError) {
      io.stderr.write(`referat: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof OutputError) {
      io.stderr.write(`referat: ${error.message}\n`);
      return EXIT.failed;
    }
    throw error;
  }
  return exit;
}

async function run(command: CommandName, paths: string[], options: Options, io: CliIO): Promise<number> {
  const format: RowFormat = options.json ? 'json' : options.ndjson ? 'ndjson' : 'csv';
  if ([options.csv, options.ndjson, options.json].filter(Boolean).length > 1) throw new UsageError('choose one of --csv, --ndjson and --json');
  const jobs = options.jobs === undefined ? undefined : Number(options.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new UsageError(`--jobs expects a whole number of at least 1, got '${options.jobs}'`);
  const maxMB = options.maxSize === undefined ? MAX_SIZE_MB : Number(options.maxSize);
  if (!(maxMB > 0)) throw new UsageError(`--max-size expects a number of MB above 0, got '${options.maxSize}'`);
  const maxBytes = Math.floor(maxMB * 1e6);
  const job: JobOptions = { command, format, compact: false, decided: Boolean(options.decided), dialect: options.dialect ?? null, dialectFile: options.dialectFile ?? null, formulas: Boolean(options.formulas) };
  try {
    await loadDialect(job);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  const { inputs: found, problems } = await expandPaths(paths);
  let failed = problems.length > 0;
  for (const p of problems) io.stderr.write(`referat: ${p.path}: ${p.error}\n`);
  const inputs: Input[] = [];
  for (const path of found) inputs.push(path === '-' ? await stdinInput(io, maxBytes) : { path, maxBytes });
  await refuseOverwrite(options.out, inputs);
  const many = inputs.length > 1;
  job.compact = Boolean(options.compact) || (command === 'parse' && (options.format ?? (many ? 'ndjson' : 'json')) === 'ndjson');
  const parseFormat = command === 'parse' ? (options.format ?? (many ? 'ndjson' : 'json')) : null;

  const perFile = (command === 'parse' || command === 'text') && options.out !== undefined;
  const inputPaths = new Set(perFile ? await Promise.all(inputs.filter((i) => !i.stdin).map((i) => canonical(i.path))) : []);
  const sink: Sink = perFile || options.out === undefined ? streamSink(io.stdout) : await fileSink(options.out);
  const progress = createProgress(io.stderr, inputs.length, Boolean(options.quiet));
  const table: TableName | null = command === 'decisions' || command === 'attendance' || command === 'tables' || command === 'cases' ? command : null;
  let written = 0;
  const documents: { document: Referat; source: string }[] = [];
  let checkErrors = false;
  try {
    if (table && format === 'csv') await sink.write((options.excel ? '\ufeff' : '') + csvHeader(table));
    const jsonRows = table !== null && table !== 'cases' && format === 'json';
    if (jsonRows) await sink.write('[\n');
    if (parseFormat === 'json' && many && !perFile) await sink.write('[\n');
    await runBatch(inputs, job, {
      ...(jobs !== undefined ? { jobs } : {}),
      onResult: async (result: JobResult) => {
        progress.tick(result.bytes);
        if (result.error !== null) {
          failed = true;
          progress.log(`referat: ${result.path}: ${result.error}\n`);
          return;
        }
        if (result.errors > 0) checkErrors = true;
        if (result.cases) documents.push({ document: result.cases, source: result.path });
        if (perFile) {
          const target = outputName(options.out!, result.path, paths, command === 'parse' ? '.json' : '.txt');
          if (inputPaths.has(await canonical(target))) {
            failed = true;
            progress.log(`referat: ${result.path}: not written: ${target} is an input\n`);
          } else {
            try {
              await writeFileAtomic(target, result.pieces ?? [result.chunk]);
            } catch (error) {
              if (!(error instanceof OutputError)) throw error;
              failed = true;
              progress.log(`referat: ${result.path}: not written: ${error.message}\n`);
            }
          }
          return;
        }
        const pieces = result.pieces ?? (result.chunk ? [result.chunk] : []);
        if (!pieces.length) return;
        const jsonList = jsonRows || (parseFormat === 'json' && many);
        if (jsonList && parseFormat) {
          while (pieces.length && !pieces[pieces.length - 1]!.trim()) pieces.pop();
          pieces.push(pieces.pop()!.trimEnd());
        }
        if (jsonList && written > 0) await sink.write(',\n');
        for (const piece of pieces) await sink.write(piece);
        written++;
      },
    });
    if (command === 'cases') await writeCases(sink, documents, format);
    if (jsonRows) await sink.write(written ? '\n]\n' : ']\n');
    if (parseFormat === 'json' && many && !perFile) await sink.write('\n]\n');
    await sink.close();
  } catch (error) {
    await sink.abort();
    throw error;
  } finally {
    progress.stop();
  }
  if (command === 'check' && checkErrors) return EXIT.failed;
  return failed ? EXIT.failed : EXIT.ok;
}

/** `cases`: the histories of all documents, a row per event (CSV, NDJSON) or the histories (JSON). */
async function writeCases(sink: Sink, documents: { document: Referat; source: string }[], format: RowFormat): Promise<void> {
  const { caseHistory } = await loadLibrary();
  const histories = caseHistory(documents);
  if (format === 'json') {
    await sink.write(`${JSON.stringify(histories, null, 2)}\n`);
    return;
  }
  const rows: Row[] = histories.flatMap((h) =>
    h.events.flatMap((e, i) =>
      e.records.map((r) => ({
        case_number: h.caseNumber,
        municipality: h.municipality,
        event: i + 1,
        date: e.date,
        body: e.body,
        outcome: e.outcome,
        text: e.text,
        file: r.source,
        meeting_committee: r.committee,
        meeting_date: r.date,
        item: r.itemNumber,
        item_title: r.itemTitle,
        quoted: r.quoted,
      })),
    ),
  );
  await sink.write(formatRows('cases', rows, format));
}

/** Refuses an `--out` that is one of the inputs (or, for a directory, would hold its output over one). */
async function refuseOverwrite(out: string | undefined, inputs: Input[]): Promise<void> {
  if (out === undefined) return;
  const target = await canonical(out);
  for (const input of inputs) {
    if (input.stdin) continue;
    if ((await canonical(input.path)) === target) throw new UsageError(`--out ${out} is one of the inputs; refusing to overwrite it`);
  }
}

/** Where `parse --out` / `text --out` writes an input's output: its path under the argument it was found by, with the extension replaced. */
function outputName(dir: string, path: string, args: string[], ext: string): string {
  if (path === '-') return join(dir, `stdin${ext}`);
  const root = args.find((a) => a !== '-' && a !== path && !relative(a, path).startsWith('..'));
  const rel = root ? relative(root, path) : basename(path);
  return join(dir, rel.slice(0, rel.length - extname(rel).length) + ext);
}

export { COLUMNS };

/** Standard input as an input, or as a failed one when it is larger than `--max-size`. */
async function stdinInput(io: CliIO, maxBytes: number): Promise<Input> {
  try {
    return { path: '-', stdin: await io.readStdin(maxBytes), maxBytes };
  } catch (error) {
    return { path: '-', error: (error as Error).message };
  }
}
