import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from '../api.js';
import type { Format } from '../options.js';

/** Where the CLI reads and writes; `process` fits, tests pass fakes. */
export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Reads standard input when the file argument is `-` or missing. */
  readStdin(): string;
}

const USAGE = `Usage: referat [options] [file]

Parses the minutes or agenda in <file> (or standard input, also with "-") and prints
{ document, diagnostics } as JSON.

Options:
  --format <auto|text|markdown>   how the input is written (default: auto)
  --compact                       one line of JSON instead of indented JSON
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
  if (!['auto', 'text', 'markdown'].includes(format) || positionals.length > 1) {
    io.stderr.write(USAGE);
    return 2;
  }
  const file = positionals[0] ?? '-';
  let input: string;
  try {
    input = file === '-' ? io.readStdin() : readFileSync(file, 'utf8');
  } catch (error) {
    io.stderr.write(`referat: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const result = parse(input, { format });
  io.stdout.write(`${JSON.stringify(result, null, values.compact ? undefined : 2)}\n`);
  return 0;
}
