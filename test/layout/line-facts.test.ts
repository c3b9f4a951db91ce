import { describe, expect, it } from 'vitest';
import { genericVocabulary } from '../../grammar/dialects/generic-vocabulary.js';
import { LineFacts, LineType, Role, lineType } from '../../src/layout/line-facts.js';
import { caseLabelEnd, layoutShapes, readCaseLine } from '../../src/layout/shapes.js';
import { SectionKindSchema } from '../../src/model/agenda.js';
import { engineFor } from '../../src/engine.js';
import { lookupKey } from '../../src/builder/context.js';
import type { LayoutEnv } from '../../src/layout/infer.js';
import { bankedHeading } from '../../src/layout/roles.js';
import { genericDialect } from 'referat';

describe('LineFacts: the facts of every line in parallel arrays', () => {
  it('starts every line with no role, no flags and no kind', () => {
    const lines = new LineFacts(3);
    expect(lines.count).toBe(3);
    expect([...lines.role]).toEqual([Role.none, Role.none, Role.none]);
    expect([...lines.breakBefore, ...lines.inList, ...lines.digit]).toEqual(Array(9).fill(0));
    expect([0, 1, 2].map((k) => lines.kindOf(k))).toEqual([null, null, null]);
  });

  it('keeps every section kind, and none again once cleared', () => {
    const lines = new LineFacts(1);
    for (const kind of SectionKindSchema.options) {
      lines.setKind(0, kind);
      expect(lines.kindOf(0)).toBe(kind);
    }
    lines.setKind(0, null);
    expect(lines.kindOf(0)).toBeNull();
  });

  it('reads no kind, evidence or heading past either end', () => {
    const lines = new LineFacts(2);
    lines.role.fill(Role.heading);
    lines.setKind(0, 'recommendation');
    lines.setKind(1, 'summary');
    expect(lines.kindOf(-1)).toBeNull();
    expect(lines.kindOf(2)).toBeNull();
    expect(lines.hasEvidence(2)).toBe(false);
    expect(lines.isHeading(2)).toBe(false);
    expect(lines.hasEvidence(1)).toBe(true);
  });

  it('counts status words as no evidence, and decisions as headings', () => {
    const lines = new LineFacts(3);
    lines.role.set([Role.status, Role.decision, Role.case]);
    expect([0, 1, 2].map((k) => lines.hasEvidence(k))).toEqual([false, true, true]);
    expect([0, 1, 2].map((k) => lines.isHeading(k))).toEqual([false, true, false]);
  });

  it('codes the token types inference tells apart, and no other', () => {
    expect(lineType('TextLine')).toBe(LineType.text);
    expect(lineType('ListItem')).toBe(LineType.listItem);
    expect(lineType('HeaderLabelLine')).toBe(LineType.headerLabel);
    expect(lineType('RecommendationHeading')).toBe(LineType.recommendationHeading);
    expect(lineType('ItemOpener')).toBe(LineType.itemOpener);
    for (const name of ['TitleLine', 'CaseNumberLine', 'DecisionHeading', 'TocHeadingLine', 'Break']) expect(lineType(name)).toBe(LineType.other);
  });
});

describe('caseLabelEnd: where a case-number label ends, as the label pattern matches it', () => {
  const shapes = layoutShapes(genericVocabulary);
  const lines = ['Sagsnr.: 12-345', 'Sagsnr.:', 'Sagsnr. 2011-29298', '- Sagsnr.: 12/27845', 'sagsnr: 1', 'Sagsnummer', 'Sagsnrx: 1', 'A', '', '12-345'];

  it('agrees with the pattern, matched or not, and again on the same line', () => {
    for (const text of lines) {
      const match = shapes.caseLabel.exec(text);
      expect(caseLabelEnd(shapes, text)).toBe(match ? match[0].length : -1);
      expect(caseLabelEnd(shapes, text)).toBe(match ? match[0].length : -1);
    }
  });

  it('reads a case-number line the same, given the label or not', () => {
    for (const text of lines) expect(readCaseLine(shapes, text, caseLabelEnd(shapes, text))).toEqual(readCaseLine(shapes, text));
    expect(readCaseLine(shapes, 'Sagsnr.:')).toEqual({ labelOnly: true });
    expect(readCaseLine(shapes, 'Sagsnr.: 12-345')).toEqual({ start: 9, end: 15 });
  });
});

describe('bankedHeading: the bank keys pass the first-characters and length tests', () => {
  const { sectionKinds } = engineFor(genericDialect).lookups;
  // (bankedHeading reads these two only.)
  const env = { sectionKinds, lookupKey } as unknown as LayoutEnv;
  const capitalised = (key: string) => key[0]!.toUpperCase() + key.slice(1);

  it('reads every key of the bank, capitalised or in capitals, with or without a colon', () => {
    for (const [key, kind] of sectionKinds) {
      for (const text of [capitalised(key), key.toUpperCase(), `${capitalised(key)}:`]) expect(bankedHeading(text, env)).toBe(kind);
    }
  });

  it('rejects lines shorter than every key, and first letters no key has', () => {
    const shortest = Math.min(...[...sectionKinds.keys()].map((k) => k.length));
    for (const text of ['A', 'Ja', 'B', 'Nej', 'X'.repeat(shortest - 1), 'Qwerty']) expect(bankedHeading(text, env)).toBeNull();
  });

  it('finds what a lookup finds whatever the second character, above ASCII too', () => {
    // Keys that go on with characters above ASCII: a letter, one whose lower case depends on its
    // place (Σ), a zero-width space, one that lower-cases into ASCII (the Kelvin sign).
    const keys = ['aæble', 'aς', 'aςx', 'a\u200bx', 'akx', 'aøx', 'a x'];
    const bank = new Map(keys.map((k) => [k, 'other' as const]));
    const own = { sectionKinds: bank, lookupKey } as unknown as LayoutEnv;
    let found = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const text of [`A${c}x`, `A${c}ble`, `A${c}`]) {
        const last = text.charCodeAt(text.length - 1);
        const expected = text.length > 64 ? null : (bank.get(lookupKey(last === 46 || last === 58 ? text.slice(0, -1) : text)) ?? null);
        if (bankedHeading(text, own) !== expected) throw new Error(`${JSON.stringify(text)}: ${bankedHeading(text, own)}, expected ${expected}`);
        if (expected) found++;
      }
    }
    // æ/Æ, σ/Σ (Σ as ς at the end), ZWSP, k/K/Kelvin, ø/Ø, the spaces: found by both.
    expect(found).toBeGreaterThan(15);
  });
});
