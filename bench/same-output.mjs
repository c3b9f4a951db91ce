// node bench/same-output.mjs <other-dist>: checks that this build (dist/) gives the same
// result as another build of referat, byte for byte: the JSON of `parse` (document and
// diagnostics) and both `serialize` modes, on the seeds, the corpus fixtures, the case files
// and generated variants (each text cut at every 97th line, doubled, and as Markdown).
// For changes that should only make parsing faster. Exits 1 and names the first difference.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const other = process.argv[2];
if (!other) {
  console.error('usage: node bench/same-output.mjs <other-dist>');
  process.exit(2);
}
const root = new URL('../', import.meta.url);
const A = await import(pathToFileURL(resolve(other, 'index.js')).href);
const B = await import(new URL('dist/index.js', root).href);
const read = (dir) =>
  readdirSync(new URL(dir, root))
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => [dir + f, readFileSync(new URL(dir + f, root), 'utf8')]);
const texts = [...read('seeds/'), ...read('test/fixtures/corpus/'), ...read('test/fixtures/cases/')];
const variants = [];
for (const [name, text] of texts) {
  const lines = text.split('\n');
  variants.push([name, text, {}]);
  variants.push([`${name} as Markdown`, text, { format: 'markdown' }]);
  variants.push([`${name} doubled`, `${text}\n${text}`, {}]);
  for (let i = 97; i < lines.length; i += 97) variants.push([`${name} to line ${i}`, lines.slice(0, i).join('\n'), {}]);
}
const out = (lib, text, options) => {
  const { document, diagnostics } = lib.parse(text, options);
  return [
    JSON.stringify(document),
    JSON.stringify(diagnostics),
    lib.serialize(document),
    lib.serialize(document, { mode: 'canonical' }),
  ];
};
const parts = ['document', 'diagnostics', 'lossless text', 'canonical text'];
let n = 0;
for (const [name, text, options] of variants) {
  const a = out(A, text, options);
  const b = out(B, text, options);
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    let at = 0;
    while (a[i][at] === b[i][at]) at++;
    console.error(`${name}: the ${parts[i]} differs at character ${at}:\n  other: ${a[i].slice(Math.max(0, at - 80), at + 80)}\n  this:  ${b[i].slice(Math.max(0, at - 80), at + 80)}`);
    process.exit(1);
  }
  n++;
}
console.log(`${n} inputs: same output`);
