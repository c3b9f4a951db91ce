// Writes the package's JSON Schemas (draft 2020-12) from the zod model in the build:
//   schema.json               a document, as serialize(document, { format: 'json' }) writes it
//   parse-result.schema.json  { document, diagnostics }, what parse() returns and what
//                             `referat parse` prints (with the command's `file` and `source`)
// Each named model schema (`ItemSchema` …) becomes a `$defs` entry named without `Schema`; the
// descriptions are the model's `.describe()` texts where it has them, else the doc comments of
// the schemas and of their fields in src/model/*.ts (read with the TypeScript compiler API).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import * as z from 'zod';

/**
 * Doc comments of the model: `Item` → text, `Item.title` → text (`Item.caseNumber.raw` for
 * nested objects); `Referat.layout#` → `LayoutReport` where a field is another schema.
 */
export function modelDocs(root) {
  const docs = new Map();
  const dir = join(root, 'src/model');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    const doc = (node) => {
      const texts = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc).map((d) => ts.getTextOfJSDocComment(d.comment) ?? '');
      return texts.join('\n').trim().replace(/\s*\n\s*/g, ' ') || null;
    };
    const walk = (node, path) => {
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
        const own = `${path}.${node.name.text}`;
        const text = doc(node);
        if (text) docs.set(own, text);
        // `layout: LayoutReportSchema.nullable()`: the fields below are LayoutReport's.
        const named = /^(\w+)Schema\b/.exec(node.initializer.getText(source));
        if (named) docs.set(`${own}#`, named[1]);
        ts.forEachChild(node.initializer, (child) => walk(child, own));
        return;
      }
      ts.forEachChild(node, (child) => walk(child, path));
    };
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const decl of statement.declarationList.declarations) {
        if (!ts.isIdentifier(decl.name) || !decl.name.text.endsWith('Schema') || !decl.initializer) continue;
        const name = decl.name.text.replace(/Schema$/, '');
        const text = doc(statement);
        if (text) docs.set(name, text);
        walk(decl.initializer, name);
      }
    }
  }
  return docs;
}

/** Fields every node has, described once here rather than on each schema. */
const COMMON = {
  type: 'The kind of node (the discriminant of the tree’s unions).',
  range: 'Where the node is in the input: `start` and `end` positions (1-based line and column, 0-based UTF-16 offset), `end` exclusive.',
  headingRange: 'Where the heading line(s) are in the input; `end` exclusive.',
  titleRange: 'Where the title line is in the input; `end` exclusive.',
};

/** Sets `description` on a JSON Schema node and on its properties, from `docs` under `path`. */
function describe(node, path, docs) {
  if (!node || typeof node !== 'object') return;
  if (node.properties) {
    for (const [key, value] of Object.entries(node.properties)) {
      const text = docs.get(`${path}.${key}`) ?? COMMON[key];
      if (text && !value.description) value.description = text;
      describe(value, docs.get(`${path}.${key}#`) ?? `${path}.${key}`, docs);
    }
    return;
  }
  for (const child of [node.items, ...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) describe(child, path, docs);
}

/** The two schemas, as objects. `lib` is the built library (dist/index.js). */
export function buildSchemas(lib, docs, { version, homepage }) {
  const named = Object.entries(lib).filter(([name, value]) => name.endsWith('Schema') && value instanceof z.ZodType && name !== 'ReferatSchema');
  const registry = z.registry();
  for (const [name, schema] of named) registry.add(schema, { id: name.replace(/Schema$/, '') });
  const toJson = (schema) => z.toJSONSchema(schema, { metadata: registry, target: 'draft-2020-12', unrepresentable: 'any' });

  const finish = (json, id, title, description, rootPath) => {
    const { $schema, $defs = {}, ...body } = json;
    for (const [name, def] of Object.entries($defs)) {
      const text = docs.get(name);
      if (text && !def.description) def.description = text;
      describe(def, name, docs);
    }
    if (rootPath) describe(body, rootPath, docs);
    return { $schema, $id: `${homepage}schema/${version}/${id}`, title, description, ...body, $defs };
  };

  const document = finish(
    toJson(lib.ReferatSchema),
    'schema.json',
    'referat document',
    `${docs.get('Referat')} Written by serialize(document, { format: 'json' }) and by \`referat parse\` (under "document"); referat ${version}.`,
    'Referat',
  );

  const ParseResult = z.object({ document: lib.ReferatSchema, diagnostics: z.array(lib.DiagnosticSchema) });
  const result = finish(
    toJson(ParseResult),
    'parse-result.schema.json',
    'referat parse result',
    `What parse(text) returns: the document and the diagnostics noticed while reading it. \`referat parse\` prints one per input, with "file" and "source" added; referat ${version}.`,
    null,
  );
  result.properties.document.description = 'The parsed document (see schema.json).';
  result.properties.diagnostics.description = 'Problems and remarks about the input, in the order they were found; parsing never throws on input.';
  result.properties.file = { type: 'string', description: '`referat parse` only: the input as given on the command line (a path, or - for standard input).' };
  result.properties.source = {
    type: 'object',
    description: '`referat parse` only: where the text came from and how it was read.',
    properties: {
      path: { type: 'string', description: 'The input path.' },
      type: { enum: ['text', 'markdown', 'html', 'pdf'], description: 'What kind of file it was.' },
      encoding: { type: ['string', 'null'], description: 'The WHATWG encoding the text was decoded with (utf-8, windows-1252, …); null for PDF.' },
      bytes: { type: 'integer', minimum: 0, description: 'The size of the input in bytes.' },
      pages: { type: 'integer', minimum: 0, description: 'PDF only: the number of pages.' },
      rangesIn: { enum: ['file', 'extracted-text'], description: 'What the ranges point into: the file as decoded, or the text extracted from HTML or PDF (print it with `referat text`).' },
    },
    required: ['path', 'type', 'encoding', 'bytes', 'rangesIn'],
    additionalProperties: false,
  };
  return { document, result };
}

/** Writes schema.json and parse-result.schema.json into the package root. */
export async function writeSchemas(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const lib = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const { document, result } = buildSchemas(lib, modelDocs(root), manifest);
  writeFileSync(join(root, 'schema.json'), `${JSON.stringify(document, null, 2)}\n`);
  writeFileSync(join(root, 'parse-result.schema.json'), `${JSON.stringify(result, null, 2)}\n`);
}
