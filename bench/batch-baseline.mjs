// The baseline of `batchSpeedup` (bench/batch.mjs): what a user would otherwise run on a folder
// of minutes, one fresh Node process that imports the built library, lists the folder, reads each
// file and calls `parse` on it, one after another on one core. Start-up and a cold JIT included,
// as for the command. `node bench/batch-baseline.mjs <dist/index.js> <folder>`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [library, folder] = process.argv.slice(2);
const { parse } = await import(pathToFileURL(library).href);
let items = 0;
for (const name of readdirSync(folder).sort()) items += parse(readFileSync(join(folder, name), 'utf8')).document.items.length;
if (items === 0) throw new Error('no items parsed');
