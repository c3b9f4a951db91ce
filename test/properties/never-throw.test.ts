import fc from 'fast-check';
import { describe, it } from 'vitest';
import { anyInput, anyString, bytesAsText, mutatedSeed, seeds } from './arbitraries.js';
import { checkInput } from './property.js';

// A bounded count for CI; `npm run fuzz -- --runs N` runs as many as asked.
const runs = Number(process.env.FUZZ_RUNS ?? 400);

describe('never throw, nothing lost, lossless', () => {
  it('holds for arbitrary strings (lone surrogates, control characters)', () => {
    fc.assert(fc.property(anyString, (s) => checkInput(s)), { numRuns: runs });
  });

  it('holds for random bytes decoded as UTF-8', () => {
    fc.assert(fc.property(bytesAsText, (s) => checkInput(s)), { numRuns: runs });
  });

  it('holds for mutated seeds, in every format', () => {
    fc.assert(
      fc.property(mutatedSeed, fc.constantFrom('auto', 'text', 'markdown'), (s, format) =>
        checkInput(s, { format: format as 'auto' }),
      ),
      { numRuns: runs },
    );
  }, 240_000);

  it('holds for a mix, at sizes up to a few MB', () => {
    fc.assert(
      fc.property(anyInput, fc.integer({ min: 1, max: 40 }), (s, times) => checkInput(s.repeat(times))),
      { numRuns: Math.max(10, runs / 20) },
    );
    checkInput(seeds.join('\n').repeat(12));
    // Several MB per run with the invariant checks: room for a loaded machine (not a timing).
  }, 240_000);
});

describe('long runs of one character class after each line kind (issue 14)', () => {
  // Each token pattern's worst case: its start, then a long run of characters it may repeat
  // over, then an ending that makes it fail late. A backtracking or stack-bound pattern would not
  // finish or would throw; the invariants and the lossless round trip must hold.
  const starts = ['', 'Punkt 1: ', 'Beslutning fra ', 'Sagsnr.: 12-345', 'Sagsnr.:', '- ', '1. ', 'Ad 1. ', '# ', 'Indholdsfortegnelse\n', 'Mødested ', 'REFERAT ', 'Navn\t', 'Side ', '**'];
  const runs = [' ', '\u00a0', '\t', '1', '-1', '.000', 'A', 'a ', '\u200b', '\n', '\r', ' \n', '\ufeff\n', '# \n', 'Anne Holm, '];
  const ends = ['', 'x', '\t', ':', '\n', ', den x', ' indstiller,', '\ud800'];
  it('holds for every line kind, run and ending', () => {
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.constantFrom(...runs), fc.integer({ min: 1000, max: 30000 }), fc.constantFrom(...ends), (start, run, n, end) =>
        checkInput(`${start}${run.repeat(Math.ceil(n / run.length))}${end}`),
      ),
      { numRuns: Math.max(20, runs.length * 2) },
    );
  });
});
