import { describe, expect, it } from 'vitest';
import { type Dialect, defineDialect, detectDialect, genericDialect, parse, templateDialects, tokenize } from 'referat';
import { nordbyDialect } from '../../grammar/examples/nordby.js';
import { linePatternSource } from '../../src/lexer/patterns.js';

/*
 * Issue 14: patterns over unbounded input. Two ways a regular expression fails there: a group
 * repeated once per character or line costs V8 a backtrack entry each (stack overflow on a few
 * MB), and two repeats competing for the same characters make a failed match retry every split
 * (a 16 KB line took 200 s). No timing here: a backtracking pattern on these inputs would not
 * finish (hours), a linear one takes milliseconds, so the test fails by timeout or passes.
 */

/** A dialect author's shapes: runs before lazy text, two inner texts, text before spaces. */
const authored = defineDialect({
  name: 'adversarial',
  extends: genericDialect,
  vocabulary: {
    itemOpeners: ['Sag {text} nr. {n} {text}'],
    decisionOpeners: ['Beslutning fra {text}, den {text}, punkt {n}:', '{text} {text} besluttede {text}'],
    recommendationOpeners: ['{text}  indstiller  {text} at'],
  },
  detect: ['Beslutning fra {text}, den {text}, punkt {n}:', '{text} indstiller,'],
});
const dialects: Dialect[] = [genericDialect, ...templateDialects, nordbyDialect, authored];

/** Every line pattern of a dialect: openers, artifacts, detection marks. */
function linePatterns(dialect: Dialect): string[] {
  const v = dialect.vocabulary;
  return [...v.itemOpeners, ...v.decisionOpeners, ...v.recommendationOpeners, ...v.artifacts.map((a) => a.pattern), ...dialect.detect];
}

const N = 100_000;

/**
 * Lines that make a pattern backtrack if it can: its words with every space blown up to a long
 * run; its closing words repeated inside a `{text}`; both ending one character short of a
 * match, or with a TAB, so every split is tried before failing.
 */
function adversarialLines(pattern: string): string[] {
  const parts = pattern.split(/(\{n\}|\{text\})/).filter(Boolean);
  const concrete = (text: (i: number) => string, space: string) =>
    parts.map((p, i) => (p === '{n}' ? '1' : p === '{text}' ? text(i) : p.replace(/ /g, space))).join('');
  const closing = (i: number) => parts.slice(i + 1).join('').replace(/\{n\}/g, '1').replace(/\{text\}/g, '') || ' ';
  const spaces = ' '.repeat(N);
  const lines = [
    concrete(() => spaces, spaces),
    concrete(() => 'x', spaces),
    concrete((i) => closing(i).repeat(N / 8 / Math.max(1, closing(i).length)), ' '),
    concrete((i) => `${closing(i).slice(0, -1)} `.repeat(N / 8 / Math.max(1, closing(i).length)), '\u00a0'),
  ];
  return lines.flatMap((l) => [l.slice(0, -1), `${l.slice(0, -1)}\t`, `${l}\t${spaces}x`]);
}

describe('every compiled line pattern is linear on its adversarial input', () => {
  for (const dialect of dialects) {
    it(`${dialect.name}: the lexer and the detection marks`, () => {
      for (const pattern of linePatterns(dialect)) {
        const marker = new RegExp(`^[ \\t#*_]*${linePatternSource(pattern)}`, 'im');
        for (const line of adversarialLines(pattern)) {
          const tokens = tokenize(line, { dialect });
          expect(tokens.map((t) => t.image).join('')).toBe(line);
          expect(typeof marker.test(line)).toBe('boolean');
          expect(detectDialect(line, [dialect]).dialect).toBeDefined();
        }
      }
    });
  }

  it('the issue’s line: spaces around the words of a detection mark (202 s before)', () => {
    const line = `Beslutning fra ${' '.repeat(8000)}, den ${' '.repeat(8000)}x`;
    expect(detectDialect(line).score).toBe(0);
    expect(parse(line).document.type).toBe('referat');
    // The same shape at a size no backtracking pattern could finish.
    const long = `Beslutning fra ${' '.repeat(N)}, den ${' '.repeat(N)}x`;
    expect(detectDialect(long).dialect.name).toBe('generic');
    expect(tokenize(long).length).toBe(1);
  });

  it('a Markdown heading marker before a long run of spaces that no text follows (quadratic before: 78 s at 160 KB)', () => {
    for (const end of ['\n', '', '\x01', '\u00a0\n', '\t\n']) {
      for (const space of [' ', '\t', ' \t']) {
        const line = `## ${space.repeat(N)}${end}`;
        const tokens = tokenize(line, { format: 'markdown' });
        expect(tokens.map((t) => t.image).join('')).toBe(line);
        expect(tokens.some((t) => t.type === 'MarkdownHeading')).toBe(false);
      }
    }
    const text = tokenize(`# ${' '.repeat(N)}x`, { format: 'markdown' });
    expect(text.map((t) => t.type)).toEqual(['MarkdownHeading', 'TextLine']);
  });

  it('still matches what the patterns are written for', () => {
    const thisted = 'Beslutning fra Økonomiudvalget, den 19. juni 2019, punkt 146:';
    const re = new RegExp(`^${linePatternSource('Beslutning fra {text}, den {text}, punkt {n}:')}`, 'i');
    expect(re.test(thisted)).toBe(true);
    expect(re.test('Beslutning fra Udvalget, den 1. maj, den 2. maj, punkt 3:')).toBe(true);
    expect(re.test(`Beslutning fra  \u00a0 Udvalget,   den 1. maj, punkt 3:`)).toBe(true);
    expect(re.test('Beslutning fra Udvalget, den 1. maj, punkt x:')).toBe(false);
    const lemvig = new RegExp(`^${linePatternSource('Beslutning fra {text} pkt. {n}:')}`, 'i');
    expect(lemvig.test('Beslutning fra Udvalget pkt. 2 pkt. 3:')).toBe(true);
    expect(tokenize(`${thisted}\n`, { dialect: templateDialects.find((d) => d.name === 'thisted')! })[0]!.type).toBe('DecisionHeading');
  });
});

describe('repeated groups over inputs of several MB do not overflow the regex stack', () => {
  const blank = ['\n', ' \n', '\t\n', '\u00a0\n', '\ufeff\n', '\f\n', '\r', '\r\n', ' \r'];
  it.each(blank.map((unit) => [JSON.stringify(unit), unit]))('3,355,430 blank lines of %s', (_, unit) => {
    const input = unit.repeat(3355430);
    const { document } = parse(input);
    expect(document.items).toEqual([]);
    expect(document.preamble).toEqual([]);
    expect(tokenize(input).map((t) => t.type)).toEqual(['Break']);
  });

  it.each([
    ['a case number with 5.6 million parts', `12-345${'-1'.repeat(5592381)}`],
    ['a case number label and parts', `Sagsnr.: 2011-29298${'-12'.repeat(3e6)}`],
    ['a KLE number run on', `27.69.48${'-P35'.repeat(3e6)}`],
    ['an amount in a table cell', `Beløb\t1${'.000'.repeat(3e6)}\n`],
    ['a run of committee words', `Økonomiudvalget ${'Udvalget '.repeat(1e6)}`],
    ['a decision with a million names', `Punkt 1: A\n\nBeslutning\n\nEt flertal bestående af ${'Anne Holm, '.repeat(5e5)}undlod at stemme.\n`],
  ])('%s', (_, input) => {
    const { document } = parse(input);
    expect(document.type).toBe('referat');
    expect(tokenize(input).map((t) => t.image).join('')).toBe(input);
  });
});
