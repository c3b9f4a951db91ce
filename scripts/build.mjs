// `npm run build`: a clean dist/ from tsup (tsup.config.ts), then what tsup does not write:
// the CommonJS wrappers, Chevrotain's typings for `referat/grammar`, the JSON Schemas, and the
// licenses of the code bundled in. See docs/packaging.md.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSchemas } from './schemas.mjs';
import { stripComments } from './strip-comments.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/tsup/dist/cli-default.js'), '--silent'], { cwd: root, stdio: 'inherit' });

// One implementation: the CommonJS entries load the ES modules (Node >= 20.19 loads ES modules
// through require()), so a program that both imports and requires referat gets one engine, and
// a dialect or document made through one is accepted by the other.
for (const entry of ['index', 'grammar', 'pdf']) {
  writeFileSync(
    join(dist, `${entry}.cjs`),
    `'use strict';\n// The CommonJS entry is the ES module itself, loaded through require() (Node >= 20.19): one engine for import and require.\nmodule.exports = require('./${entry}.js');\n`,
  );
}

// Each entry's declarations live in its .d.cts (a CommonJS-typed file, which both module formats
// may import under every TypeScript version); the .d.ts re-exports them.
for (const entry of ['index', 'grammar', 'pdf']) {
  writeFileSync(join(dist, `${entry}.d.ts`), `export * from './${entry}.cjs';\n`);
}

// referat/grammar's typings name Chevrotain's types (the parser class a dialect extends).
// Chevrotain is bundled, not installed, so its declarations (self-contained, Apache-2.0) ship
// beside ours, as a .d.cts that both module formats may import; without their doc comments,
// which are two thirds of the file (Chevrotain's documentation is online).
const chevrotainTypes = readFileSync(join(root, 'node_modules/@chevrotain/types/api.d.ts'), 'utf8');
const chevrotainVersion = JSON.parse(readFileSync(join(root, 'node_modules/chevrotain/package.json'), 'utf8')).version;
writeFileSync(
  join(dist, 'chevrotain.d.cts'),
  `// The typings of Chevrotain ${chevrotainVersion} (@chevrotain/types, Apache-2.0, see THIRD-PARTY-LICENSES.md), bundled in referat.\n${stripComments(chevrotainTypes, 'ts')}`,
);
for (const file of ['grammar.d.cts']) {
  const path = join(dist, file);
  const text = readFileSync(path, 'utf8').replace(/from ['"]chevrotain['"]/g, "from './chevrotain.cjs'");
  writeFileSync(path, text);
}

for (const dir of [dist, join(dist, 'cli'), join(dist, 'vendor')]) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const path = join(dir, file);
    writeFileSync(path, stripComments(readFileSync(path, 'utf8')));
  }
}

// The licenses of the packages bundled into dist/, from esbuild's metafiles.
const bundled = new Set();
for (const dir of [dist, join(dist, 'cli'), join(dist, 'vendor')]) {
  for (const file of readdirSync(dir).filter((f) => /^metafile-.*\.json$/.test(f))) {
    const meta = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    for (const input of Object.keys(meta.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match) bundled.add(match[1]);
    }
    rmSync(join(dir, file));
  }
}
bundled.add('@chevrotain/types'); // its typings ship as dist/chevrotain.d.cts
// Identical license texts (Chevrotain's packages share the Apache-2.0 text) are printed once.
const byText = new Map();
for (const name of [...bundled].sort()) {
  const dir = join(root, 'node_modules', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenseFile = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  if (!licenseFile) throw new Error(`${name} has no license file to ship`);
  const text = readFileSync(join(dir, licenseFile), 'utf8').trim();
  if (!byText.has(text)) byText.set(text, []);
  byText.get(text).push(`${name} ${manifest.version} (${manifest.license})`);
}
const notices = [...byText].map(([text, names]) => `## ${names.join(', ')}\n\n\`\`\`\n${text}\n\`\`\`\n`);
writeFileSync(
  join(dist, 'THIRD-PARTY-LICENSES.md'),
  `# Third-party code in referat's dist/\n\nThese packages are bundled into dist/; their licenses follow. Of them, only zod is also installed beside referat (for its typings; see docs/packaging.md).\n\n${notices.join('\n')}`,
);

await writeSchemas(root);
