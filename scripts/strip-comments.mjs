// Removes the comments esbuild keeps in unminified bundles (mostly the JSDoc of bundled
// third-party code, whose licenses ship in THIRD-PARTY-LICENSES.md), leaving every other byte as
// it is: the code stays readable and keeps its names, only smaller. Comments are found with
// TypeScript's parser (the trivia before every token), so strings and regular expressions that
// look like comments are left alone.
import ts from 'typescript';

/**
 * `code` without its comments; lines left empty by a removed comment are dropped too. `kind`:
 * `js` for a bundle, `ts` for a declaration file.
 */
export function stripComments(code, kind = 'js') {
  const source = ts.createSourceFile(kind === 'js' ? 'bundle.js' : 'bundle.d.ts', code, ts.ScriptTarget.Latest, true, kind === 'js' ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const ranges = new Map();
  const collect = (pos) => {
    for (const range of ts.getLeadingCommentRanges(code, pos) ?? []) ranges.set(range.pos, range.end);
  };
  const visit = (node) => {
    collect(node.pos);
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  collect(source.endOfFileToken.pos);
  let out = '';
  let at = 0;
  for (let [pos, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (pos < at) continue;
    // A comment on a line of its own goes with its line.
    const lineStart = code.lastIndexOf('\n', pos - 1) + 1;
    const lineEnd = code.indexOf('\n', end);
    if (lineStart >= at && /^[ \t]*$/.test(code.slice(lineStart, pos)) && lineEnd !== -1 && /^[ \t]*$/.test(code.slice(end, lineEnd))) {
      pos = lineStart;
      end = lineEnd + 1;
    }
    out += code.slice(at, pos);
    at = end;
  }
  return out + code.slice(at);
}
