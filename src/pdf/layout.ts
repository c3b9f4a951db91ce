/**
 * A run of text placed on a PDF page, in PDF user space (points, 1/72 inch; `y` grows upwards):
 * `x`, `y` the start of its baseline, `width` its advance, `size` its font size. pdf.js's
 * `getTextContent()` items give these as `transform[4]`, `transform[5]`, `width` and
 * `Math.hypot(transform[2], transform[3])`.
 *
 * @example
 * import { layoutPage, type PlacedText } from 'referat/pdf';
 * const runs: PlacedText[] = [{ text: 'Punkt 1:', x: 72, y: 700, width: 40, size: 11 }, { text: 'Budget', x: 120, y: 700, width: 34, size: 11 }];
 * layoutPage(runs); // 'Punkt 1: Budget'
 */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Gaps of at least this many ems between two runs on one line become a TAB (a column break). */
const TAB_GAP_EM = 2.2;
/** Gaps of less than this many ems join two runs without a space (kerning, split words). */
const JOIN_GAP_EM = 0.12;
/** Most blank lines a vertical gap becomes. */
const MAX_BLANK_LINES = 4;

/**
 * Lays one page's text runs out as lines, the way `pdftotext -layout` does (poppler's
 * `TextOutputDev`): runs on one baseline form one line, left to right; the line is indented by
 * its distance from the page's leftmost text in average character widths; a gap between two runs
 * becomes spaces (one per character width); a vertical gap of more than one line height becomes
 * blank lines. Unlike pdftotext, columns become TABs: a gap wider than 2.2 em is a column break
 * when the lines around it form a table with a number in a column after the first (amounts, TOC
 * page numbers). A line inside such a table with text in only one column gets a TAB on the other
 * side (`\ti 2013`, a wrapped cell `koordination …\t`), so the table stays one. Wide gaps in
 * tables of words only (two columns of members, `Sagsnr.:   12/27845`) stay spaces.
 * Returns the page's text without a trailing line break.
 *
 * @example
 * layoutPage([{ text: '1.', x: 57.6, y: 628, width: 11.9, size: 11 }, { text: 'Meddelelser', x: 84.7, y: 628, width: 75, size: 11 }]);
 * // → '1.   Meddelelser'
 */
export function layoutPage(runs: readonly PlacedText[]): string {
  const placed = runs.filter((r) => r.text.trim() !== '' && Number.isFinite(r.x) && Number.isFinite(r.y));
  if (placed.length === 0) return '';
  const charWidth = averageCharWidth(placed);
  const lines = baselines(placed).map((line) => ({ y: line.y, cells: cells(line.runs, charWidth) }));
  const lineHeight = typicalLineHeight(lines.map((l) => l.y), median(placed.map((r) => r.size)) ?? 10);
  const modes = blockModes(lines, lineHeight);
  const left = Math.min(...placed.map((r) => r.x));
  const indent = (x: number): string => ' '.repeat(Math.max(0, Math.round((x - left) / charWidth)));
  const out: string[] = [];
  lines.forEach((line, i) => {
    const mode = modes.get(i);
    if (mode === 'column') return;
    if (i > 0) {
      const blank = Math.min(MAX_BLANK_LINES, Math.round((lines[i - 1]!.y - line.y) / lineHeight) - 1);
      for (let b = 0; b < blank; b++) out.push('');
    }
    const first = line.cells[0]!;
    if (mode === 'lead') out.push(`\t${first.text}`);
    else if (mode === 'trail') out.push(`${indent(first.x)}${first.text}\t`);
    else if (mode === 'cells') out.push(indent(first.x) + line.cells.map((c) => c.text).join('\t'));
    else if (mode?.type === 'columns') for (const text of mode.lines) out.push(indent(first.x) + text);
    else out.push(indent(first.x) + line.cells.map((c, k) => (k ? spaces(c.x - line.cells[k - 1]!.end, charWidth) : '') + c.text).join(''));
  });
  return out.join('\n');
}

/** Text between wide gaps on one line, with where it starts and ends (points). */
interface Cell {
  text: string;
  x: number;
  end: number;
}

interface Line {
  y: number;
  runs: PlacedText[];
}

/** Runs grouped by baseline (within 40 % of the font size), top to bottom, each left to right. */
function baselines(runs: PlacedText[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - run.y) <= 0.4 * Math.max(run.size, 1)) line.runs.push(run);
    else lines.push({ y: run.y, runs: [run] });
  }
  for (const line of lines) line.runs.sort((a, b) => a.x - b.x);
  return lines;
}

/** One line's runs joined into cells: no space, or spaces by width, within a cell; a cell ends at a gap wider than 2.2 em. */
function cells(runs: PlacedText[], charWidth: number): Cell[] {
  const out: Cell[] = [];
  for (const run of runs) {
    const cell = out.at(-1);
    const text = run.text.trim();
    const gap = cell ? run.x - cell.end : Infinity;
    const em = Math.max(run.size, 1);
    if (!cell || gap >= TAB_GAP_EM * em) out.push({ text, x: run.x, end: run.x + run.width });
    else {
      const glue = gap < JOIN_GAP_EM * em && !/^\s/.test(run.text) && !/\s$/.test(cell.text) ? '' : spaces(gap, charWidth);
      cell.text += glue + text;
      cell.end = Math.max(cell.end, run.x + run.width);
    }
  }
  return out;
}

/** A cell that prints a number or an amount: `3`, `1.370.000 kr.`, `-3,80 mio. kr.`, `32,8 %`. */
const NUMBER = /^[-+−]?\d[\d.,]*\s*(?:%|t?kr\.?|mio\.\s*kr\.?|mia\.\s*kr\.?)?$/i;

/**
 * How a line inside a block of lines with wide gaps (consecutive such lines at most three lines
 * apart) is written:
 * - a table, when some cell after the first prints a number: `cells` (TAB-separated) for a line
 *   with gaps, `lead` or `trail` for a one-cell line, by whether it starts at the second column;
 *   a one-cell line whose next line is indented under it keeps no TAB (a wrapped TOC title);
 *   one-cell lines right under the table's last line are its wrapped cells too;
 * - columns of words (two columns of members): read one column after the other, as the PDF
 *   prints them and pdftotext does without `-layout`; the block's first line gets `columns`
 *   with all its lines, the others `column` with nothing (written by the first);
 * - label and value (`Sagsnr.:   12/27845`, a cell ending in `:`), or a lone line: spaces.
 */
function blockModes(lines: { y: number; cells: Cell[] }[], lineHeight: number): Map<number, Mode> {
  const modes = new Map<number, Mode>();
  const gapped = lines.flatMap((line, i) => (line.cells.length > 1 ? [i] : []));
  let start = 0;
  for (let k = 1; k <= gapped.length; k++) {
    if (k < gapped.length && gapped[k]! - gapped[k - 1]! <= 3) continue;
    const block = gapped.slice(start, k);
    start = k;
    const column = Math.min(...block.map((i) => lines[i]!.cells[1]!.x));
    const from = block[0]!;
    let to = block.at(-1)!;
    while (to + 1 < lines.length && lines[to + 1]!.cells.length === 1 && lines[to + 1]!.cells[0]!.x < column - 2 && lines[to]!.y - lines[to + 1]!.y <= 1.5 * lineHeight) to++;
    const numeric = lines.slice(from, to + 1).some((l) => l.cells.slice(1).some((c) => NUMBER.test(c.text)));
    if (!numeric) to = block.at(-1)!;
    const range = lines.slice(from, to + 1);
    if (numeric) {
      for (let i = from; i <= to; i++) {
        const [first] = lines[i]!.cells;
        const next = lines[i + 1]?.cells[0];
        if (lines[i]!.cells.length > 1) modes.set(i, 'cells');
        else if (first!.x >= column - 2) modes.set(i, 'lead');
        else if (!(i < to && next && next.x > first!.x + 4)) modes.set(i, 'trail');
      }
    } else if (block.length > 1 && !range.some((l) => l.cells.some((c) => c.text.endsWith(':')))) {
      const columns: string[][] = [];
      for (const line of range) {
        for (const cell of line.cells) {
          const c = line.cells.length === 1 ? 0 : Math.min(line.cells.indexOf(cell), columns.length);
          (columns[c] ??= []).push(cell.text);
        }
      }
      modes.set(from, { type: 'columns', lines: columns.flat() });
      for (let i = from + 1; i <= to; i++) modes.set(i, 'column');
    }
  }
  return modes;
}

type Mode = 'cells' | 'lead' | 'trail' | 'column' | { type: 'columns'; lines: string[] };

function spaces(gap: number, charWidth: number): string {
  return ' '.repeat(Math.max(1, Math.round(gap / charWidth)));
}

/** The median advance per character over the page's runs, in points. */
function averageCharWidth(runs: PlacedText[]): number {
  const widths = runs.filter((r) => r.text.length >= 3 && r.width > 0).map((r) => r.width / r.text.length);
  return median(widths) ?? 5;
}

/**
 * The height of one line of running text on this page: a low quantile of the distances between
 * neighbouring baselines (most lines follow the line above; paragraph gaps are the larger ones).
 */
function typicalLineHeight(ys: number[], size: number): number {
  const steps = ys
    .slice(1)
    .map((y, i) => ys[i]! - y)
    .filter((d) => d >= 0.8 * size)
    .sort((a, b) => a - b);
  return steps.length ? steps[Math.floor(steps.length * 0.2)]! : size * 1.2;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}
