/**
 * Prints how the library reads the development corpus against its hand-made gold: one line per
 * document and the total, the measure of `test/corpus/gold.ts`. Run: `npm run corpus`
 * (`-- --fails` lists each failing check).
 */
import { parse } from 'referat';
import { scoreCorpus } from './gold.js';

const fails = process.argv.includes('--fails');
const score = scoreCorpus(parse);
for (const d of score.documents) {
  console.log(`${d.file}: ${d.pass}/${d.total}`);
  if (fails) for (const c of d.checks.filter((x) => !x.ok)) console.log(`  x ${c.label}: ${c.detail}`);
}
const pct = ((100 * score.pass) / score.total).toFixed(1);
console.log(`corpus: ${score.pass}/${score.total} checks pass (${pct} %)`);
