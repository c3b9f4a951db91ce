import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { walkFields } from '../../src/serialize/editable.js';
import { leastEditable } from '../../src/serialize/source.js';

/** How many editable fields the walk visits. */
function editableFields(document: ReturnType<typeof parse>['document']): number {
  let n = 0;
  walkFields(document, () => n++, () => {});
  return n;
}

describe('leastEditable: the source record sized from the tree', () => {
  const texts = ['seeds', 'test/fixtures/corpus'].flatMap((d) =>
    readdirSync(d).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(d, f), 'utf8')),
  );

  it('is at most the fields the walk visits, and all of them where no list stands', () => {
    let exact = 0;
    for (const text of texts) {
      const { document } = parse(text);
      const least = leastEditable(document);
      const fields = editableFields(document);
      expect(least).toBeLessThanOrEqual(fields);
      if (least === fields) exact++;
    }
    expect(exact).toBeGreaterThan(5);
  });

  it('counts table cells, not the TABs of the input', () => {
    // A table of two rows of three cells, then TABs no table holds: past `maxLines`, and in TOC lines.
    const text = `Punkt 1: A\n\nNavn\tBeløb\tNote\nAnne\t3 kr.\tx\n\n${'\t'.repeat(99)}\n`.repeat(3) + `${'\t'.repeat(50)}\n`.repeat(10000);
    const { document } = parse(text, { maxLines: 20 });
    expect(leastEditable(document)).toBe(editableFields(document));
    expect(leastEditable(document)).toBeLessThan(60);
  });
});
