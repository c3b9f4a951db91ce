// node bench/compare.mjs <other-dist> [seeds|corpus|short] [rounds]: parse time of this build
// (dist/) against another build of referat (a checkout of an earlier commit, built), on the
// seeds, the corpus or issue 14's rows of short lines, in one process, alternating rounds so
// both see the same machine load. Prints the median round of each and the median of the rounds'
// ratios (below 1: this build is faster).
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [other, set = 'seeds', rounds = '30'] = process.argv.slice(2);
if (!other) {
  console.error('usage: node bench/compare.mjs <other-dist> [seeds|corpus] [rounds]');
  process.exit(2);
}
const root = new URL('../', import.meta.url);
const A = await import(pathToFileURL(resolve(other, 'index.js')).href);
const B = await import(new URL('dist/index.js', root).href);
// Issue 14's rows of short lines (`bench/bench.mjs` has them at 4 MB), 20,000 lines each.
const short = [
  'A\n',
  'A\n\n',
  '\u200b\n',
  '\u00a0A\u200b\n',
  'Navn\tBeløb\nAnne\t3 kr.\n til uddannelseshjælp.\n\n',
  '\ud800x\udc00\n',
  '# A\n',
  '1.   Meddelelser\nSagsnr.: 12-345\n',
];
const dir = new URL(set === 'corpus' ? 'test/fixtures/corpus/' : 'seeds/', root);
const files = () => readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(new URL(f, dir), 'utf8'));
const texts = set === 'short' ? short.map((line) => line.repeat(Math.ceil(20000 / line.split('\n').length))) : files();
const round = (parse) => {
  const t = performance.now();
  for (const text of texts) parse(text);
  return performance.now() - t;
};
for (let i = 0; i < 10; i++) round(A.parse), round(B.parse);
// Each round times both builds, in an order flipped every round (whichever runs second in a
// pair tends to be slower), and gives one ratio; the median ratio and its quartiles are printed.
const a = [];
const b = [];
const ratios = [];
for (let i = 0; i < Number(rounds); i++) {
  let ta;
  let tb;
  if (i % 2) {
    ta = round(A.parse);
    tb = round(B.parse);
  } else {
    tb = round(B.parse);
    ta = round(A.parse);
  }
  a.push(ta);
  b.push(tb);
  ratios.push(tb / ta);
}
const sorted = (xs) => [...xs].sort((x, y) => x - y);
const median = (xs) => sorted(xs)[xs.length >> 1];
const quartiles = `${sorted(ratios)[ratios.length >> 2].toFixed(3)}–${sorted(ratios)[(3 * ratios.length) >> 2].toFixed(3)}`;
const MB = texts.reduce((n, t) => n + t.length, 0) / 1e6;
console.log(`${set}: other ${median(a).toFixed(1)} ms, this ${median(b).toFixed(1)} ms, this/other ${median(ratios).toFixed(3)} (quartiles ${quartiles}), this ${(MB / median(b) * 1000).toFixed(2)} MB/s`);
