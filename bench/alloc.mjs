// node bench/alloc.mjs <row|seeds> [count] [depth]: where a warm parse allocates, in bytes per
// line, from V8's sampling heap profiler with the objects later collected counted too. `row` is
// a line pattern written as a JSON string body (`'A\n'`, `'Navn\tBeløb\n'`), repeated `count`
// times (default 200,000); `seeds` parses all seeds joined, ten times. `depth` callers are shown
// per site (default 2). The functions are warmed on the seeds first: a function run cold (a
// for-of over a big array in a function called once) allocates what its optimised code does not.
// Garbage matters on large inputs: every scavenge copies the part of the tree already built.
import { Session } from 'node:inspector/promises';
import { readFileSync, readdirSync } from 'node:fs';

const { parse } = await import(new URL('../dist/index.js', import.meta.url).href);
const seedDir = new URL('../seeds/', import.meta.url);
const texts = readdirSync(seedDir).map((f) => readFileSync(new URL(f, seedDir), 'utf8'));
for (let i = 0; i < 30; i++) for (const t of texts) parse(t);
const [row = 'A\\n', count = '200000', depthArg = '2'] = process.argv.slice(2);
const seeds = row === 'seeds';
const input = seeds ? texts.join('\n') : JSON.parse(`"${row}"`).repeat(Number(count));
const depth = Number(depthArg);
parse(input);
parse(input);

const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 128,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
const rounds = seeds ? 10 : 1;
for (let i = 0; i < rounds; i++) parse(input);
const { profile } = await session.post('HeapProfiler.stopSampling');

const sites = new Map();
let total = 0;
const name = (n) => `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
const walk = (node, stack) => {
  const here = [...stack, name(node)];
  const key = here.slice(-depth - 1).reverse().join(' < ');
  sites.set(key, (sites.get(key) ?? 0) + node.selfSize);
  total += node.selfSize;
  for (const child of node.children) walk(child, here);
};
walk(profile.head, []);
const lines = input.split('\n').length * rounds;
console.log(`${(total / lines).toFixed(0)} bytes allocated per line (${lines} lines); sites (dist/ line numbers):`);
for (const [site, bytes] of [...sites].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${(bytes / lines).toFixed(1).padStart(8)}  ${site}`);
}
