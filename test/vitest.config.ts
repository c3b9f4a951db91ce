import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The suite imports `referat` by name: the sources, or the build when TEST_DIST is set, so the
// same tests check dist/ before a release.
const root = fileURLToPath(new URL('..', import.meta.url));
const entry = process.env.TEST_DIST ? 'dist/index.js' : 'src/index.ts';

export default defineConfig({
  root,
  resolve: { alias: { referat: `${root}${entry}` } },
  test: { include: ['test/**/*.test.ts', 'grammar/**/*.test.ts'], testTimeout: 60_000 },
});
