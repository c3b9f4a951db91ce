/**
 * `src` template tag for hand-written test inputs: drops the first line break after the opening
 * backtick, removes the indentation common to all non-blank lines (spaces only, so TABs written
 * as `\t` stay cell separators), and keeps the final line break when the closing backtick
 * stands on its own line. Escapes are cooked: `\t` is a TAB, `\u00a0` an NBSP.
 */
export function src(strings: TemplateStringsArray, ...values: unknown[]): string {
  let raw = strings[0]!;
  values.forEach((v, i) => {
    raw += String(v) + strings[i + 1]!;
  });
  if (raw.startsWith('\n')) raw = raw.slice(1);
  const lines = raw.split('\n');
  const last = lines[lines.length - 1]!;
  const closingOwnLine = /^ *$/.test(last);
  if (closingOwnLine) lines[lines.length - 1] = '';
  let indent = Infinity;
  for (const line of lines) {
    if (!line.trim()) continue;
    indent = Math.min(indent, /^ */.exec(line)![0].length);
  }
  if (!Number.isFinite(indent)) indent = 0;
  return lines.map((line) => (line.trim() ? line.slice(indent) : line.replace(/^ +/, ''))).join('\n');
}
