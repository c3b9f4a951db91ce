import { expect } from 'vitest';
import {
  DiagnosticSchema,
  type ParseOptions,
  type ParseResult,
  type Range,
  ReferatSchema,
  tokenize,
} from 'referat';

/** Offsets → [line, column] from line starts found here, to check the library's positions independently. */
function positionsOf(input: string): (offset: number) => [number, number] {
  const starts = [0];
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === '\n') starts.push(i + 1);
    else if (c === '\r') {
      if (input[i + 1] === '\n') i++;
      starts.push(i + 1);
    }
  }
  return (offset) => {
    // The last line start at or before `offset` (binary search: MB-scale inputs have 10^4 lines).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return [lo + 1, offset - starts[lo]! + 1];
  };
}

interface Node {
  type: string;
  range: Range;
  [key: string]: unknown;
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && 'type' in v && 'range' in v;
}

/** Every node of the tree with its parent, depth first, children in document order. */
function* walk(node: Node, parent: Node | null = null): Generator<[Node, Node | null]> {
  yield [node, parent];
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const v of value) if (isNode(v)) yield* walk(v, node);
    if (isNode(value)) yield* walk(value, node);
  }
}

/** Ranges of the parts that hold a line's text: the leaves of "nothing lost". */
export function textRanges(result: ParseResult, withArtifacts = true): Range[] {
  const ranges: Range[] = [];
  for (const [node] of walk(result.document as unknown as Node)) {
    switch (node.type) {
      case 'headerField':
      case 'tocEntry':
      case 'caseNumber':
      case 'paragraph':
      case 'heading':
      case 'artifact':
        if (withArtifacts) ranges.push(node.range);
        break;
      case 'listItem':
      case 'tableRow':
        ranges.push(node.range);
        break;
      case 'item':
      case 'section':
        if (node.headingRange) ranges.push(node.headingRange as Range);
        break;
      case 'table':
        // The title line and dash lines hold no cell of their own.
        if (node.titleRange) ranges.push(node.titleRange as Range);
        ranges.push(...(node.rules as Range[]));
        break;
    }
  }
  return ranges;
}

/**
 * The invariants every parse must keep (issue 3): the result validates against the zod schema;
 * token images concatenate to the input; every range lies in the input, agrees with its
 * offsets, lies inside its parent's and starts at or after its previous sibling's end (issue 14:
 * no overlap); no two text-holding nodes share a character; every non-blank line lies inside
 * some text-holding node.
 */
export function expectInvariants(input: string, result: ParseResult, options?: ParseOptions): void {
  expect(tokenize(input, options).map((t) => t.image).join('')).toBe(input);
  checkInvariants(input, result, options);
}

/** {@link expectInvariants} without vitest: throws an Error naming the first broken invariant. */
export function checkInvariants(input: string, result: ParseResult, options?: ParseOptions): void {
  ReferatSchema.parse(result.document);
  DiagnosticSchema.array().parse(result.diagnostics);
  if (tokenize(input, options).map((t) => t.image).join('') !== input) {
    throw new Error('token images do not concatenate to the input');
  }

  const pos = positionsOf(input);
  const checkRange = (r: Range, what: string) => {
    if (!(r.start.offset <= r.end.offset && r.end.offset <= input.length)) {
      throw new Error(`${what}: range ${r.start.offset}-${r.end.offset} outside input of ${input.length}`);
    }
    for (const p of [r.start, r.end]) {
      const [line, column] = pos(p.offset);
      if (p.line !== line || p.column !== column) {
        throw new Error(`${what}: offset ${p.offset} is ${line}:${column}, node says ${p.line}:${p.column}`);
      }
    }
  };
  for (const [node, parent] of walk(result.document as unknown as Node)) {
    checkRange(node.range, node.type);
    for (const value of Object.values(node)) {
      if (!Array.isArray(value)) continue;
      const children = value.filter(isNode);
      children.forEach((child, i) => {
        const before = children[i - 1];
        if (!before) return;
        const s = child.range.start.offset;
        if (s < before.range.start.offset) throw new Error(`${node.type}: children out of order at ${s}`);
        if (s < before.range.end.offset && child.range.end.offset > s) {
          throw new Error(`${node.type}: ${child.type} at ${s} overlaps the ${before.type} before it (${before.range.start.offset}-${before.range.end.offset})`);
        }
      });
    }
    if (!parent) continue;
    if (node.range.start.offset < parent.range.start.offset || node.range.end.offset > parent.range.end.offset) {
      throw new Error(`${node.type} at ${node.range.start.offset} lies outside its ${parent.type}`);
    }
  }
  for (const d of result.diagnostics) checkRange(d.range, `diagnostic ${d.code}`);

  const covered = textRanges(result)
    .map((r) => [r.start.offset, r.end.offset] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // The text-holding leaves tile the input: no two share a character (a paragraph "t t" around
  // a paragraph "S" scrambles the text order).
  // Artifacts (page numbers, repeated page headers) are the exception: text joins across them, so
  // they may lie inside a paragraph's or a field's range.
  const nonArtifact = textRanges(result, false)
    .map((r) => [r.start.offset, r.end.offset] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  nonArtifact.forEach(([start, end], i) => {
    const before = nonArtifact[i - 1];
    if (before && start < before[1] && end > start) {
      throw new Error(`text nodes overlap: ${before[0]}-${before[1]} and ${start}-${end}`);
    }
  });
  const inside = (offset: number) => {
    let lo = 0;
    let hi = covered.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (covered[mid]![0] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = found; i >= 0 && i > found - 64; i--) if (covered[i]![1] > offset) return true;
    return false;
  };
  const line = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = line.exec(input)) && m[0] !== '') {
    const text = m[0];
    const lead = text.search(/[^\s\u00a0\ufeff]/);
    if (lead < 0) continue;
    if (!inside(m.index + lead)) {
      throw new Error(`line at offset ${m.index} is in no text node: ${JSON.stringify(text.slice(0, 80))}`);
    }
  }
}
