import { defineConfig } from 'tsup';

/**
 * ESM + CJS + .d.ts. Chevrotain 11 is bundled: its `require` condition points at ESM files,
 * and unbundled it imports lodash-es module by module (hundreds of ms of cold start).
 */
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/cli.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  noExternal: ['chevrotain'],
  treeshake: true,
});
