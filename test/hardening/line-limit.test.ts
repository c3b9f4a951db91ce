import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_LINES, ReferatOptionsError, parse, serialize } from 'referat';
import { referat } from '../cli/run.js';
import { checkInvariants } from '../helpers/invariants.js';

/*
 * Issue 14: 20 MB of `'A\n'` ran out of heap (190–206 bytes per input character on short
 * lines). The tree costs a few hundred bytes per line, so lines past `maxLines` are kept
 * unread, as one artifact: memory stays bounded, nothing is lost, the round trip holds.
 */
const minutes = 'Referat\n\nPunkt 1: Budget\n\nBeslutning\n\nGodkendt.\n';

describe('maxLines', () => {
  it('keeps the lines past the limit as one unread artifact, with a warning, and writes them back', () => {
    const input = `${minutes}Punkt 2: Anlæg\n\nBeslutning\n\nGodkendt.\n`;
    const result = parse(input, { maxLines: 7 });
    const { document, diagnostics } = result;
    expect(document.items.map((i) => i.title)).toEqual(['Budget']);
    expect(document.artifacts).toEqual([
      {
        type: 'artifact',
        kind: 'unread',
        text: 'Punkt 2: Anlæg\n\nBeslutning\n\nGodkendt.\n',
        range: { start: { line: 8, column: 1, offset: minutes.length }, end: { line: 13, column: 1, offset: input.length } },
      },
    ]);
    expect(diagnostics.find((d) => d.code === 'unread-lines')).toMatchObject({ severity: 'warning', range: { start: { line: 8 } } });
    expect(document.range.end.offset).toBe(input.length);
    expect(serialize(document)).toBe(input);
    expect(serialize(document, { format: 'text', mode: 'canonical' }).endsWith('Punkt 2: Anlæg\n\nBeslutning\n\nGodkendt.\n')).toBe(true);
    checkInvariants(input, result, { maxLines: 7 });
  });

  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('counts %s line ends as the lexer does', (_, end) => {
    const input = ['Punkt 1: A', 'tekst', 'Punkt 2: B', 'mere'].join(end);
    const { document } = parse(input, { maxLines: 2 });
    expect(document.artifacts.at(-1)).toMatchObject({ kind: 'unread', text: `Punkt 2: B${end}mere`, range: { start: { line: 3, column: 1 }, end: { line: 4, column: 5 } } });
    expect(serialize(document)).toBe(input);
  });

  it('reads everything when the input has no more lines than the limit, or only blank ones after it', () => {
    for (const input of [minutes, `${minutes}\n\n  \n`]) {
      const { document, diagnostics } = parse(input, { maxLines: 7 });
      expect(document.artifacts.filter((a) => a.kind === 'unread')).toEqual([]);
      expect(diagnostics.map((d) => d.code)).not.toContain('unread-lines');
      expect(document.range.end.offset).toBe(input.length);
      expect(serialize(document)).toBe(input);
    }
  });

  it('defaults to 500,000 lines and reads everything with Infinity', () => {
    expect(DEFAULT_MAX_LINES).toBe(500_000);
    const input = 'A\n'.repeat(DEFAULT_MAX_LINES + 2);
    const capped = parse(input);
    expect(capped.document.artifacts.at(-1)).toMatchObject({ kind: 'unread', text: 'A\nA\n', range: { start: { line: DEFAULT_MAX_LINES + 1 } } });
    expect(serialize(capped.document)).toBe(input);
    const small = 'A\n'.repeat(30);
    expect(parse(small, { maxLines: Infinity }).document.artifacts).toEqual([]);
  });

  it.each([0, -1, 1.5, Number.NaN, '10', null])('refuses maxLines %s with ReferatOptionsError', (value) => {
    expect(() => parse('x', { maxLines: value as number })).toThrow(ReferatOptionsError);
    expect(() => parse('x', { maxLines: value as number })).toThrow(/maxLines: expected a positive integer or Infinity/);
  });
});

describe('one diagnostic per run of unrecognised front matter', () => {
  it.each([
    ['short capitalised lines', 'A\n'],
    ['paragraphs between blank lines', 'A\n\n'],
  ])('%s: one diagnostic however many blocks', (_, unit) => {
    const { document, diagnostics } = parse(unit.repeat(2000));
    expect(document.preamble).toHaveLength(2000);
    const runs = diagnostics.filter((d) => d.code === 'unrecognised-front-matter');
    expect(runs).toHaveLength(1);
    expect(runs[0]!.message).toMatch(/These 2000 blocks/);
    expect(runs[0]!.range.end.offset).toBe(document.preamble[1999]!.range.end.offset);
  });

  it('starts a new run after a header field', () => {
    const { diagnostics } = parse('Noget\n\nMere\n\nMødested: Rådhuset\n\nEndnu\n\nPunkt 1: A\n');
    expect(diagnostics.filter((d) => d.code === 'unrecognised-front-matter').map((d) => d.range.start.line)).toEqual([1, 7]);
  });
});

describe('a title under an opener is bounded', () => {
  it('takes wrapped lower-case lines as title up to 400 characters, the rest as body', () => {
    const input = `Punkt 1: Budget for\n${'den videre drift af skolerne\n'.repeat(5000)}`;
    const result = parse(input);
    const [item] = result.document.items;
    expect(item!.title.length).toBeLessThanOrEqual(400);
    expect(item!.title.startsWith('Budget for den videre drift af skolerne den videre')).toBe(true);
    const body = item!.sections.flatMap((s) => s.blocks);
    expect(body.length).toBeGreaterThan(0);
    expect(body[0]!.range.start.line).toBeGreaterThan(2);
    expect(serialize(result.document)).toBe(input);
  });
});

describe('the command on 100 MB of two-character lines', () => {
  it('finishes in 768 MB of heap and says which lines it did not read', () => {
    const run = referat(['check', '-'], { input: 'A\n'.repeat(50_000_000), node: ['--max-old-space-size=768'] });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^-:500001:1: warning unread-lines: The input has more than 500000 lines/m);
    expect(run.code).toBe(0);
  });
});
