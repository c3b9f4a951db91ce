import type { CstNode, IToken } from 'chevrotain';
import type { Block } from '../model/blocks.js';
import type { Item } from '../model/agenda.js';
import type { HeaderField, Participant } from '../model/meeting.js';
import type { ReferatParser } from '../parser/parser.js';
import { type Draft, finishBlocks, listDrafts, paragraphDrafts, tableDraft } from './build-blocks.js';
import {
  type TocDraft,
  buildHeaderField,
  participantsFromSpan,
  tocEntries,
  valueStart,
} from './build-front-matter.js';
import { type SectionDraft, buildItem, itemHead } from './build-item.js';
import { type BuildContext, lookupKey, tokenRange, tokenSpan, tokenText } from './context.js';

/** CST children by name, as Chevrotain hands them to a visitor method. */
type Ctx = Record<string, (CstNode | IToken)[] | undefined>;

/** What the front matter yields before the document is interpreted. */
export interface FrontMatter {
  header: HeaderField[];
  participants: Participant[];
  toc: TocDraft[];
  preamble: Block[];
}

/** A front-matter construct in document order. */
type FrontPart =
  | { kind: 'field'; field: HeaderField; token: IToken; rest: Draft[] }
  | { kind: 'toc'; field: HeaderField; entries: TocDraft[]; rest: Draft[] }
  | { kind: 'blocks'; drafts: Draft[] };

const tokens = (ctx: Ctx, name: string): IToken[] => (ctx[name] ?? []) as IToken[];
const nodes = (ctx: Ctx, name: string): CstNode[] => (ctx[name] ?? []) as CstNode[];

/**
 * Creates the CST visitor class for one parser (Chevrotain step3a): it turns the CST into the
 * model, delegating each construct to a `build-*.ts` function. One stateless instance is made
 * per dialect; per-parse state travels in the `BuildContext` argument.
 */
export function createBuilder(parser: ReferatParser): {
  document(cst: CstNode, ctx: BuildContext): { front: FrontMatter; items: Item[] };
} {
  const Base = parser.getBaseCstVisitorConstructor<BuildContext, unknown>();

  class Builder extends Base {
    constructor() {
      super();
      this.validateVisitor();
    }

    document(ctx: Ctx, b: BuildContext): { front: FrontMatter; items: Item[] } {
      const front = this.visit(nodes(ctx, 'frontMatter')[0]!, b) as FrontMatter;
      const items = nodes(ctx, 'agendaItem').map((n) => this.visit(n, b) as Item);
      return { front, items };
    }

    frontMatter(ctx: Ctx, b: BuildContext): FrontMatter {
      const front: FrontMatter = { header: [], participants: [], toc: [], preamble: [] };
      const parts = nodes(ctx, 'frontPart').map((n) => this.visit(n, b) as FrontPart);
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i]!;
        if (part.kind === 'toc') {
          front.header.push(part.field);
          front.toc.push(...part.entries);
          this.preamble(front, part.rest, b);
          continue;
        }
        if (part.kind === 'blocks') {
          const rest: Draft[] = [];
          for (const d of part.drafts) {
            const fields = labelRows(b, d);
            if (!fields) rest.push(d);
            else for (const f of fields) this.addField(front, f.field, f.valueStart, b);
          }
          this.preamble(front, rest, b);
          continue;
        }
        const { field } = part;
        const next = parts[i + 1];
        // A label alone on its line takes the text or list that follows it as its value (not
        // the title word: `Referat` or `Dagsorden` alone is often just a page label).
        const value = !field.value && field.key !== 'title' && next?.kind === 'blocks' ? next.drafts[0] : undefined;
        if (value && (value.block.type === 'paragraph' || value.block.type === 'list')) {
          field.value = draftText(value);
          field.range = { start: field.range.start, end: value.block.range.end };
          front.header.push(field);
          if (field.key === 'participants' || field.key === 'absent') {
            const spans =
              value.block.type === 'list'
                ? value.block.items.map((it) => [it.range.start.offset, it.range.end.offset] as const)
                : [[tokenSpan(b, value.first)[0], tokenSpan(b, value.last)[1]] as const];
            for (const [start, end] of spans) {
              front.participants.push(...participantsFromSpan(b, start, end, field.key === 'absent'));
            }
          }
          this.preamble(front, next!.kind === 'blocks' ? next!.drafts.slice(1) : [], b);
          i++;
          continue;
        }
        this.addField(front, field, valueStart(b, part.token, field.label), b);
        this.preamble(front, part.rest, b);
      }
      return front;
    }

    /** Adds a header field, and the participants it names when it is a participants field. */
    private addField(front: FrontMatter, field: HeaderField, valueStart: number, b: BuildContext): void {
      front.header.push(field);
      if (field.key !== 'participants' && field.key !== 'absent') return;
      front.participants.push(...participantsFromSpan(b, valueStart, field.range.end.offset, field.key === 'absent'));
    }

    private preamble(front: FrontMatter, drafts: Draft[], b: BuildContext): void {
      for (const block of finishBlocks(drafts, null)) {
        b.report(
          'unrecognised-front-matter',
          block.range,
          'This text before the first item is neither a header field nor the table of contents; it is kept in the preamble.',
          'info',
        );
        front.preamble.push(block);
      }
    }

    frontPart(ctx: Ctx, b: BuildContext): FrontPart {
      for (const rule of ['titleLine', 'headerField', 'toc', 'frontText']) {
        const node = nodes(ctx, rule)[0];
        if (node) return this.visit(node, b) as FrontPart;
      }
      for (const rule of ['list', 'table']) {
        const node = nodes(ctx, rule)[0];
        if (node) return { kind: 'blocks', drafts: this.visit(node, b) as Draft[] };
      }
      const stray = tokens(ctx, 'SectionStart')[0]!;
      const range = tokenRange(b, stray);
      b.report('stray-heading', range, 'A section heading stands before the first agenda item.', 'info');
      const block: Block = { type: 'heading', text: tokenText(b, stray), range };
      return { kind: 'blocks', drafts: [{ block, first: stray, last: stray, lines: 1, markdownHeading: false }] };
    }

    titleLine(ctx: Ctx, b: BuildContext): FrontPart {
      return this.field(b, 'title', tokens(ctx, 'Title')[0]!, tokens(ctx, 'PlainLine'));
    }

    headerField(ctx: Ctx, b: BuildContext): FrontPart {
      return this.field(b, 'label', tokens(ctx, 'HeaderLabel')[0]!, tokens(ctx, 'PlainLine'));
    }

    private field(b: BuildContext, kind: 'title' | 'label', token: IToken, lines: IToken[]): FrontPart {
      const { field, rest } = buildHeaderField(b, kind, token, lines);
      return { kind: 'field', field, token, rest: rest.length ? paragraphDrafts(b, rest) : [] };
    }

    toc(ctx: Ctx, b: BuildContext): FrontPart {
      const heading = tokens(ctx, 'TocHeading')[0]!;
      const { entries, rest } = tocEntries(b, tokens(ctx, 'TocLine'));
      return {
        kind: 'toc',
        field: buildHeaderField(b, 'toc', heading, []).field,
        entries,
        rest: rest.length ? paragraphDrafts(b, rest) : [],
      };
    }

    frontText(ctx: Ctx, b: BuildContext): FrontPart {
      return { kind: 'blocks', drafts: paragraphDrafts(b, tokens(ctx, 'PlainLine')) };
    }

    agendaItem(ctx: Ctx, b: BuildContext): Item {
      const opener = tokens(ctx, 'ItemStart')[0]!;
      const blockNodes = nodes(nodes(ctx, 'blocks')[0]!.children as Ctx, 'block');
      // The item's first text lines may wrap its title and hold the case number.
      let head: ReturnType<typeof itemHead> = { titleLines: [], caseToken: null, rest: [] };
      const drafts: Draft[] = [];
      blockNodes.forEach((node, index) => {
        const paragraph = nodes(node.children as Ctx, 'paragraph')[0];
        if (index === 0 && paragraph) {
          head = itemHead(b, opener, tokens(paragraph.children as Ctx, 'BodyLine'));
          drafts.push(...paragraphDrafts(b, head.rest));
        } else drafts.push(...(this.visit(node, b) as Draft[]));
      });
      const sections = nodes(ctx, 'section').map((n) => this.visit(n, b) as SectionDraft);
      return buildItem(b, opener, head, drafts, sections);
    }

    section(ctx: Ctx, b: BuildContext): SectionDraft {
      const heading = tokens(ctx, 'SectionStart')[0]!;
      return { heading, drafts: this.visit(nodes(ctx, 'blocks')[0]!, b) as Draft[] };
    }

    blocks(ctx: Ctx, b: BuildContext): Draft[] {
      return nodes(ctx, 'block').flatMap((n) => this.visit(n, b) as Draft[]);
    }

    block(ctx: Ctx, b: BuildContext): Draft[] {
      for (const rule of ['paragraph', 'list', 'table']) {
        const node = nodes(ctx, rule)[0];
        if (node) return this.visit(node, b) as Draft[];
      }
      return [];
    }

    paragraph(ctx: Ctx, b: BuildContext): Draft[] {
      return paragraphDrafts(b, tokens(ctx, 'BodyLine'));
    }

    list(ctx: Ctx, b: BuildContext): Draft[] {
      return listDrafts(b, [...tokens(ctx, 'ListItem'), ...tokens(ctx, 'ListLine')]);
    }

    table(ctx: Ctx, b: BuildContext): Draft[] {
      return [tableDraft(b, tokens(ctx, 'TableRow'))];
    }
  }

  const builder = new Builder();
  return {
    document: (cst, b) => builder.visit(cst, b) as { front: FrontMatter; items: Item[] },
  };
}

/**
 * A front-matter table whose rows all start with a header label (`Mødedato⇥Torsdag …`) is a
 * set of header fields written with TABs; returns them, or null for a real table.
 */
function labelRows(b: BuildContext, d: Draft): { field: HeaderField; valueStart: number }[] | null {
  if (d.block.type !== 'table') return null;
  const out: { field: HeaderField; valueStart: number }[] = [];
  for (const row of d.block.rows) {
    const [label, ...cells] = row.cells;
    const key = label && b.lookups.headerKeys.get(lookupKey(label.text.replace(/[*_]/g, '')));
    if (!key || !cells.length) return null;
    out.push({
      field: {
        type: 'headerField',
        key,
        label: label.text.replace(/[*_:]/g, '').trim(),
        value: cells.map((c) => c.text).filter(Boolean).join(' '),
        range: row.range,
      },
      valueStart: cells[0]!.range.start.offset,
    });
  }
  return out;
}

function draftText(d: Draft): string {
  const { block } = d;
  if (block.type === 'list') return block.items.map((i) => i.text).join(', ');
  if (block.type === 'table') return block.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join(', ');
  return block.text;
}
