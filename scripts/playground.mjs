// `npm run playground`: bundles docs/playground/src/main.ts with the library (from the sources)
// into one classic script, docs/playground/dist/playground.js, which index.html loads. A classic
// script rather than an ES module so the page works opened from disk (browsers refuse module
// scripts over file://). Not minified; not committed.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  entryPoints: [`${root}docs/playground/src/main.ts`],
  outfile: `${root}docs/playground/dist/playground.js`,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome110', 'firefox110', 'safari16'],
  alias: { referat: `${root}src/index.ts` },
  legalComments: 'external',
  logLevel: 'warning',
});
