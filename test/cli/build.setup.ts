import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The command's tests run the built command (dist/cli/referat.js) as a child process: build it
// first when dist/ is missing or older than the sources, so `npm test` works from a clean clone.
const root = fileURLToPath(new URL('../..', import.meta.url));
const BUILT = ['dist/cli/referat.js', 'dist/cli/worker.js', 'dist/index.js', 'dist/index.cjs', 'dist/grammar.js', 'dist/pdf.js', 'schema.json'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export default function setup(): void {
  const built = BUILT.map((f) => join(root, f));
  const sources = Math.max(...['src', 'grammar', 'scripts', 'package.json', 'tsup.config.ts'].map((p) => newest(join(root, p))));
  if (built.every(existsSync) && Math.min(...built.map((f) => statSync(f).mtimeMs)) > sources) return;
  execSync('npm run build --silent', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
