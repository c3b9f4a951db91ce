import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { reason } from './read.js';

/** The file extensions a directory is walked for. */
export const INPUT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.pdf']);

/**
 * The inputs that the command-line paths name, in order: `-` as is (standard input), a file as
 * is (whatever its extension), a directory walked recursively for files with an input extension
 * (by name, in code-point order, so runs are reproducible). A path that does not exist or a
 * directory that cannot be listed is returned as a problem instead; a directory entry is listed
 * even when it cannot be read (a dangling link, a FIFO, a file without read permission), and
 * reading it reports why.
 */
export async function expandPaths(paths: string[]): Promise<{ inputs: string[]; problems: { path: string; error: string }[] }> {
  const inputs: string[] = [];
  const problems: { path: string; error: string }[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: dir, error: reason(error) });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) inputs.push(path);
    }
  };
  for (const path of paths) {
    if (path === '-') {
      inputs.push(path);
      continue;
    }
    try {
      if ((await stat(path)).isDirectory()) await walk(path);
      else inputs.push(path);
    } catch (error) {
      problems.push({ path, error: reason(error) });
    }
  }
  return { inputs, problems };
}
