import { existsSync, readFileSync } from 'node:fs';
import { cli } from './cli.js';
import { readStream } from './read.js';

// The `referat` command: `npm start` runs it from the sources, the package's bin
// (dist/cli/referat.js, built by tsup) from the build.

// Output piped into `head` closes early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// dist/cli/referat.js and src/cli/main.ts sit two folders below package.json.
const manifest = ['../package.json', '../../package.json'].map((p) => new URL(p, import.meta.url)).find((url) => existsSync(url))!;
const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
process.exitCode = await cli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, readStdin: (maxBytes) => readStream(process.stdin, maxBytes) }, version);
