import { defineConfig } from 'tsup';

/**
 * The library as ESM + CJS + .d.ts (`referat`), `referat/pdf` for PDF text (ESM), and the
 * `referat` command (ESM, with a shebang) with its worker thread. Chevrotain 11 is bundled into
 * the library: its `require` condition points at ESM files, and unbundled it imports lodash-es
 * module by module (hundreds of ms of cold start). The command imports the library by its
 * package name (Node resolves a package's own name through its `exports`), so it loads the
 * same `dist/index.js` instead of a third copy of the engine; its other dependencies stay
 * external, installed beside it.
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
    // ESM only: pdf.js ships ES modules, which Node 20.19+ also loads through require().
    entry: { pdf: 'src/pdf/index.ts' },
    format: ['esm'],
    dts: true,
    target: 'node20',
  },
  {
    entry: { referat: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    external: ['referat', 'referat/pdf'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
