// `batchSpeedup` for `npm run bench` (bench/README.md): the built `referat decisions --csv` on
// 1,000 files against in-process `parse` of the same files on one core. `node bench/batch.mjs`
// runs it alone (after `npm run build`) and prints each pair, for measuring changes to the command.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * In-process time ÷ command wall time, for 1,000 files (the seeds repeated into a temporary
 * folder). In-process: read each file and `parse` its text, one after another on one core. The
 * command: the package's bin as a child process, `decisions --csv` on the folder, its CSV
 * written to a file; start-up, threads and writing included. The two alternate `pairs` times, so
 * each pair sees the same machine load (the machines here are busy), and the median ratio is
 * returned; `rows` (bench.mjs's table) gets a row.
 */
export async function batchSpeedup({ root = new URL('../', import.meta.url), rows = [], pairs = 3, files = 1000, log = () => {} } = {}) {
  const rootPath = fileURLToPath(root);
  const { parse } = await import(new URL('dist/index.js', root).href);
  const bin = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).bin.referat;
  const seeds = readdirSync(join(rootPath, 'seeds')).sort().map((f) => readFileSync(join(rootPath, 'seeds', f), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'referat-batch-'));
  const folder = join(dir, 'minutes');
  const out = join(dir, 'decisions.csv');
  try {
    mkdirSync(folder);
    for (let i = 0; i < files; i++) writeFileSync(join(folder, `${String(i).padStart(4, '0')}.txt`), seeds[i % seeds.length]);
    const paths = readdirSync(folder).map((f) => join(folder, f));
    for (const text of seeds) for (let i = 0; i < 5; i++) parse(text); // the JIT warmed, as after a while in a long run
    const measured = [];
    for (let p = 0; p < pairs; p++) {
      let t = performance.now();
      for (const path of paths) parse(readFileSync(path, 'utf8'));
      const inProcess = performance.now() - t;
      const fd = openSync(out, 'w');
      t = performance.now();
      const run = spawnSync(process.execPath, [bin, 'decisions', '--csv', folder], { cwd: rootPath, stdio: ['ignore', fd, 'pipe'] });
      const command = performance.now() - t;
      closeSync(fd);
      if (run.status !== 0) throw new Error(`referat decisions exited ${run.status}: ${run.stderr}`);
      measured.push({ inProcess, command, ratio: inProcess / command });
      log(`in-process ${(inProcess / 1000).toFixed(2)} s, command ${(command / 1000).toFixed(2)} s, ratio ${(inProcess / command).toFixed(3)}`);
    }
    measured.sort((a, b) => a.ratio - b.ratio);
    const mid = measured[measured.length >> 1];
    rows.push([`referat decisions --csv, ${files.toLocaleString("en")} files`, `${(mid.command / 1000).toFixed(1)} s`, `in-process parse ${(mid.inProcess / 1000).toFixed(1)} s`, `${mid.ratio.toFixed(2)}× (median of ${pairs})`]);
    return mid.ratio;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pairs = Number(process.argv[2] ?? 3);
  console.log(`batchSpeedup ${(await batchSpeedup({ pairs, log: console.log })).toFixed(3)}`);
}
