import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as vendored from '../../src/vendor/zod.js';
import { root } from '../cli/run.js';

/*
 * The build loads zod from `dist/vendor/zod.js`, which holds only what `src/vendor/zod.ts`
 * exports (tsup.config.ts). A `z.union(…)` added to the model but not to that list would be
 * undefined in the package and throw when it is imported, while every test of the sources passed.
 * Here each `z.member` read as a value (not a type such as `z.infer`) in src/ must be exported.
 */

/** `z.name` value reads (property accesses, not qualified type names) in a directory's files. */
function zodMembers(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      for (const [member, where] of zodMembers(path)) found.set(member, where);
      continue;
    }
    if (!name.endsWith('.ts') || path.includes(`${join('src', 'vendor')}`)) continue;
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'z') {
        found.set(node.name.text, `${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe('the vendored zod', () => {
  const used = zodMembers(join(root, 'src'));

  it('is what the library reads of zod: the model is found', () => {
    expect([...used.keys()]).toEqual(expect.arrayContaining(['object', 'string', 'discriminatedUnion']));
  });

  it('exports every zod member the sources call', () => {
    const missing = [...used].filter(([member]) => typeof (vendored as Record<string, unknown>)[member] !== 'function');
    expect(missing.map(([member, where]) => `z.${member} (${where})`)).toEqual([]);
  });

  it('exports nothing the sources no longer call', () => {
    expect(Object.keys(vendored).filter((member) => !used.has(member))).toEqual([]);
  });
});
