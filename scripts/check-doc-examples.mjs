// `npm run docs`, after typedoc: every name the package exports (from `referat`,
// `referat/grammar` and `referat/pdf`) has a doc comment with an `@example`, and every example
// type-checks against the sources (strict, as a user's module would import them). Reads the
// JSON typedoc writes beside the site (docs/api/api.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const api = JSON.parse(readFileSync(join(root, 'docs/api/api.json'), 'utf8'));
const MODULES = { index: 'referat', grammar: 'referat/grammar', pdf: 'referat/pdf' };

const commentOf = (r) => r.comment ?? r.signatures?.[0]?.comment ?? r.type?.declaration?.signatures?.[0]?.comment;
const text = (parts) => parts.map((p) => p.text).join('');

const missing = [];
const examples = [];
for (const mod of api.children) {
  for (const reflection of mod.children ?? []) {
    const name = `${MODULES[mod.name] ?? mod.name}: ${reflection.name}`;
    const comment = commentOf(reflection);
    const tags = (comment?.blockTags ?? []).filter((t) => t.tag === '@example');
    if (!comment?.summary?.length) missing.push(`${name} has no doc comment`);
    else if (tags.length === 0) missing.push(`${name} has no @example`);
    for (const tag of tags) examples.push({ name, module: MODULES[mod.name], code: text(tag.content).replace(/^```\w*\n?|```\s*$/gm, '').trim() });
  }
}

// Names the examples may use without declaring them: input texts, a file name, a file's bytes.
const PRELUDE = `declare const text: string, markdown: string, a: string, b: string, file: string, bytes: Uint8Array;\n`;
const files = new Map();
// An example without imports uses its own module's names (the older examples, written inside a
// module's docs, do); its body runs in a block, so it may redeclare the prelude's names.
const exported = Object.fromEntries(api.children.map((m) => [MODULES[m.name], (m.children ?? []).map((r) => r.name)]));
examples.forEach(({ code, module }, i) => {
  let imports = code.split('\n').filter((l) => /^import\b/.test(l));
  const body = code.split('\n').filter((l) => !/^import\b/.test(l));
  if (imports.length === 0) imports = [`import { ${exported[module].join(', ')} } from '${module}';`];
  files.set(join(root, `__example_${i}.mts`), `${imports.join('\n')}\n${PRELUDE}{\n${body.join('\n')}\n}\nexport {};\n`);
});
const options = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: ['node'],
  skipLibCheck: true,
  noUnusedLocals: false,
  baseUrl: root,
  ignoreDeprecations: '6.0',
  paths: { referat: ['./src/index.ts'], 'referat/grammar': ['./src/grammar.ts'], 'referat/pdf': ['./src/pdf/index.ts'] },
};
const host = ts.createCompilerHost(options);
const readFile = host.readFile.bind(host);
const fileExists = host.fileExists.bind(host);
const getSourceFile = host.getSourceFile.bind(host);
host.readFile = (f) => files.get(f) ?? readFile(f);
host.fileExists = (f) => files.has(f) || fileExists(f);
host.getSourceFile = (f, v, onError, create) => (files.has(f) ? ts.createSourceFile(f, files.get(f), v, true) : getSourceFile(f, v, onError, create));
const program = ts.createProgram([...files.keys()], options, host);
const failures = [];
for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
  const file = diagnostic.file?.fileName;
  const i = file && files.has(file) ? Number(/__example_(\d+)/.exec(file)[1]) : -1;
  const where = i >= 0 ? `example of ${examples[i].name}` : file ?? 'options';
  failures.push(`${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}${i >= 0 ? `\n${examples[i].code.replace(/^/gm, '    ')}` : ''}`);
}

console.log(`${examples.length} examples of ${api.children.reduce((n, m) => n + (m.children?.length ?? 0), 0)} exported names checked`);
for (const line of [...missing, ...failures]) console.error(line);
if (missing.length || failures.length) process.exit(1);
