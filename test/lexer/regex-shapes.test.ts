import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from '../cli/run.js';

/*
 * Issue 13: the worst adversarial row was one expression, `(.{2,160}?)\s+…`: a lazy repeat that
 * can take whitespace, then an unbounded run of whitespace. Every whitespace run is then split
 * every way the lazy part allows before the match fails (160 × the run's length). This lint
 * finds that shape in every RegExp literal of the engine and the grammar. Patterns built from
 * dialect words are checked by running them (adversarial.test.ts).
 */

interface Atom {
  end: number;
  /** Whether the atom can match a space, TAB or NBSP. */
  space: boolean;
  /** A group opening: the atom that matters is its first one, at `end`. */
  group: boolean;
}

/** The atom starting at `i` of a pattern's source. */
function atomAt(source: string, i: number): Atom {
  const c = source[i]!;
  if (c === '(') {
    const prefix = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>))?/.exec(source.slice(i))![0];
    return { end: i + prefix.length, space: true, group: true };
  }
  if (c === '[') {
    let j = i + 1;
    if (source[j] === '^') j++;
    if (source[j] === ']') j++;
    for (; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++;
    const body = source.slice(i + 1, j);
    const listed = /\\s| |\\t|\\u00a0|\u00a0/.test(body);
    return { end: j + 1, space: body.startsWith('^') ? !listed : listed, group: false };
  }
  if (c === '\\') {
    const next = source[i + 1]!;
    if ('pPuk'.includes(next) && /[{<]/.test(source[i + 2] ?? '')) {
      const close = source.indexOf(next === 'k' ? '>' : '}', i + 2);
      return { end: close + 1, space: next === 'P', group: false };
    }
    if (next === 'x') return { end: i + 4, space: false, group: false };
    if (next === 'u') return { end: i + 6, space: /^a0$/i.test(source.slice(i + 4, i + 6)) && source.slice(i + 2, i + 4) === '00', group: false };
    // `\s`, `\t`, and the negated `\W`, `\D` take a space; `\S`, `\w`, `\d`, `\b` do not.
    return { end: i + 2, space: 'stWD'.includes(next), group: false };
  }
  return { end: i + 1, space: c === '.' || c === ' ' || c === '\u00a0', group: false };
}

interface Quantifier {
  end: number;
  lazy: boolean;
  /** `*`, `+` or `{m,}`: no upper bound. */
  unbounded: boolean;
  /** Takes more than one repetition (`??` and `{0,1}?` do not count). */
  repeats: boolean;
}

function quantifierAt(source: string, i: number): Quantifier | null {
  const m = /^(?:([*+?])|\{(\d+)(,(\d*))?\})(\?)?/.exec(source.slice(i));
  if (!m) return null;
  const max = m[1] ? (m[1] === '?' ? 1 : Infinity) : m[3] === undefined ? Number(m[2]) : m[4] ? Number(m[4]) : Infinity;
  return { end: i + m[0].length, lazy: !!m[5], unbounded: max === Infinity, repeats: max > 1 };
}

/** Where a pattern has a lazy repeat that can take spaces right before an unbounded space run. */
export function lazyBeforeSpaceRun(source: string): number[] {
  const found: number[] = [];
  const groupStarts: number[] = [];
  const groupSpace: boolean[] = [];
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === '|' || c === '^' || c === '$') {
      i++;
      continue;
    }
    if (c === ')') {
      // The group as one atom, quantified as a whole.
      groupStarts.pop();
      const space = groupSpace.pop() ?? true;
      i = check(i + 1, space, i);
      continue;
    }
    const atom = atomAt(source, i);
    if (atom.group) {
      groupStarts.push(i);
      groupSpace.push(true);
      i = atom.end;
      continue;
    }
    i = check(atom.end, atom.space, i);
  }
  return found;

  /** Checks the quantifier after an atom ending at `end`; returns where scanning goes on. */
  function check(end: number, space: boolean, at: number): number {
    const q = quantifierAt(source, end);
    if (!q) return end;
    if (q.lazy && q.repeats && space && spaceRunAt(q.end)) found.push(at);
    return q.end;
  }

  /** Whether an unbounded run that can take spaces starts at `i` (past closing groups). */
  function spaceRunAt(i: number): boolean {
    while (source[i] === ')') {
      const q = quantifierAt(source, i + 1);
      if (q) return false;
      i++;
    }
    if (i >= source.length || '|$'.includes(source[i]!)) return false;
    let atom = atomAt(source, i);
    while (atom.group && !/^\(\?[=!<]/.test(source.slice(i, atom.end))) {
      i = atom.end;
      atom = atomAt(source, i);
    }
    if (atom.group) return false;
    const q = quantifierAt(source, atom.end);
    return atom.space && !!q && q.unbounded;
  }
}

/** Every RegExp literal in the TypeScript files under `dir`, with file and line. */
function regexLiterals(dir: string): { where: string; source: string }[] {
  const out: { where: string; source: string }[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      out.push(...regexLiterals(path));
      continue;
    }
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(file);
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        out.push({ where: `${path.slice(root.length)}:${line}`, source: text.slice(1, text.lastIndexOf('/')) });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return out;
}

describe('no lazy repeat before a run of whitespace', () => {
  it.each([
    ['the old recommender', String.raw`^(.{2,160}?)\s+(?:indstiller|foreslår)\b`, true],
    ['lazy star before spaces', String.raw`a.*? +b`, true],
    ['lazy class before NBSP run', String.raw`[^:]{1,40}?[ \u00a0]*:`, true],
    ['lazy group before a group of spaces', String.raw`((?:\w| ){2,9}?)(?:\s+)x`, true],
    ['greedy before spaces', String.raw`^(.{2,160})\s+x`, false],
    ['lazy word characters before spaces', String.raw`(\w{2,30}?)\s+x`, false],
    ['lazy repeat before one space', String.raw`(.{2,160}?)\s(?:x)`, false],
    ['lazy before a lookahead', String.raw`(.+?)(?=\s*$)`, false],
    ['lazy optional', String.raw`a??\s+`, false],
  ])('the lint reads %s', (_, source, bad) => {
    expect(lazyBeforeSpaceRun(source).length > 0).toBe(bad);
  });

  it('finds no such pattern in src/ or grammar/', () => {
    const literals = [...regexLiterals(join(root, 'src')), ...regexLiterals(join(root, 'grammar'))];
    expect(literals.length).toBeGreaterThan(300);
    const bad = literals.filter((l) => lazyBeforeSpaceRun(l.source).length).map((l) => `${l.where} /${l.source}/`);
    expect(bad).toEqual([]);
  });
});
