import { readFileSync } from 'node:fs';
import { cli } from './cli.js';

// The `referat` command: `npm start` runs it from the sources, the package's bin
// (dist/referat.js, built by tsup) from the build.

// Output piped into `head` closes early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = cli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => readFileSync(0, 'utf8'),
});
