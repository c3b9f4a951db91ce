#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { cli } from '../dist/cli.js';

process.exitCode = cli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => readFileSync(0, 'utf8'),
});
