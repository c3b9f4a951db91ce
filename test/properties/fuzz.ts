import fc from 'fast-check';
import { anyInput } from './arbitraries.js';
import { checkInput } from './property.js';

// `npm run fuzz -- --runs N [--seed S]`: runs the never-throw property N times and prints the
// count, or the smallest counterexample fast-check finds.
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const runs = Number(arg('--runs') ?? 10_000);
const seed = arg('--seed') === undefined ? undefined : Number(arg('--seed'));

const started = performance.now();
const details = fc.check(fc.property(anyInput, (s) => checkInput(s)), { numRuns: runs, seed });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (details.failed) {
  console.log(`counterexample after ${details.numRuns} runs (seed ${details.seed}, path ${details.counterexamplePath}):`);
  console.log(JSON.stringify(details.counterexample?.[0]));
  console.log(String(details.errorInstance));
  process.exitCode = 1;
} else {
  console.log(`${details.numRuns} inputs passed in ${seconds} s (seed ${details.seed})`);
}
