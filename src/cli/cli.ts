import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from '../api.js';
import type { Format } from '../options.js';
import { CSV_TABLES, type CsvTable, csvHeader, csvRows } from './csv.js';

/** Where the CLI reads and writes; `process` fits, tests pass fakes. */
export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Reads standard input when the file argument is `-` or missing. */
  readStdin(): string;
}

const USAGE = `Usage: referat [options] [file]
       referat --csv <decisions|absences> [options] <file>...

Parses the minutes or agenda in <file> (or standard input, also with "-") and prints
{ document, diagnostics } as JSON. With --csv, parses every file given and prints one CSV
table for all of them: a row per decision, or a row per absence.

Options:
  --format <auto|text|markdown>   how the input is written (default: auto)
  --compact                       one line of JSON instead of indented JSON
  --csv <decisions|absences>      print a CSV table instead of JSON
  -h, --help                      show this help
`;

/**
 * The `referat` command (yaml's `cli()`): returns the exit code instead of exiting, so tests
 * call it directly. 0 on success, 2 on a usage error, 1 when the file cannot be read.
 */
export function cli(argv: string[], io: CliIO): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'auto' },
        compact: { type: 'boolean', default: false },
        csv: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const format = values.format as Format;
  const csv = values.csv as CsvTable | undefined;
  const badCsv = csv !== undefined && !CSV_TABLES.includes(csv);
  if (!['auto', 'text', 'markdown'].includes(format) || badCsv || (positionals.length > 1 && !csv)) {
    io.stderr.write(USAGE);
    return 2;
  }
  if (csv) {
    io.stdout.write(csvHeader(csv));
    for (const file of positionals.length ? positionals : ['-']) {
      const input = read(file, io);
      if (input === null) return 1;
      io.stdout.write(csvRows(csv, file, parse(input, { format }).document));
    }
    return 0;
  }
  const input = read(positionals[0] ?? '-', io);
  if (input === null) return 1;
  const result = parse(input, { format });
  io.stdout.write(`${JSON.stringify(result, null, values.compact ? undefined : 2)}\n`);
  return 0;
}

/** A file's text, or standard input for `-`; null (after saying why) when it cannot be read. */
function read(file: string, io: CliIO): string | null {
  try {
    return file === '-' ? io.readStdin() : readFileSync(file, 'utf8');
  } catch (error) {
    io.stderr.write(`referat: cannot read ${file}: ${(error as Error).message}\n`);
    return null;
  }
}
