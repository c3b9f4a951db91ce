// The package as users get it (`npm run test:package`, run by .ci/run): build, `npm pack`, the
// tarball's size and files, install it into a temporary project (how many packages that adds),
// import it from ESM and CommonJS in one program, type-check a TypeScript user under TypeScript
// 5.4, 5.9 and 6.0 with node16, nodenext and bundler resolution, run its bin, and run
// `publint --strict` and `attw` (strict profile: node10, node16 from CJS and from ESM, bundler).
// Node's test runner, not vitest: it installs packages and runs tools, minutes of work that the
// unit suite should not wait for.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const work = mkdtempSync(join(tmpdir(), 'referat-package-'));
const app = join(work, 'app');
const seed = join(root, 'seeds/004_71c95ee80b6b86ff.txt');
/** The TypeScript versions users are checked with: the two before the repository's own (6.0). */
const TYPESCRIPT = { '5.4': '5.4.5', '5.9': '5.9.3' };
const tools = join(root, 'node_modules/.cache/referat-typescript');

const LIMITS = { packed: 300 * 1024, unpacked: 1280 * 1024, installed: 3 };

/** Runs a command; fails the test with its output when it exits non-zero. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0 && !options.allowFailure) {
    assert.fail(`${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

const npm = (args, cwd) => run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd });

let pack;
let tarball;

before(() => {
  run('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  [pack] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root).stdout);
  tarball = join(work, pack.filename);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
  npm(['install', '--prefer-offline', tarball], app);
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('the tarball', () => {
  it(`is at most ${LIMITS.packed / 1024} KB packed and ${LIMITS.unpacked / 1024} KB unpacked`, () => {
    console.log(`# ${pack.filename}: ${(pack.size / 1024).toFixed(1)} KB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KB unpacked, ${pack.entryCount} files`);
    for (const f of pack.files) console.log(`#   ${String(f.size).padStart(7)} ${f.path}`);
    assert.ok(pack.size <= LIMITS.packed, `packed ${pack.size} bytes`);
    assert.ok(pack.unpackedSize <= LIMITS.unpacked, `unpacked ${pack.unpackedSize} bytes`);
  });

  it('holds the builds, typings, schemas and licenses, and no source maps or sources', () => {
    const files = pack.files.map((f) => f.path);
    for (const f of ['LICENSE', 'README.md', 'package.json', 'schema.json', 'parse-result.schema.json', 'dist/THIRD-PARTY-LICENSES.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/grammar.js', 'dist/grammar.cjs', 'dist/pdf.js', 'dist/pdf.cjs', 'dist/cli/referat.js', 'dist/cli/worker.js']) {
      assert.ok(files.includes(f), `${f} is missing`);
    }
    assert.deepEqual(files.filter((f) => /\.map$|^src\/|\.ts$/.test(f) && !/\.d\.c?ts$/.test(f)), []);
  });

  it('ships unminified code: named functions, one statement a line', () => {
    const chunk = pack.files.map((f) => f.path).filter((f) => /^dist\/[^/]+\.js$/.test(f));
    const code = chunk.map((f) => readFileSync(join(app, 'node_modules/referat', f), 'utf8')).join('\n');
    assert.match(code, /\nfunction parse\(input, options\) \{\n/);
    assert.ok(Math.max(...code.split('\n').map((l) => l.length)) < 2000, 'a line of 2000 characters or more');
  });
});

describe('installing it', () => {
  it(`adds at most ${LIMITS.installed} packages: referat and its declared dependencies, none bundled but zod`, () => {
    const listed = npm(['ls', '--all', '--parseable'], app).stdout.trim().split('\n').slice(1);
    const names = listed.map((p) => p.slice(p.lastIndexOf('node_modules/') + 'node_modules/'.length)).sort();
    console.log(`# installed: ${names.join(', ')}`);
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules/referat/package.json'), 'utf8'));
    assert.deepEqual(names, ['referat', ...Object.keys(manifest.dependencies)].sort());
    assert.ok(names.length <= LIMITS.installed);
    // What is bundled, as the build lists it from esbuild's metafiles: zod is bundled for cold
    // start and installed for the typings (docs/packaging.md); no other package is both.
    const licenses = readFileSync(join(app, 'node_modules/referat/dist/THIRD-PARTY-LICENSES.md'), 'utf8');
    const bundled = [...licenses.matchAll(/^## (.+)$/gm)].flatMap((m) => m[1].split(', ').map((p) => p.replace(/ \S+ \(.*\)$/, '')));
    assert.ok(bundled.includes('chevrotain'), bundled.join(', '));
    assert.deepEqual(Object.keys(manifest.dependencies).filter((name) => bundled.includes(name)), ['zod']);
  });
});

describe('using it', () => {
  it('works from ESM and CommonJS in one program: one engine, dialects and documents cross over', () => {
    writeFileSync(
      join(app, 'mixed.mjs'),
      `import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as esm from 'referat';
import { lineTokens } from 'referat/grammar';
import { pdfToText } from 'referat/pdf';
const require = createRequire(import.meta.url);
const cjs = require('referat');
const grammar = require('referat/grammar');
const schema = require('referat/schema.json');
const text = readFileSync(${JSON.stringify(seed)}, 'utf8');
const out = {};
out.sameParse = esm.parse === cjs.parse;
const viaRequire = cjs.defineDialect({ name: 'sag', extends: cjs.genericDialect, vocabulary: { itemOpeners: ['Sag {n}:'] } });
out.requiredDialectItems = esm.parse('Sag 1: Budget\\n\\nBeslutning\\n\\nGodkendt.\\n', { dialect: viaRequire }).document.items.map((i) => i.title);
const noTables = esm.defineDialect({ name: 'no-tables', extends: esm.genericDialect, parser: (Base) => class extends Base {
  table = this.OVERRIDE_RULE('table', () => { const lines = [this.CONSUME(grammar.lineTokens.TableRow)]; this.MANY(() => lines.push(this.CONSUME2(lineTokens.TableRow))); return { kind: 'paragraph', lines }; });
} });
out.override = cjs.parse('Punkt 1: Sag\\n\\nSagsfremstilling\\n\\n\\ta\\tb\\n', { dialect: noTables }).document.items[0].sections[0].blocks.map((b) => b.type);
const parsed = esm.parse(text);
out.items = parsed.document.items.length;
out.decisions = parsed.document.items.flatMap((i) => i.decisions).length;
out.dialect = parsed.diagnostics.find((d) => d.code === 'dialect-detected')?.message;
const edited = cjs.parse(text).document;
edited.items[0].title = 'Ny titel';
out.losslessAcross = esm.serialize(edited).includes('Ny titel') && esm.serialize(cjs.parse(text).document) === text;
out.schemaId = schema.$id;
try {
  esm.parse(text, { format: 'pdf' });
} catch (error) {
  out.errorName = error.constructor.name;
  out.stack = error.stack.split('\\n')[1].trim();
}
out.pdf = await pdfToText(new Uint8Array([1, 2, 3])).catch((e) => e.name + ': ' + e.message);
console.log(JSON.stringify(out));
`,
    );
    const result = run(process.execPath, ['mixed.mjs'], { cwd: app });
    assert.equal(result.stderr, '', 'no warnings');
    const out = JSON.parse(result.stdout);
    assert.equal(out.sameParse, true);
    assert.deepEqual(out.requiredDialectItems, ['Budget']);
    assert.deepEqual(out.override, ['paragraph']);
    assert.ok(out.items >= 5 && out.decisions >= 5, JSON.stringify(out));
    assert.match(out.dialect, /^Read with the \w+ dialect/);
    assert.equal(out.losslessAcross, true);
    assert.equal(out.errorName, 'ReferatOptionsError');
    assert.match(out.stack, /^at checkParseOptions \(file:.*\/node_modules\/referat\/dist\/index\.js:\d+:\d+\)$/);
    assert.match(out.schemaId, /^https:\/\/.+\/schema\.json$/);
    assert.equal(out.pdf, 'MissingPeerError: pdfjs-dist is needed to read PDF files but is not installed; install it with: npm install pdfjs-dist');
  });

  it('gives schemas that compose with the app’s own zod', () => {
    // The app's zod is the one installed with referat (for its typings), a copy apart from the one bundled in dist/.
    writeFileSync(
      join(app, 'compose.mjs'),
      `import * as z from 'zod';
import { parse, ReferatSchema } from 'referat';
import { readFileSync } from 'node:fs';
const { document } = parse(readFileSync(${JSON.stringify(seed)}, 'utf8'));
const Wrapped = z.object({ document: ReferatSchema, source: z.string() });
console.log(JSON.stringify({
  valid: Wrapped.safeParse({ document, source: 'x' }).success,
  invalid: Wrapped.safeParse({ document: { type: 'referat' }, source: 'x' }).success,
  instance: ReferatSchema instanceof z.ZodType,
  jsonSchema: z.toJSONSchema(ReferatSchema, { unrepresentable: 'any' }).type,
}));`,
    );
    const out = JSON.parse(run(process.execPath, ['compose.mjs'], { cwd: app }).stdout);
    assert.deepEqual(out, { valid: true, invalid: false, instance: true, jsonSchema: 'object' });
  });

  it('works from CommonJS alone', () => {
    writeFileSync(
      join(app, 'plain.cjs'),
      `const { parse, ReferatSchema } = require('referat');
const text = require('node:fs').readFileSync(${JSON.stringify(seed)}, 'utf8');
const { document } = parse(text);
console.log(JSON.stringify({ valid: ReferatSchema.safeParse(JSON.parse(JSON.stringify(document))).success, committee: document.committee }));`,
    );
    const out = JSON.parse(run(process.execPath, ['plain.cjs'], { cwd: app }).stdout);
    assert.equal(out.valid, true);
    assert.equal(typeof out.committee, 'string');
  });

  it('runs its bin; PDF and web pages without their optional peers are reported and skipped', () => {
    const referat = join(app, 'node_modules/.bin/referat');
    assert.equal(run(referat, ['--version'], { cwd: app }).stdout.trim(), pack.version);
    const decisions = run(referat, ['decisions', seed], { cwd: app });
    assert.match(decisions.stdout.split('\r\n')[0], /^file,municipality,committee,meeting_date,item/);
    assert.ok(decisions.stdout.split('\r\n').length > 5);
    // chardet, an optional peer too, is not installed: a Windows-1252 file is read as such.
    writeFileSync(join(app, 'm.txt'), Buffer.from('Punkt 1: Sag om \xe6bler\n', 'latin1'));
    const latin = run(referat, ['check', 'm.txt'], { cwd: app });
    assert.match(latin.stdout, /^m\.txt:1:1: info encoding-guessed: The file is not UTF-8; it was decoded as windows-1252 \(assumed: install chardet to have the encoding guessed\)\.$/m);
    assert.equal(run(referat, ['text', 'm.txt'], { cwd: app }).stdout, 'Punkt 1: Sag om æbler\n');
    writeFileSync(join(app, 'm.pdf'), '%PDF-1.4\n%%EOF\n');
    writeFileSync(join(app, 'm.html'), '<!doctype html><p>Punkt 1: Sag</p>');
    const peers = run(referat, ['check', 'm.pdf', 'm.html', seed], { cwd: app, allowFailure: true });
    assert.equal(peers.status, 1);
    assert.match(peers.stderr, /m\.pdf: pdfjs-dist is needed to read PDF files but is not installed; install it with: npm install pdfjs-dist/);
    assert.match(peers.stderr, /m\.html: html-to-text is needed to read web pages \(\.html\) but is not installed; install it with: npm install html-to-text/);
  });

  it('prints `referat parse` output that validates against parse-result.schema.json', async () => {
    const { default: Ajv2020 } = await import(join(root, 'node_modules/ajv/dist/2020.js'));
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const schema = JSON.parse(readFileSync(join(app, 'node_modules/referat/parse-result.schema.json'), 'utf8'));
    const validate = ajv.compile(schema);
    const output = JSON.parse(run(join(app, 'node_modules/.bin/referat'), ['parse', seed], { cwd: app }).stdout);
    assert.ok(validate(output), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.ok(!validate({ ...output, document: { ...output.document, items: 'none' } }));
  });
});

// Two compilers at a time: a check takes 10–20 s, mostly in zod's typings.
describe('its typings', { concurrency: 2 }, () => {
  const checks = join(app, 'types');
  before(() => {
    if (!existsSync(join(tools, 'node_modules/typescript-5.9/package.json')) || !existsSync(join(tools, 'node_modules/typescript-5.4/package.json'))) {
      mkdirSync(tools, { recursive: true });
      writeFileSync(join(tools, 'package.json'), JSON.stringify({ name: 'typescript-versions', private: true }));
      npm(['install', '--prefer-offline', ...Object.entries(TYPESCRIPT).map(([alias, version]) => `typescript-${alias}@npm:typescript@${version}`)], tools);
    }
    mkdirSync(checks);
    const user = `import { parse, defineDialect, genericDialect, serialize, ReferatSchema, type Dialect, type Referat, type Diagnostic } from 'referat';
import { lineTokens, type BlockNode, type ParserExtension } from 'referat/grammar';
import { pdfToText, type PdfText } from 'referat/pdf';
const noTables: ParserExtension = (Base) =>
  class extends Base {
    override table = this.OVERRIDE_RULE('table', (): BlockNode => ({ kind: 'paragraph', lines: [this.CONSUME(lineTokens.TableRow)] }));
  };
const dialect: Dialect = defineDialect({ name: 'no-tables', extends: genericDialect, parser: noTables });
const { document, diagnostics }: { document: Referat; diagnostics: Diagnostic[] } = parse('Punkt 1: Sag\\n', { dialect, format: 'text' });
const title: string | null = document.items[0]?.title ?? null;
const outcome: string | null | undefined = document.items[0]?.decisions[0]?.outcome;
const lines: number = diagnostics[0]?.range.start.line ?? 0;
const pdf: Promise<PdfText> = pdfToText(new Uint8Array());
const valid: boolean = ReferatSchema.safeParse(document).success;
// @ts-expect-error: 'pdf' is no format
parse('x', { format: 'pdf' });
export const used = [title, outcome, lines, pdf, valid, serialize(document, { format: 'markdown' })];
`;
    writeFileSync(join(checks, 'user.mts'), user);
    writeFileSync(join(checks, 'user.ts'), user);
    writeFileSync(
      join(checks, 'user.cts'),
      `import referat = require('referat');
import grammar = require('referat/grammar');
import schema = require('referat/schema.json');
const document: referat.Referat = referat.parse('Punkt 1: Sag\\n').document;
const token: grammar.BlockNode['kind'] = 'table';
export const used = [document.items.length, token, schema.$id, grammar.lineTokens.ItemStart.name];
`,
    );
    const config = (module, moduleResolution, files) => ({
      compilerOptions: { module, moduleResolution, target: 'es2022', lib: ['es2022', 'dom'], types: [], strict: true, noEmit: true, skipLibCheck: false, resolveJsonModule: true },
      files,
    });
    writeFileSync(join(checks, 'node16.json'), JSON.stringify(config('node16', 'node16', ['user.mts', 'user.cts'])));
    writeFileSync(join(checks, 'nodenext.json'), JSON.stringify(config('nodenext', 'nodenext', ['user.mts', 'user.cts'])));
    writeFileSync(join(checks, 'bundler.json'), JSON.stringify(config('esnext', 'bundler', ['user.ts'])));
  });

  const compilers = { ...Object.fromEntries(Object.keys(TYPESCRIPT).map((v) => [v, join(tools, `node_modules/typescript-${v}/lib/tsc.js`)])), '6.0': join(root, 'node_modules/typescript/lib/tsc.js') };
  for (const [version, tsc] of Object.entries(compilers)) {
    for (const resolution of ['node16', 'nodenext', 'bundler']) {
      it(`type-check under TypeScript ${version} with ${resolution} resolution`, async () => {
        const reported = run(process.execPath, [tsc, '-v'], { cwd: checks }).stdout.trim();
        assert.match(reported, new RegExp(`^Version ${version.replace('.', '\\.')}\\.`));
        const result = await promisify(execFile)(process.execPath, [tsc, '-p', `${resolution}.json`], { cwd: checks }).catch((error) => error);
        assert.equal(result.code ?? 0, 0, `${result.stdout}${result.stderr}`);
      });
    }
  }

  it('import Chevrotain’s types only in referat/grammar, and those from the package itself', () => {
    const imports = (f) => [...readFileSync(join(app, 'node_modules/referat/dist', f), 'utf8').matchAll(/^(?:import|export) .* from ['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    for (const f of ['index.d.ts', 'index.d.cts', 'pdf.d.ts', 'pdf.d.cts']) assert.ok(imports(f).every((m) => m === 'zod' || /^\.\/(index|pdf)\.cjs$/.test(m)), `${f}: ${imports(f)}`);
    assert.deepEqual([...new Set(imports('grammar.d.cts'))], ['./chevrotain.cjs']);
  });
});

describe('package linters', () => {
  it('publint --strict finds nothing', () => {
    const result = run(bin('publint'), ['run', tarball, '--strict'], { cwd: root });
    console.log(result.stdout.trim().replace(/^/gm, '# '));
    assert.match(result.stdout, /All good!/);
  });

  it('attw finds no problem under any resolution (strict profile: node10, node16 CJS and ESM, bundler)', () => {
    const result = run(bin('attw'), [tarball, '--profile', 'strict', '--format', 'table-flipped', '--no-color', '--no-emoji'], { cwd: root });
    console.log(result.stdout.trim().replace(/^/gm, '# '));
    assert.match(result.stdout, /No problems found/);
  });
});
