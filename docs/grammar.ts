// npm run docs:grammar: writes docs/grammar.html, Chevrotain's syntax diagrams of the grammar as
// the default dialect builds it. The page is self-contained (the diagram scripts are inlined
// from node_modules/chevrotain/diagrams), so it opens offline. A test checks it is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createSyntaxDiagramsCode } from 'chevrotain';
import { defaultDialect } from '../grammar/index.js';
import { engineFor } from '../src/engine.js';

/** The HTML of the syntax-diagram page. */
export function grammarHtml(): string {
  const diagrams = fileURLToPath(new URL('../node_modules/chevrotain/diagrams/', import.meta.url));
  const { parser } = engineFor(defaultDialect);
  return createSyntaxDiagramsCode(parser.getSerializedGastProductions(), { resourceBase: 'BASE/', css: 'BASE/diagrams.css' })
    .replace(/<link rel='stylesheet' href='BASE\/([^']+)'>/, (_, file: string) => `<style>\n${readFileSync(join(diagrams, file), 'utf8')}\n</style>`)
    .replace(/<script src='BASE\/([^']+)'><\/script>/g, (_, file: string) => `<script>\n${readFileSync(join(diagrams, file), 'utf8')}\n</script>`)
    .replace('<!DOCTYPE html>', `<!DOCTYPE html>\n<title>referat grammar (${defaultDialect.name} dialect)</title>`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = new URL('./grammar.html', import.meta.url);
  writeFileSync(out, grammarHtml());
  console.log(`wrote ${fileURLToPath(out)}`);
}
