/**
 * The parts of zod the library calls at run time. `npm run build` bundles this module into
 * `dist/vendor/zod.js`, and the library's `import * as z from 'zod'` loads that file instead of
 * the package (see `tsup.config.ts`): one file loads in a third of the time of zod's hundred
 * modules. A member used in `src/` but missing here would be undefined in the build;
 * `test/build/vendored-zod.test.ts` keeps the list complete.
 */
export { array, boolean, custom, discriminatedUnion, enum, literal, number, object, string, toJSONSchema } from 'zod';
