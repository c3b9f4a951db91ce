import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse, referatJsonSchema, serialize } from 'referat';

const seedDir = new URL('../../seeds/', import.meta.url);
const corpusDir = new URL('../fixtures/corpus/', import.meta.url);

describe('serialize, json', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(referatJsonSchema());
  const files = [
    ...readdirSync(seedDir).map((f) => new URL(f, seedDir)),
    ...readdirSync(corpusDir).filter((f) => /^\d\d_.*\.txt$/.test(f)).map((f) => new URL(f, corpusDir)),
  ];

  it.each(files.map((u) => [u.pathname.split('/').pop()!, u] as const))('%s validates against the JSON Schema', (_, url) => {
    const json = JSON.parse(serialize(parse(readFileSync(url, 'utf8')).document, { format: 'json' }));
    const ok = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a document that breaks the model', () => {
    const json = JSON.parse(serialize(parse('Punkt 1: A\n').document, { format: 'json' }));
    json.items[0].number = 'one';
    expect(validate(json)).toBe(false);
  });
});
