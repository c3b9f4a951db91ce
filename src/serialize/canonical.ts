import type { Block } from '../model/blocks.js';
import type { Referat } from '../model/document.js';
import type { HeaderField } from '../model/meeting.js';

/**
 * Writes a document from the model alone, in the seeds' plain-text layout (seed 000) or, with
 * `markdown`, in seed 004's Markdown layout: header fields one per paragraph, the table of
 * contents with dot leaders and TABs, then each item's opener, case number, section headings
 * and blocks, separated by blank lines. Parsing the result gives the same tree again (apart
 * from ranges) for trees the parser itself could produce.
 */
export function writeCanonical(document: Referat, markdown: boolean): string {
  const paragraphs: string[] = [];
  const strong = (s: string) => (markdown ? `**${s}**` : s);
  const esc = (s: string) => (markdown ? s.replace(/([\\_*#])/g, '\\$1') : s);
  for (const field of document.header) {
    paragraphs.push(writeField(field, markdown, esc));
    if (field.key === 'toc') {
      const lines = document.toc.map((e) => `${esc(e.title)}.....\t${e.page ?? ''}`.trimEnd());
      if (lines.length) paragraphs.push(lines.join('\n'));
    }
  }
  for (const block of document.preamble) paragraphs.push(writeBlock(block, markdown, esc, strong));
  for (const item of document.items) {
    const opener = `Punkt ${item.number ?? ''}: ${esc(item.title)}`;
    paragraphs.push(markdown ? `## ${strong(opener)}` : opener);
    if (item.caseNumber) paragraphs.push(item.caseNumber.raw);
    for (const section of item.sections) {
      if (section.heading !== null) {
        paragraphs.push(markdown ? `### ${/[,:;]$/.test(section.heading) ? esc(section.heading) : strong(esc(section.heading))}` : section.heading);
      }
      for (const block of section.blocks) paragraphs.push(writeBlock(block, markdown, esc, strong));
    }
  }
  // Lines past `maxLines` were not read; they are written back as they stood.
  for (const artifact of document.artifacts) if (artifact.kind === 'unread') paragraphs.push(artifact.text);
  return paragraphs.join('\n\n');
}

function writeField(field: HeaderField, markdown: boolean, esc: (s: string) => string): string {
  if (field.key === 'toc') return markdown ? `## **${field.label}**` : field.label;
  if (field.key === 'title') {
    const line = `${field.label} ${esc(field.value)}`.trim();
    return markdown ? `# **${line}**` : line;
  }
  const label = markdown ? `**${field.label}**` : field.label;
  return `${label} ${esc(field.value)}`.trimEnd();
}

function writeBlock(block: Block, markdown: boolean, esc: (s: string) => string, strong: (s: string) => string): string {
  switch (block.type) {
    case 'paragraph':
      return esc(block.text);
    case 'heading':
      // An empty heading is a bare marker in Markdown (`**` around nothing reads as text); plain
      // text has no way to print one, and its blank line reads as nothing.
      if (!block.text) return markdown ? '#' : '';
      return strong(esc(block.text));
    case 'list': {
      // A bare number (`1`, no `.` or `)`) is a marker only alone on its line with the text
      // below it, as seed 000 prints its decisions; `1 Tekst` on one line reads as a paragraph.
      const alone = (marker: string) => /^\d+$/.test(marker);
      let out = '';
      block.items.forEach((it, i) => {
        const text = esc(it.text);
        if (i > 0) out += alone(it.marker) || alone(block.items[i - 1]!.marker) ? '\n\n' : '\n';
        out += alone(it.marker) ? (text ? `${it.marker}\n\n${text}` : it.marker) : `${it.marker} ${text}`.trimEnd();
      });
      return out;
    }
    case 'table': {
      const rows = [...block.header, ...block.rows].map((r) => r.cells.map((c) => esc(c.text)).join('\t'));
      const columns = [...block.header, ...block.rows].reduce((n, r) => Math.max(n, r.cells.length), 2);
      if (block.title !== null) rows.unshift(`${esc(block.title)}${'\t'.repeat(columns - 1)}`);
      return rows.join('\n');
    }
  }
}
