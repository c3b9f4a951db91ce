import type { FormatCallback } from 'html-to-text';
import { loadPeer } from '../util/peer.js';

/**
 * A table as lines of TAB-separated cells, the shape `parse` reads as a table (html-to-text's
 * own table formatters draw with spaces).
 */
const tabTable: FormatCallback = (elem, walk, builder) => {
  builder.openBlock({ leadingLineBreaks: 1 });
  const rows = (elem.children ?? []).flatMap((child: any) =>
    child.name === 'tr' ? [child] : ['thead', 'tbody', 'tfoot'].includes(child.name) ? (child.children ?? []).filter((r: any) => r.name === 'tr') : [],
  );
  for (const row of rows) {
    const cells = (row.children ?? []).filter((c: any) => c.name === 'td' || c.name === 'th');
    cells.forEach((cell: any, i: number) => {
      if (i > 0) builder.addLiteral('\t');
      walk(cell.children, builder);
    });
    builder.addLineBreak();
  }
  builder.closeBlock({ trailingLineBreaks: 1 });
};

const OPTIONS = {
  wordwrap: false as const,
  formatters: { tabTable },
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'nav', format: 'skip' },
    { selector: 'button', format: 'skip' },
    { selector: 'form', format: 'skip' },
    { selector: 'ul', options: { itemPrefix: '- ' } },
    { selector: 'table', format: 'tabTable' },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => ({ selector: h, options: { uppercase: false } })),
  ],
};

/**
 * The text of a web page for `parse`, by html-to-text: block elements as lines, table rows as
 * TAB-separated cells, list items as `- ` lines, headings as they are written (not upper-cased);
 * scripts, styles, navigation, forms and images left out; no wrapping. html-to-text is an
 * optional peer dependency, loaded on first use: without it this rejects with a
 * `MissingPeerError` that says how to install it.
 */
export async function htmlToText(html: string): Promise<string> {
  const { convert } = await loadPeer<typeof import('html-to-text')>('html-to-text', 'read web pages (.html)', () => import('html-to-text'));
  return `${convert(html, OPTIONS)}\n`;
}
