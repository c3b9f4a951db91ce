import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The suite imports `referat` by name: the sources, or the build when TEST_DIST is set, so the
// same tests check dist/ before a release.
const root = fileURLToPath(new URL('..', import.meta.url));
const entry = process.env.TEST_DIST ? 'dist/index.js' : 'src/index.ts';
const pdf = process.env.TEST_DIST ? 'dist/pdf.js' : 'src/pdf/index.ts';
const grammar = process.env.TEST_DIST ? 'dist/grammar.js' : 'src/grammar.ts';

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^referat$/, replacement: `${root}${entry}` },
      { find: /^referat\/pdf$/, replacement: `${root}${pdf}` },
      { find: /^referat\/grammar$/, replacement: `${root}${grammar}` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'grammar/**/*.test.ts'],
    testTimeout: 60_000,
    // Builds dist/ when it is older than the sources: the command's tests run the built command.
    globalSetup: ['test/cli/build.setup.ts'],
  },
});
