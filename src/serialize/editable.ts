import type { Block, TableRow } from '../model/blocks.js';
import type { Referat } from '../model/document.js';

/** Called for each editable field: the node and the field's name. */
export type EditableVisitor = (node: object, field: string) => void;

/**
 * Visits the editable fields of a document in document order (see `docs/serialize.md`): header
 * field values, TOC entry titles, item titles, case numbers, section headings, table titles and
 * the text of paragraphs, headings, list items and table cells. `rememberSource` records them
 * at parse time; `serialize` walks them again to find what changed, so the two walks must agree,
 * which is why there is one ({@link walkFields}).
 */
export function walkEditable(document: Referat, visit: EditableVisitor): void {
  walkFields(document, visit, ignore);
}

/**
 * Visits the printed fields lossless mode does not write, in document order: header field
 * labels, TOC entry labels and pages, item numbers and labels, list item markers. They stand in
 * the source too (`Punkt 3:`, `.....12`, `2.`), but a change to them is not written; remembered
 * at parse time so that `serialize` refuses such a change instead of dropping it.
 */
export function walkPrinted(document: Referat, visit: EditableVisitor): void {
  walkFields(document, ignore, visit);
}

function ignore(): void {}

/**
 * Visits the editable fields ({@link walkEditable}) and the printed ones ({@link walkPrinted})
 * in one walk: each visitor sees its fields in document order, as the walk of its own would
 * show them. `rememberSource` records both at once: a document of short lines has a block per
 * line, and each walk over them reads every block from memory again.
 */
export function walkFields(document: Referat, editable: EditableVisitor, printed: EditableVisitor): void {
  for (const h of document.header) {
    editable(h, 'value');
    printed(h, 'label');
  }
  for (const e of document.toc) {
    editable(e, 'title');
    printed(e, 'label');
    printed(e, 'page');
  }
  blocks(document.preamble, editable, printed);
  for (const item of document.items) {
    editable(item, 'title');
    printed(item, 'number');
    printed(item, 'label');
    if (item.caseNumber) editable(item.caseNumber, 'raw');
    for (const s of item.sections) {
      editable(s, 'heading');
      blocks(s.blocks, editable, printed);
    }
  }
}

// Functions of the module, not closures made per call: a closure made anew by each parse runs
// its loop unoptimised, allocating an iterator result per block. Indexed loops over the blocks
// (a document of short lines has one per line) for the same reason.
function blocks(list: readonly Block[], editable: EditableVisitor, printed: EditableVisitor): void {
  for (let i = 0; i < list.length; i++) {
    const b = list[i]!;
    if (b.type === 'paragraph' || b.type === 'heading') editable(b, 'text');
    else if (b.type === 'list') {
      for (const it of b.items) {
        editable(it, 'text');
        printed(it, 'marker');
      }
    } else {
      editable(b, 'title');
      cells(b.header, editable);
      cells(b.rows, editable);
    }
  }
}

function cells(rows: readonly TableRow[], visit: EditableVisitor): void {
  for (let i = 0; i < rows.length; i++) {
    const { cells } = rows[i]!;
    for (let k = 0; k < cells.length; k++) visit(cells[k]!, 'text');
  }
}

/**
 * The path of `target` in `document` (`items[0].sections[1].blocks[2]`), found by search: only
 * asked for to name a fault, so the walks above need not carry paths.
 */
export function pathOf(document: object, target: object): string {
  const seen = new Set<object>();
  const search = (value: unknown, path: string): string | null => {
    if (value === target) return path;
    if (!value || typeof value !== 'object' || seen.has(value)) return null;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const found = search(value[i], `${path}[${i}]`);
        if (found !== null) return found;
      }
      return null;
    }
    for (const [key, v] of Object.entries(value)) {
      if (key === 'range' || key === 'headingRange' || key === 'titleRange') continue;
      const found = search(v, path ? `${path}.${key}` : key);
      if (found !== null) return found;
    }
    return null;
  };
  return search(document, '') ?? '(a node no longer in the document)';
}
