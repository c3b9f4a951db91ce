import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse, serialize } from 'referat';
import { SEEDS, root, seedText } from '../cli/run.js';

// The JSON Schemas the package ships (written by `npm run build`, which the suite's global setup
// runs): schema.json for a document, parse-result.schema.json for { document, diagnostics }.
const load = (name: string) => JSON.parse(readFileSync(`${root}${name}`, 'utf8')) as Record<string, any>;
const documentSchema = load('schema.json');
const resultSchema = load('parse-result.schema.json');
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validateDocument = ajv.compile(documentSchema);
const validateResult = ajv.compile(resultSchema);

/** Every object schema's properties, with the path that leads to them. */
function properties(schema: any, path: string, out: [string, any][] = []): [string, any][] {
  if (!schema || typeof schema !== 'object') return out;
  for (const [key, value] of Object.entries(schema.properties ?? {})) out.push([`${path}.${key}`, value]);
  for (const [key, value] of Object.entries(schema)) if (key !== 'properties' && typeof value === 'object') properties(value, `${path}/${key}`, out);
  for (const [key, value] of Object.entries(schema.properties ?? {})) properties(value, `${path}.${key}`, out);
  return out;
}

describe('the shipped JSON Schemas', () => {
  it('name themselves: $id, title and description, and a $defs entry per node type', () => {
    for (const [schema, file] of [[documentSchema, 'schema.json'], [resultSchema, 'parse-result.schema.json']] as const) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toMatch(new RegExp(`^https://.+/${file.replace('.', '\\.')}$`));
      expect(schema.title).toMatch(/^referat /);
      expect(schema.description.length).toBeGreaterThan(40);
    }
    expect(Object.keys(documentSchema.$defs)).toEqual(expect.arrayContaining(['Item', 'Section', 'Decision', 'Table', 'TableCell']));
    expect(Object.keys(resultSchema.$defs)).toEqual(expect.arrayContaining(['Item', 'Decision', 'Diagnostic']));
  });

  it('describe every node type and every field, from the model’s doc comments', () => {
    const undescribed = properties(documentSchema, '#').filter(([, v]) => !v.description).map(([p]) => p);
    expect(undescribed).toEqual([]);
    for (const [name, def] of Object.entries<any>(documentSchema.$defs)) expect(def.description, name).toEqual(expect.any(String));
    expect(documentSchema.$defs.Item.properties.number.description).toMatch(/^The item number as an integer/);
  });

  it('validate what parse and serialize give for every seed, and refuse a broken tree', () => {
    for (const path of SEEDS) {
      const result = parse(seedText(path));
      const json = JSON.parse(serialize(result.document, { format: 'json' }));
      expect(validateDocument(json), JSON.stringify(validateDocument.errors?.slice(0, 2))).toBe(true);
      expect(validateResult(JSON.parse(JSON.stringify(result))), JSON.stringify(validateResult.errors?.slice(0, 2))).toBe(true);
    }
    const { document, diagnostics } = parse(seedText(SEEDS[0]!));
    const broken = JSON.parse(JSON.stringify({ document, diagnostics }));
    broken.document.items[0].decisions[0].outcome = 'godkendt';
    expect(validateResult(broken)).toBe(false);
    expect(validateResult({ document: JSON.parse(JSON.stringify(document)) })).toBe(false);
  });
});
