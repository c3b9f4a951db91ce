import { markerLength } from '../builder/build-blocks.js';
import { NUMBERED_OPENER } from '../parser/demote-wrapped-lines.js';
import type { Range } from '../model/range.js';
import type { Source } from './source.js';

interface Node {
  type: string;
  range: Range;
  headingRange?: Range | null;
  [key: string]: unknown;
}

/**
 * Writes a parsed document back into its source: the input exactly, with only the spans of
 * fields whose value changed since parsing rewritten (see `rememberSource`). Spans are
 * worked out only for the changed fields, from the node's range and the source text.
 */
export function writeLossless(source: Source): string {
  const { input, snapshot } = source;
  const edits: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < snapshot.length; i += 3) {
    const node = snapshot[i] as Node;
    const field = snapshot[i + 1] as string;
    const value = node[field];
    if (value === snapshot[i + 2] || typeof value !== 'string') continue;
    const span = valueSpan(source, node, field);
    if (span) edits.push({ start: span[0], end: span[1], text: value });
  }
  if (!edits.length) return input;
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue; // overlapping edits: the first one wins
    out += input.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + input.slice(at);
}

/** Where a field's value stands in the source: the node's text without labels and markers. */
function valueSpan(source: Source, node: Node, field: string): [number, number] | null {
  const range = field === 'title' && node.type === 'item' ? node.headingRange! : field === 'heading' ? node.headingRange : node.range;
  if (!range) return null;
  let [start, end] = inner(source.input, range.start.offset, range.end.offset);
  const line = /^[^\r\n]*/.exec(source.input.slice(start, end))![0];
  const { lookups } = source;
  let prefix = 0;
  switch (node.type) {
    case 'item': {
      const m = lookups.itemOpener.exec(line);
      const n = m ? null : NUMBERED_OPENER.exec(line);
      prefix = m ? m[0].length : n ? line.length - n[2]!.length : 0;
      break;
    }
    case 'listItem':
      prefix = markerLength(line, lookups.listMarker);
      break;
    case 'caseNumber':
      prefix = lookups.caseLabel.exec(line)?.[0].length ?? 0;
      break;
    case 'headerField': {
      const label = String(node.label ?? '');
      const at = line.toLowerCase().indexOf(label.toLowerCase());
      prefix = at < 0 ? 0 : at + label.length;
      break;
    }
    case 'tocEntry': {
      const leader = /(?:\s*\.{2,}|\s*…|\t)/.exec(line);
      if (leader) end = start + leader.index;
      break;
    }
  }
  start += Math.max(0, prefix);
  while (start < end && /[\s:*_]/.test(source.input[start]!)) start++;
  return [start, Math.max(start, end)];
}

/** Trims Markdown heading markers, emphasis and space from both ends of a span. */
function inner(input: string, start: number, end: number): [number, number] {
  while (start < end && /[\s#*_]/.test(input[start]!)) start++;
  while (end > start && /[\s*_]/.test(input[end - 1]!)) end--;
  return [start, end];
}
