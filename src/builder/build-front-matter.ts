import type { IToken } from 'chevrotain';
import type { HeaderField, HeaderKey, Participant, TocEntry } from '../model/meeting.js';
import { continuesLine, joinLines, plainText, trimEndOf } from '../text/plain.js';
import type { HeaderWords } from './header-words.js';
import {
  type BuildContext,
  breakBetween,
  lookupKey,
  tokenEnd,
  tokenSpan,
  tokenText,
  tokensRange,
} from './context.js';

/**
 * Builds a header field from its label line and the lines that continue it. The label is the
 * vocabulary word the line opens with; the value is the rest. A label alone on its line takes
 * the next line as its value; after that, a line joins the value only when it wraps the line
 * before (participant lists always wrap). Lines that do not join are returned as `rest`, for
 * the preamble. See `docs/document-tree.md#headerfield`.
 */
export function buildHeaderField(
  ctx: BuildContext,
  kind: 'title' | 'label' | 'toc',
  first: IToken,
  continuation: readonly IToken[],
): { field: HeaderField; rest: IToken[] } {
  const text = tokenText(ctx, first);
  const { lookups } = ctx;
  const pattern = kind === 'title' ? lookups.titleWord : lookups.headerLabel;
  const m = kind === 'toc' ? null : pattern.exec(text);
  const label = m ? m[0].replace(/[*_]/g, '').replace(/\s*:$/, '').trim() : text;
  const head = m ? text.slice(m[0].length).replace(/^[\s:*_]+/, '') : '';
  let key: HeaderKey = 'toc';
  if (kind === 'title') key = 'title';
  else if (kind === 'label') key = lookups.headerKeys.get(lookupKey(label)) ?? 'other';
  const names = key === 'participants' || key === 'absent';
  const lines = [head];
  let last = first;
  let i = 0;
  for (; i < continuation.length; i++) {
    const next = tokenText(ctx, continuation[i]!);
    const previous = lines[lines.length - 1]!;
    if (previous && !names && !continuesLine(previous, next)) break;
    // A label alone takes no line that opens with another label and its colon, or is one, as
    // its value (`Fraværende:` / `Bemærkninger: …`, `Mødedato:` / `Mødevarighed:`: the pieces of
    // a flattened page whose values were lost); nor does a list of names run on into one
    // (`Afbud/Fraværende` / `Sekretær` / the secretary's name).
    if ((!previous || names) && isLabelLine(lookups.header, next)) break;
    lines.push(next);
    last = continuation[i]!;
  }
  const field: HeaderField = {
    type: 'headerField',
    key,
    label,
    value: joinLines(lines),
    range: tokensRange(ctx, first, last),
  };
  return { field, rest: continuation.slice(i) };
}

/**
 * Whether `text` is a header label (the lexer's or the header reader's) alone, or opens with one
 * and its colon.
 */
export function isLabelLine(words: HeaderWords, text: string): boolean {
  const m = words.lineLabel.exec(text);
  return m !== null && /^[*_]*[ \u00a0]*(?::|$)/.test(text.slice(m[0].length));
}

/**
 * Reads participants from a span of the input: names split on commas (outside parentheses) and
 * on ` og `; a line break splits names only after `)` or when the span has no commas at all, so
 * a name wrapped over two lines stays one name. `(V)` is the party, `(Afbud)` marks absence,
 * and a part that is only `(A)` gives the party of the name before it.
 */
export function participantsFromSpan(
  ctx: BuildContext,
  start: number,
  end: number,
  absent: boolean,
): Participant[] {
  const raw = ctx.input.slice(start, end);
  const noCommas = !raw.includes(',');
  const out: Participant[] = [];
  let depth = 0;
  let segStart = 0;
  const emit = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && /[\s,*\-–•·▪◦\uf0b7]/.test(raw[a]!)) a++;
    while (b > a && /[\s,*.]/.test(raw[b - 1]!)) b--;
    if (a === b) return;
    const parsed = parseParticipant(plainText(raw.slice(a, b), ctx.markdown));
    const range = ctx.lines.range(start + a, start + b);
    if (!parsed.name) {
      const previous = out[out.length - 1];
      if (previous && parsed.party && !previous.party) {
        previous.party = parsed.party;
        previous.range = { start: previous.range.start, end: range.end };
      }
      return;
    }
    out.push({ type: 'participant', ...parsed, absent: parsed.absent || absent, substitute: null, range });
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === ',') {
      emit(segStart, i);
      segStart = i + 1;
    } else if (depth === 0 && (c === '\n' || c === '\r')) {
      const before = raw.slice(segStart, i).trimEnd();
      if (noCommas || before.endsWith(')')) {
        emit(segStart, i);
        segStart = i + 1;
      }
    } else if (depth === 0 && c === ' ' && raw.startsWith(' og ', i)) {
      emit(segStart, i);
      segStart = i + 4;
      i += 3;
    }
  }
  emit(segStart, raw.length);
  return out;
}

/** Splits `Henrik Gregersen (V)` / `Claus Jørgensen (Afbud)` / `Lolan Ottesen (A) - formand`. */
export function parseParticipant(text: string): { name: string; party: string | null; absent: boolean } {
  let party: string | null = null;
  let absent = false;
  const open = text.indexOf('(');
  let name = open < 0 ? text : text.slice(0, open);
  // Most names are spaced with single spaces already.
  if (ODD_SPACE.test(name)) name = name.replace(/\s+/g, ' ');
  name = trimEndOf(name, ',', true).trim();
  // Without a bracket, no part in brackets.
  if (open >= 0) {
    BRACKETED.lastIndex = 0;
    for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
      const inner = m[1]!.trim();
      if (/^afbud$/i.test(inner)) absent = true;
      else if (!party && inner) party = inner;
    }
  }
  return { name, party, absent };
}

/** Whitespace that `replace(/\s+/g, ' ')` changes: a run of two, or one that is no space. */
const ODD_SPACE = /\s\s|[^\S ]/;
/** A part in brackets (global: read with `exec` from `lastIndex` 0). */
const BRACKETED = /\(([^()]{1,40})\)/g;

/** The offset where a header field's value starts on its first line (after the label). */
export function valueStart(ctx: BuildContext, token: IToken, label: string): number {
  const [start, end] = tokenSpan(ctx, token);
  const at = ctx.input.slice(start, end).toLowerCase().indexOf(label.toLowerCase());
  let i = at < 0 ? start : start + at + label.length;
  while (i < end && /[\s:*_]/.test(ctx.input[i]!)) i++;
  return i;
}

/** A table-of-contents entry before it is matched to an item. */
export interface TocDraft {
  entry: TocEntry;
  /** Item number printed in front of the title (`1. Meddelelser`), if any. */
  printedNumber: number | null;
  /** The text that printed it (`2.`, `Punkt 2`), put back in the title if it names no item. */
  printed: string;
  /**
   * A line with neither page nor number (a TOC without page numbers): an entry only if it
   * matches an item's title; otherwise it goes back to the preamble as a paragraph.
   */
  tentative: boolean;
}

/**
 * Reads table-of-contents entries from the lines under the TOC heading: `Title.....⇥3`,
 * `Title ........ 3`, `1. Title      3`; a line without a page that follows an entry without one
 * continues it (a wrapped title); a line with neither page nor number is a tentative entry,
 * kept only if it matches an item. Lines that are no entry are returned for the preamble.
 */
export function tocEntries(
  ctx: BuildContext,
  lines: readonly IToken[],
): { entries: TocDraft[]; rest: IToken[][] } {
  const entries: TocDraft[] = [];
  // Runs of lines that are no entry; an entry between two lines separates their paragraphs.
  const rest: IToken[][] = [];
  let run: IToken[] | null = null;
  let open: { draft: TocDraft; first: IToken; title: string[] } | null = null;
  let previous: IToken | null = null;
  // The highest page an entry has so far: pages in a TOC do not go back.
  let lastPage = 0;
  const aloneNumber = (token: IToken | undefined) => (token ? /^(\d{1,4})\.?$/.exec(tokenText(ctx, token)) : null);
  for (let i = 0; i < lines.length; i++) {
    const token = lines[i]!;
    // Pages are set on the last entry only, so it holds the highest one read so far.
    lastPage = Math.max(lastPage, entries[entries.length - 1]?.entry.page ?? 0);
    const adjacent = previous !== null && !breakBetween(ctx, tokenEnd(previous), token.startOffset);
    const runGoesOn = run !== null && run[run.length - 1] === previous;
    previous = token;
    const parsed = parseTocLine(ctx, token);
    // Columns extracted one cell per line: the number alone, the title, the page alone.
    const alone = aloneNumber(token);
    if (alone) {
      const n = Number(alone[1]);
      const titled = open !== null && open.draft.entry.page === null && open.title.some(Boolean);
      const expected = open?.draft.printedNumber != null ? open.draft.printedNumber + 1 : null;
      // A title wrapped before a number (`Evaluering af resultatmål for` / `2014`), then the page:
      // two numbers, neither the next entry's, the second a page that does not go back.
      const following = aloneNumber(lines[i + 1]);
      const followingPage = following ? Number(following[1]) : null;
      if (
        titled &&
        expected !== null &&
        n !== expected &&
        followingPage !== null &&
        followingPage !== expected &&
        followingPage >= lastPage &&
        !breakBetween(ctx, tokenEnd(token), lines[i + 1]!.startOffset)
      ) {
        open!.title.push(parsed.title);
        open!.draft.entry.title = joinLines(open!.title);
        open!.draft.entry.range = tokensRange(ctx, open!.first, token);
        continue;
      }
      if (titled && expected !== null && n !== expected) {
        open!.draft.entry.page = n;
        open!.draft.entry.range = tokensRange(ctx, open!.first, token);
        open = null;
        continue;
      }
      const draft: TocDraft = {
        entry: { type: 'tocEntry', title: '', page: null, itemNumber: null, label: null, range: tokensRange(ctx, token, token) },
        printedNumber: n,
        printed: alone[0],
        tentative: false,
      };
      entries.push(draft);
      open = { draft, first: token, title: [] };
      continue;
    }
    if (open && open.draft.entry.page === null && open.draft.printedNumber !== null && adjacent && parsed.number === null) {
      open.title.push(parsed.title);
      open.draft.entry.title = joinLines(open.title);
      open.draft.entry.page = parsed.page;
      open.draft.entry.range = tokensRange(ctx, open.first, token);
      continue;
    }
    // A bulleted entry is an entry even without number or page (`- Godkendelse af dagsorden`).
    const bulleted = token.tokenType.name === 'ListItem' && /^[-–•·*\uf0b7]/.test(tokenText(ctx, token));
    const tentative = parsed.page === null && parsed.number === null && !bulleted;
    if (tentative && !/^[A-ZÆØÅ0-9"'“«]/.test(parsed.title)) {
      open = null;
      if (runGoesOn) run!.push(token);
      else rest.push((run = [token]));
      continue;
    }
    const draft: TocDraft = {
      entry: {
        type: 'tocEntry',
        title: parsed.title,
        page: parsed.page,
        itemNumber: null,
        label: null,
        range: tokensRange(ctx, token, token),
      },
      printedNumber: parsed.number,
      printed: parsed.printed,
      tentative,
    };
    entries.push(draft);
    open = tentative ? null : { draft, first: token, title: [parsed.title] };
  }
  return { entries, rest };
}

function parseTocLine(ctx: BuildContext, token: IToken): { title: string; page: number | null; number: number | null; printed: string } {
  let text: string;
  let page: number | null = null;
  if (token.tokenType.name === 'TableRow') {
    const cells = token.image.replace(/[\r\n]+$/, '').split('\t').map((c) => plainText(c, ctx.markdown));
    const last = cells[cells.length - 1]!;
    if (cells.length >= 2 && /^\d{1,4}$/.test(last)) {
      page = Number(last);
      cells.pop();
    }
    text = cells.filter(Boolean).join(' ');
  } else {
    text = tokenText(ctx, token);
    const split = splitPage(text);
    if (split) ({ title: text, page } = split);
  }
  text = stripLeader(text).replace(/^[-–•·*\uf0b7][ \t\u00a0]+(?=\D)/, '');
  let number: number | null = null;
  let printed = '';
  if (token.tokenType.name !== 'TableRow') {
    // `åbent 3 Title`, `Punkt 3 Title`, `- 3. Title`: a status word, label or bullet first.
    const m = /^(?:[-–•·*\uf0b7][ \t\u00a0]*)?(?:(?:åben|åbent|lukket)[ \t\u00a0]+)?(?:(?:punkt|pkt\.?)[ \u00a0]*)?(\d{1,4})[.:]?[ \t\u00a0]+(?=\S)/i.exec(text);
    if (m) {
      number = Number(m[1]);
      printed = m[0].trim();
      text = text.slice(m[0].length);
    }
  }
  return { title: text.trim(), page, number, printed };
}

/** `Title ........ 12` / `Title      12` → title and page (the leader must be 2+ dots or spaces). */
function splitPage(text: string): { title: string; page: number } | null {
  let end = text.length;
  let d = end;
  while (d > 0 && text.charCodeAt(d - 1) >= 48 && text.charCodeAt(d - 1) <= 57) d--;
  if (d === end || end - d > 4) return null;
  let k = d;
  let dots = 0;
  let spaces = 0;
  while (k > 0 && ' .…'.includes(text[k - 1]!)) {
    if (text[k - 1] === ' ') spaces++;
    else dots++;
    k--;
  }
  if (dots < 2 && spaces < 2) return null;
  const title = text.slice(0, k).trim();
  return title ? { title, page: Number(text.slice(d, end)) } : null;
}

/** Removes a dot leader (`.....`, `…`) and spaces from the end of a title. */
function stripLeader(text: string): string {
  let k = text.length;
  while (k > 0 && ' .…'.includes(text[k - 1]!)) k--;
  // Keep a single closing full stop that belongs to the title (`Pkt.`), drop leaders of 2+.
  const tail = text.slice(k);
  return tail.trim() === '.' ? text.trimEnd() : text.slice(0, k);
}
