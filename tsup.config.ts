import { defineConfig } from 'tsup';

/**
 * The library as ESM + CJS + .d.ts, and the `referat` command (ESM, with a shebang).
 * Chevrotain 11 is bundled: its `require` condition points at ESM files, and unbundled it
 * imports lodash-es module by module (hundreds of ms of cold start).
 */
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    minify: true,
    noExternal: ['chevrotain', 'zod'],
  },
  {
    entry: { referat: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    minify: true,
    noExternal: ['chevrotain', 'zod'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
