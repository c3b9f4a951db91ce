// `batchSpeedup` for `npm run bench` (bench/README.md): the built `referat decisions --csv` on
// 1,000 files against what a user would otherwise run, a fresh Node process calling `parse` on
// each file on one core. `node bench/batch.mjs [pairs]` runs it alone (after `npm run build`)
// and prints each round, for measuring changes to the command.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Single-process time ÷ command wall time, for 1,000 files (the seeds repeated into a temporary
 * folder); both are fresh child processes, so both pay Node's start-up, the library's import
 * and a cold JIT.
 *
 * - Single process (the baseline, `bench/batch-baseline.mjs`): `node` imports `dist/index.js`,
 *   lists the folder, reads each file and `parse`s it, one after another on one core: what a
 *   user would run without the command.
 * - The command: the package's bin, `referat decisions --csv` on the folder, its CSV written to
 *   a file; its threads, decoding, rows and writing included.
 *
 * Each of `pairs` rounds runs the two back to back, in alternating order (so neither always
 * runs first, and both see the same machine load: the machines here are busy), and the median
 * ratio is returned. For information each round also times `parse` in this process after a
 * warm-up (the JIT warm, as after a while in a long run); the table row (`rows`, bench.mjs's
 * table) shows it beside the two.
 */
export async function batchSpeedup({ root = new URL('../', import.meta.url), rows = [], pairs = 3, files = 1000, log = () => {} } = {}) {
  const rootPath = fileURLToPath(root);
  const library = join(rootPath, 'dist', 'index.js');
  const { parse } = await import(new URL('dist/index.js', root).href);
  const bin = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).bin.referat;
  const baseline = fileURLToPath(new URL('batch-baseline.mjs', import.meta.url));
  const seeds = readdirSync(join(rootPath, 'seeds')).sort().map((f) => readFileSync(join(rootPath, 'seeds', f), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'referat-batch-'));
  const folder = join(dir, 'minutes');
  const out = join(dir, 'decisions.csv');
  const child = (args, stdout) => {
    const fd = openSync(stdout, 'w');
    const t = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: rootPath, stdio: ['ignore', fd, 'pipe'] });
    const ms = performance.now() - t;
    closeSync(fd);
    if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
    return ms;
  };
  try {
    mkdirSync(folder);
    for (let i = 0; i < files; i++) writeFileSync(join(folder, `${String(i).padStart(4, '0')}.txt`), seeds[i % seeds.length]);
    const paths = readdirSync(folder).map((f) => join(folder, f));
    for (const text of seeds) for (let i = 0; i < 5; i++) parse(text);
    const measured = [];
    for (let p = 0; p < pairs; p++) {
      const runSingle = () => child([baseline, library, folder], join(dir, 'baseline.out'));
      const runCommand = () => child([bin, 'decisions', '--csv', folder], out);
      let single, command;
      if (p % 2 === 0) {
        single = runSingle();
        command = runCommand();
      } else {
        command = runCommand();
        single = runSingle();
      }
      const t = performance.now();
      for (const path of paths) parse(readFileSync(path, 'utf8'));
      const warm = performance.now() - t;
      measured.push({ single, command, warm, ratio: single / command });
      log(`single process ${(single / 1000).toFixed(2)} s, command ${(command / 1000).toFixed(2)} s, ratio ${(single / command).toFixed(3)} (warm in-process ${(warm / 1000).toFixed(2)} s, ratio ${(warm / command).toFixed(3)})`);
    }
    measured.sort((a, b) => a.ratio - b.ratio);
    const mid = measured[measured.length >> 1];
    const warm = measured.map((m) => m.warm / m.command).sort((a, b) => a - b)[measured.length >> 1];
    rows.push([
      `referat decisions --csv, ${files.toLocaleString('en')} files`,
      `${(mid.command / 1000).toFixed(1)} s`,
      `one process ${(mid.single / 1000).toFixed(1)} s`,
      `${mid.ratio.toFixed(2)}× (median of ${pairs}; ${warm.toFixed(2)}× warm in-process)`,
    ]);
    return mid.ratio;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pairs = Number(process.argv[2] ?? 3);
  console.log(`batchSpeedup ${(await batchSpeedup({ pairs, log: console.log })).toFixed(3)}`);
}
