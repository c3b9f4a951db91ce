import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const entry = process.env.TEST_DIST ? './dist/index.js' : './src/index.ts';

export default defineConfig({
  resolve: { alias: { referat: fileURLToPath(new URL(entry, import.meta.url)) } },
  test: { include: ['test/**/*.test.ts', 'grammar/**/*.test.ts'], testTimeout: 60_000 },
});
