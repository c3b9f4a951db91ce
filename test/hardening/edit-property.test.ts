import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Range, type Referat, parse, serialize } from 'referat';
import { walkEditable } from '../../src/serialize/editable.js';

/*
 * Issue 14, "Edits", as a property over real documents (the seeds and the corpus): an edit
 * rewrites just what changed, where it stands, and reads back as the new value. The edit inserts
 * a word after a value's first word, which keeps what kind of line it is (a section heading's
 * or a table title's words decide that they are one, so those are left out).
 */
const files = [
  ...readdirSync('seeds').sort().map((f) => `seeds/${f}`),
  ...readdirSync('test/fixtures/corpus').filter((f) => /^\d.*\.txt$/.test(f)).map((f) => `test/fixtures/corpus/${f}`),
];
const texts = new Map<string, string>();
const text = (file: string) => texts.get(file) ?? texts.set(file, readFileSync(file, 'utf8')).get(file)!;

type Field = [Record<string, unknown>, string];
function fields(document: Referat): Field[] {
  const out: Field[] = [];
  walkEditable(document, (node, field) => out.push([node as Record<string, unknown>, field]));
  return out;
}

/**
 * The fields the edit applies to: a value of two words or more, not a heading word or a table
 * title, nor a table cell whose lower-case tail line was joined to it (its edit also moves the
 * tail: `test/serialize/edits-hostile.test.ts`). Such a cell's text is not all in its own range,
 * which is how it is told here: the tails themselves are kept out of the public tree.
 */
function editable([node, field]: Field, input: string): boolean {
  const value = node[field];
  if (typeof value !== 'string' || !/\S \S/.test(value) || node.type === 'section' || node.type === 'table') return false;
  if (node.type !== 'tableCell') return true;
  const { start, end } = node.range as Range;
  return input.slice(start.offset, end.offset).includes(value);
}

/** The span a field's value is read from. */
function spanOf([node]: Field): Range {
  return (node.type === 'item' ? node.headingRange : node.range) as Range;
}

/**
 * The value with a word after its first: `Nye` where the next word is capitalised, so a name
 * stays name-shaped (`Leo Nye Jørgensen`; a lower-case word would make a name line under
 * `Fraværende:` a sentence, and the label a heading), else `nye`.
 */
const inserted = (value: string) => value.replace(/ (\S)/, (_, c: string) => (c !== c.toLowerCase() ? ` Nye ${c}` : ` nye ${c}`));

describe('property: an edit inserts just its new characters, inside the field’s span', () => {
  it('for fields of the seeds and the corpus', () => {
    const parsed = new Map<string, { document: Referat; fields: Field[] }>();
    const of = (file: string) => {
      let p = parsed.get(file);
      if (!p) {
        const { document } = parse(text(file));
        parsed.set(file, (p = { document, fields: fields(document).filter((f) => editable(f, text(file))) }));
      }
      return p;
    };
    fc.assert(
      fc.property(fc.nat(files.length - 1), fc.nat(), (f, pick) => {
        const file = files[f]!;
        const input = text(file);
        const { document, fields: all } = of(file);
        if (!all.length) return;
        const target = all[pick % all.length]!;
        const [node, field] = target;
        const before = node[field] as string;
        node[field] = inserted(before);
        let out: string;
        try {
          out = serialize(document);
        } finally {
          node[field] = before;
        }
        let at = 0;
        while (out[at] === input[at]) at++;
        // Four characters more, at one place (`nye `, `Nye ` or an equal shift of it), in the span.
        expect(out.length).toBe(input.length + 4);
        expect(out.slice(0, at) + out.slice(at + 4)).toBe(input);
        const span = spanOf(target);
        expect(at).toBeGreaterThanOrEqual(span.start.offset);
        expect(at).toBeLessThanOrEqual(span.end.offset);
        // The document is unchanged by the round: the same input comes back.
        expect(serialize(document)).toBe(input);
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: an edited seed reads back with the new value and every other value as it was', () => {
  const seeds = files.filter((f) => f.startsWith('seeds/'));
  it('for fields of the seeds', () => {
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.nat(), (s, pick) => {
        const input = text(seeds[s]!);
        const { document } = parse(input);
        const all = fields(document);
        const candidates = all.map((f, i) => [f, i] as const).filter(([f]) => editable(f, input));
        const [[node, field], index] = candidates[pick % candidates.length]!;
        const value = inserted(node[field] as string);
        node[field] = value;
        const again = fields(parse(serialize(document)).document);
        expect(again.length).toBe(all.length);
        const old = fields(parse(input).document);
        again.forEach(([n, f], i) => {
          expect(f).toBe(old[i]![1]);
          expect(n[f]).toBe(i === index ? value : old[i]![0][f]);
        });
      }),
      // EDIT_RUNS=400 for a deeper run by hand.
      { numRuns: Number(process.env.EDIT_RUNS ?? 40) },
    );
  });
});
