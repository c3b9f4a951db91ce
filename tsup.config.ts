import { defineConfig, type Options } from 'tsup';

/**
 * What `npm run build` (scripts/build.mjs) bundles; see `docs/packaging.md`.
 *
 * - The library (`referat`, `referat/grammar`, `referat/pdf`) as ES modules, one copy of the
 *   engine shared between the entries (esbuild code splitting). Chevrotain 11 is bundled: its
 *   `require` condition points at ESM files, and unbundled it imports lodash-es module by module
 *   (hundreds of ms of cold start) and adds seven packages to an install. pdfjs-dist, an
 *   optional peer dependency, stays external.
 * - zod, the parts the library calls (`src/vendor/zod.ts`), bundled into a file of its own,
 *   `dist/vendor/zod.js`, which the library imports in its place. Loaded from node_modules, zod's hundred modules took 100 ms of a 270 ms cold start
 *   (import and `parse('x')`, over bare node, on this project's machine); one file takes about
 *   30. A file apart, not inlined, so that zod's top-level names (`parse`, `describe`) do not make
 *   esbuild rename ours in stack traces. zod stays a dependency: the typings name its types. The
 *   package test checks that a schema from this copy composes with the user's own zod 4.
 *   The CommonJS entries are thin wrappers over these modules, written by the build script.
 * - The typings, one file per entry and module format (`.d.ts`, `.d.cts`), each standing alone:
 *   a `.d.cts` that imported an ES module's typings would not load under TypeScript < 5.8.
 * - The `referat` command and its worker thread (`dist/cli/`), which import the library by its
 *   package name, so they load `dist/index.js` instead of a copy of the engine; their small
 *   dependencies (commander, csv-stringify, cli-progress) are bundled in; chardet, an optional
 *   peer, is not. Nor is tinypool, the worker pool, a dependency: it starts its threads from its
 *   own entry file, which must be on disk. The library entries never import it.
 *
 * Nothing is minified (stack traces name our functions) and no source maps are written (the
 * unminified output reads as it is, and maps would carry third-party sources).
 */
const common: Options = {
  format: ['esm'],
  target: 'node20',
  // esbuild 0.27 rewrites every regular expression literal with `\p{…}` into `new RegExp(…)`
  // even for Node 20, which reads them natively: a new RegExp object at each call where the
  // literal stood in a function (28 such in the library, most in per-line code; V8 finds the
  // compiled code in its cache, so no difference was measurable on the seeds).
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true };
  },
  platform: 'node',
  minify: false,
  sourcemap: false,
  clean: false,
  splitting: true,
  metafile: true,
};

const typings = (name: string, entry: string): Options => ({
  entry: { [name]: entry },
  format: ['esm', 'cjs'],
  target: 'node20',
  clean: false,
  dts: { only: true },
});

/** Resolves the library's `import * as z from 'zod'` to the bundled copy beside it. */
const vendoredZod: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'vendored-zod',
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, () => ({ path: './vendor/zod.js', external: true }));
  },
};

export default defineConfig([
  {
    ...common,
    entry: { index: 'src/index.ts', grammar: 'src/grammar.ts', pdf: 'src/pdf/index.ts' },
    noExternal: ['chevrotain', 'zod'],
    esbuildPlugins: [vendoredZod],
  },
  {
    ...common,
    entry: { zod: 'src/vendor/zod.ts' },
    outDir: 'dist/vendor',
    splitting: false,
    noExternal: ['zod'],
  },
  typings('index', 'src/index.ts'),
  typings('grammar', 'src/grammar.ts'),
  typings('pdf', 'src/pdf/index.ts'),
  {
    ...common,
    entry: { referat: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    outDir: 'dist/cli',
    external: ['referat', 'referat/pdf', 'tinypool'],
    // commander and cli-progress are CommonJS and require Node's built-ins; in an ES module
    // bundle that needs a `require` of our own.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __referatRequire } from 'node:module';\nconst require = __referatRequire(import.meta.url);" },
  },
]);
