// npx tsx bench/wrap-report.ts: each seed with its long lines wrapped at 72 columns (as a PDF
// extraction gives them), read against the seed itself, block by block: how many blocks each
// gives, how many of the seed's block texts are not found unchanged, and whether the items agree.
import { readFileSync, readdirSync } from 'node:fs';
import { type Referat, parse } from '../src/index.js';
import { wrap } from '../test/helpers/wrap.js';


const blocks = (doc: Referat) =>
  doc.items.flatMap((i) => i.sections.flatMap((s) => [`§${s.heading}`, ...s.blocks.map((b) => ('text' in b ? b.text : b.type))]));

for (const file of readdirSync('seeds').sort()) {
  const text = readFileSync(`seeds/${file}`, 'utf8');
  const wrapped = text.split('\n').flatMap((l) => (l.includes('\t') || l.length <= 80 ? [l] : wrap(l, 72))).join('\n');
  const a = parse(text).document;
  const b = parse(wrapped).document;
  const inVariant = new Set(blocks(b));
  const missing = blocks(a).filter((x) => !inVariant.has(x));
  const sameItems = JSON.stringify(a.items.map((i) => i.title)) === JSON.stringify(b.items.map((i) => i.title));
  console.log(`${file.slice(0, 3)}  blocks ${blocks(a).length} / ${blocks(b).length}  not found ${missing.length}  same items ${sameItems}`);
  for (const m of missing) console.log(`     ${m.slice(0, 100)}`);
}
