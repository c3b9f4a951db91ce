import type { HeaderKey } from '../model/meeting.js';
import type { BuildContext } from './context.js';
import { labelKey } from './header-words.js';
import { trimEndOf } from '../text/plain.js';

/**
 * The header read line by line from the text before the first item, for the layouts the
 * lexer's labels miss: labels alone on a line with the value below (`UDVALG` / `Prøveudvalget`),
 * labels glued to their value (`MødestedRådhuset`), and labels inside a line that holds a whole
 * flattened PDF page (`… Mødested: Byrådssalen Starttidspunkt: Kl. 17:00 …`), where a value ends
 * at the next label. It reads the raw text, so it sees what the lexer made of the lines no
 * differently than a reader would.
 */

/** One line of the head: its text (emphasis and NBSP blanked, same length) and offsets. */
export interface HeadLine {
  text: string;
  start: number;
}

/** A labelled value found in the head; offsets are the value's, in the input. */
export interface HeadField {
  key: HeaderKey;
  label: string;
  value: string;
  start: number;
  end: number;
  /** Index of the line the label stands on. */
  line: number;
}

/** How many non-blank lines the head may have, and how much of a long line is read. */
const HEAD_LINES = 45;
const LINE_CHARS = 1500;
/** A line longer than this is a flattened page: labels are looked for inside it. */
const FLAT = 150;

/**
 * The lines before `end` (at most {@link HEAD_LINES} non-blank ones), blank ones as empty text;
 * a run of blank lines is one entry, so the list stays short however many blank lines there are.
 */
export function headLines(ctx: BuildContext, end: number): HeadLine[] {
  const out: HeadLine[] = [];
  const { input } = ctx;
  // The lines as the line index found them (`\r\n`, `\r` and `\n` end a line).
  const starts = ctx.lines.lineStarts;
  let filled = 0;
  for (let k = 0; filled < HEAD_LINES && k < starts.length; k++) {
    const from = starts[k]!;
    if (from >= input.length || from >= end) break;
    let to = starts[k + 1] ?? input.length;
    while (to > from && (input.charCodeAt(to - 1) === 10 || input.charCodeAt(to - 1) === 13)) to--;
    let raw = input.slice(from, Math.min(to, from + LINE_CHARS));
    raw = raw.replace(/[\u00a0\t\f\ufeff]/g, ' ');
    if (ctx.markdown) raw = raw.replace(/[*_#]/g, ' ');
    const text = raw.trim();
    if (!text && out.length && !out[out.length - 1]!.text) continue;
    out.push({ text, start: from + raw.length - raw.trimStart().length });
    if (text) filled++;
  }
  return out;
}

/** Where a label occurs in a line: the label's span and where its value starts. */
interface Occurrence {
  at: number;
  label: string;
  valueAt: number;
}

/** The labels at the start of a line and, in a flattened page, inside it. */
function occurrences(ctx: BuildContext, text: string, neighbourLabelled: boolean): Occurrence[] {
  const words = ctx.lookups.header;
  const first = lineLabel(ctx, text, neighbourLabelled);
  const out: Occurrence[] = first ? [first] : [];
  const inline = (re: RegExp): Occurrence[] => {
    const found: Occurrence[] = [];
    re.lastIndex = 0;
    for (let x = re.exec(text); x; x = re.exec(text)) {
      if (out.some((o) => x!.index < o.valueAt && x!.index >= o.at)) continue;
      let valueAt = x.index + x[0].length;
      while (text[valueAt] === ' ') valueAt++;
      found.push({ at: x.index, label: x[0].replace(/\s*:$/, ''), valueAt });
    }
    return found;
  };
  // A label inside the line ends with a colon: a line without one holds none.
  if (text.includes(':')) out.push(...inline(words.inlineColon));
  // Labels without a colon count inside a flattened page only where several stand together
  // (`Dato … Tid … Sted …`): one alone is likely a word of a title (`Vores Sted`).
  const bare = text.length > FLAT ? inline(words.inlineBare) : [];
  if (new Set(bare.map((o) => labelKey(o.label))).size >= 3) out.push(...bare);
  return out.sort((a, b) => a.at - b.at);
}

/** The label that opens a line, when it counts: before a colon, alone, glued to its value, or spaced where labels are. */
function lineLabel(ctx: BuildContext, text: string, neighbourLabelled: boolean): Occurrence | null {
  const words = ctx.lookups.header;
  const m = words.lineLabel.exec(text);
  if (!m) return null;
  const label = m[0];
  let i = label.length;
  const next = text[i];
  while (text[i] === ' ') i++;
  const colon = text[i] === ':';
  if (colon) i++;
  while (text[i] === ' ') i++;
  const glued = next !== undefined && /[A-ZÆØÅ0-9]/.test(next) && /[a-zæøå]$/.test(label);
  const spaced = next === ' ' && (words.spaced.has(labelKey(label)) || isUpper(label) || neighbourLabelled);
  return colon || next === undefined || glued || spaced ? { at: 0, label, valueAt: colon || spaced ? i : label.length } : null;
}

const isUpper = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();

/** Whether a line is a label line of the head (starts with a label that counts). */
function labelled(ctx: BuildContext, text: string): boolean {
  return text !== '' && lineLabel(ctx, text, false) !== null;
}

/**
 * Reads the labelled fields of the head. A label alone on its line takes the lines right under
 * it (no blank line between) up to the next label line as its value; a label with nothing
 * under it has an empty value, never the next label's.
 */
export function readHeadFields(ctx: BuildContext, lines: readonly HeadLine[]): HeadField[] {
  const fields: HeadField[] = [];
  const isLabel = lines.map((l) => labelled(ctx, l.text));
  const neighbour = (index: number, step: number): boolean => {
    for (let j = index + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.text) return isLabel[j]!;
    return false;
  };
  lines.forEach((line, index) => {
    const { text } = line;
    if (!text) return;
    // `Mødelokale Udvalgsværelse D` is a label and its value in a block of such lines.
    const near = neighbour(index, -1) || neighbour(index, 1);
    const found = occurrences(ctx, text, near);
    found.forEach((o, k) => {
      const key = ctx.lookups.header.keys.get(labelKey(o.label)) ?? 'other';
      const stop = found[k + 1]?.at ?? text.length;
      let value = text.slice(o.valueAt, Math.max(o.valueAt, stop)).trim();
      let start = line.start + o.valueAt;
      let end = start + value.length;
      if (found.length > 1) value = trimEndOf(value, '.,;').trim();
      if (!value && o.at === 0 && found.length === 1) {
        // The label alone: the value is under it.
        const below: string[] = [];
        for (let j = index + 1; j < lines.length && lines[j]!.text && !isLabel[j] && below.length < 3; j++) {
          if (below.length && key === 'committee') break;
          below.push(lines[j]!.text);
          if (below.length === 1) start = lines[j]!.start;
          end = lines[j]!.start + lines[j]!.text.length;
        }
        value = below.join(' ');
      }
      if (!value) end = start;
      fields.push({ key, label: o.label.trim(), value, start, end, line: index });
    });
  });
  return fields;
}
