import { readFileSync } from 'node:fs';
import { cli } from './cli.js';

// Entry point for `npm start` (runs the sources through tsx); bin/referat.js does the same for
// the built package.
process.exitCode = cli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => readFileSync(0, 'utf8'),
});
