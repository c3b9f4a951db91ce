// node --expose-gc bench/rows.mjs [rounds]: issue 14's "table rows with lower-case tails" and
// their variants, time per MB against the seeds' time per MB, measured in one process in
// alternating rounds (each input once per round, garbage collected before each). Prints the
// median over rounds of each round's ratio (machine load cancels out), and how large the tree
// is per input byte (JSON bytes, nodes per KB): a table row is many small nodes, each cell
// with its range.
import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { parse } = await import(new URL('dist/index.js', root).href);
const seedDir = new URL('seeds/', root);
const seeds = readdirSync(seedDir).map((f) => readFileSync(new URL(f, seedDir), 'utf8')).join('\n');
const inputs = {
  seeds,
  'tail with a leading space (bench.mjs)': `Punkt 1: A\n\n${'Navn\tBeløb\nAnne\t3 kr.\n til uddannelseshjælp.\n\n'.repeat(60000)}`,
  'tail flush left': `Punkt 1: A\n\n${'Navn\tBeløb\nAnne\t3 kr.\ntil uddannelseshjælp.\n\n'.repeat(60000)}`,
  'tail after a blank line': `Punkt 1: A\n\n${'Navn\tBeløb\nAnne\t3 kr.\n\ntil uddannelseshjælp.\n\n'.repeat(60000)}`,
  'one table, a tail under every row': `Punkt 1: A\n\nNavn\tBeløb\n${'Anne\t3 kr.\ntil uddannelseshjælp.\n'.repeat(120000)}`,
  'tables without tails': `Punkt 1: A\n\n${'Navn\tBeløb\nAnne\t3 kr.\n\n'.repeat(90000)}`,
};
const MB = (s) => s.length / 1e6;
const rounds = Number(process.argv[2] ?? 9);
const times = Object.fromEntries(Object.keys(inputs).map((k) => [k, []]));
for (const s of Object.values(inputs)) parse(s);
for (let r = 0; r < rounds; r++) {
  for (const [k, s] of Object.entries(inputs)) {
    globalThis.gc?.();
    // The seeds are small: parsed ten times a round.
    const reps = MB(s) < 1 ? 10 : 1;
    const t = performance.now();
    for (let i = 0; i < reps; i++) parse(s);
    times[k].push((performance.now() - t) / reps / MB(s));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const nodes = (v) => (v && typeof v === 'object' ? 1 + Object.values(v).reduce((n, x) => n + nodes(x), 0) : 0);
for (const [k, s] of Object.entries(inputs)) {
  const ratio = median(times[k].map((t, i) => t / times.seeds[i]));
  const small = s.slice(0, 200000);
  const document = parse(small).document;
  console.log(
    `${k.padEnd(40)}${MB(s).toFixed(2).padStart(6)} MB ${median(times[k]).toFixed(0).padStart(6)} ms/MB ${ratio.toFixed(2).padStart(6)}× seeds` +
      `   tree: ${(JSON.stringify(document).length / small.length).toFixed(1).padStart(5)} JSON bytes per byte, ${(nodes(document) / (small.length / 1000)).toFixed(0).padStart(5)} nodes per KB`,
  );
}
