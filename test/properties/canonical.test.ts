import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, serialize } from 'referat';
import { referatTree, withoutRanges } from './trees.js';

describe('serialize, canonical', () => {
  it.each(['text', 'markdown'] as const)('parse(serialize(tree)) gives the tree back, as %s', (format) => {
    fc.assert(
      fc.property(referatTree, (tree) => {
        const text = serialize(tree, { format, mode: 'canonical' });
        const { document, diagnostics } = parse(text, { format });
        // `layout` reports what inference read off the text; a tree built in code has none.
        expect(document.layout?.itemOpener).toBe(tree.items.length ? 'dialect' : null);
        expect(withoutRanges({ ...document, layout: null })).toEqual(withoutRanges(tree));
        expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('writes a document built in code in the seeds layout', () => {
    const [tree] = fc.sample(referatTree.filter((t) => t.items.length > 0), { numRuns: 1, seed: 7 });
    const text = serialize(tree!);
    expect(text.startsWith(`REFERAT ${tree!.committee} d. `)).toBe(true);
    expect(text).toContain(`\n\nPunkt 1: ${tree!.items[0]!.title}\n\n`);
  });
});
