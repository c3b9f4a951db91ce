import type { AttendanceWords } from '../interpret/attendance.js';
import { alternation } from '../layout/shapes.js';
import type { Participant } from '../model/meeting.js';
import { parseParticipant } from './build-front-matter.js';
import type { BuildContext } from './context.js';
import type { HeadField, HeadLine } from './read-header.js';

/**
 * The member list of the header as the line reader finds it, for the layouts the field builder
 * misreads: one name per line with blank lines between, bullets, two columns
 * (`Anne Holm (A)        Bo Berg (V)`), run-on lists (`Anne Holm deltog Bo Berg deltog …`,
 * `Anne Holm (A) Bo Berg (V) …`). The list ends at the next label or at the first line that
 * holds no name, so a secretary, a page header or a date under an empty label is no member.
 */
export function readMembers(ctx: BuildContext, lines: readonly HeadLine[], head: readonly HeadField[]): Participant[] {
  const out: Participant[] = [];
  const absentLabel = new Set<Participant>();
  const labelLines = new Set(head.map((f) => f.line));
  for (const field of head) {
    if (field.key !== 'participants' && field.key !== 'absent') continue;
    const absent = field.key === 'absent';
    const line = lines[field.line]!;
    const sameLine = field.start >= line.start && field.start < line.start + line.text.length;
    const add = (names: Participant[]) => {
      out.push(...names);
      if (absent) for (const p of names) absentLabel.add(p);
    };
    if (sameLine && field.value) {
      add(namesIn(ctx, field.value, field.start, absent));
      continue;
    }
    for (let j = field.line + 1; j < lines.length; j++) {
      const { text, start } = lines[j]!;
      if (!text) continue;
      if (labelLines.has(j) || ctx.lookups.titleWord.test(text)) break;
      const names = namesIn(ctx, text, start, absent);
      if (!names.length) break;
      add(names);
    }
  }
  // Names under an absence label mark listed members absent; one not in the list is no member.
  const members = absentLabel.size ? out.filter((p) => !absentLabel.has(p)) : out;
  const keys = new Map(absentLabel.size ? members.map((p) => [p.name.toLowerCase(), p]) : []);
  for (const p of absentLabel) {
    const member = keys.get(p.name.toLowerCase());
    if (member) member.absent = true;
  }
  return members.sort((a, b) => a.range.start.offset - b.range.start.offset);
}

/**
 * The phrases after each name in a run-on list (`Anne Holm deltog Bo Berg var fraværende`), from
 * the dialect's attendance words: one of `presentPhrases`, or one of `absentPhrases`, which
 * marks the name absent. Compiled once per vocabulary (`defineDialect` freezes it).
 */
interface RunOn {
  /** Global: `namesIn` walks the matches. */
  phrase: RegExp;
  absent: Set<string>;
}

const runOns = new WeakMap<AttendanceWords, RunOn>();

function runOnOf(words: AttendanceWords): RunOn {
  let r = runOns.get(words);
  if (!r) {
    const phrases = [...(words.presentPhrases ?? []), ...words.absentPhrases];
    r = {
      phrase: new RegExp(`\\s+(${alternation(phrases)})(?=\\s|$)`, 'giu'),
      absent: new Set(words.absentPhrases.map(phraseKey)),
    };
    runOns.set(words, r);
  }
  return r;
}

/** A phrase as matched, for lookups: lower case, single spaces. */
const phraseKey = (text: string) => text.toLowerCase().replace(/[\s\u00a0]+/g, ' ');

/* The patterns are compiled once, as module constants. */
/** A role after a name (` - formand`). */
const ROLE_AFTER = /\s+[-–]\s+\p{L}+$/u;
/** Up to five capitalised words at the end of a text. */
const NAME_AT_END = /(?:^|\s)((?:\p{Lu}[\p{L}'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]*)$/u;
const UPPER = /\p{Lu}/u;
/** A capitalised word of a name (`Holm`, `Berg-Hansen`), and an initial (`K.`). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const INITIAL = /^\p{Lu}\.$/u;

/** The names in one line of a member list (offsets from `start`). */
function namesIn(ctx: BuildContext, text: string, start: number, absent: boolean): Participant[] {
  const pieces: { from: number; to: number; absent: boolean }[] = [];
  const runOn = runOnOf(ctx.lookups.dialect.vocabulary.attendance);
  const RUN_ON = runOn.phrase;
  RUN_ON.lastIndex = 0;
  if (RUN_ON.test(text)) {
    RUN_ON.lastIndex = 0;
    let from = 0;
    for (let m = RUN_ON.exec(text); m; m = RUN_ON.exec(text)) {
      pieces.push({ from, to: m.index, absent: absent || runOn.absent.has(phraseKey(m[1]!)) });
      from = m.index + m[0].length;
    }
    if (from < text.length) pieces.push({ from, to: text.length, absent });
  } else {
    split(text, 0, text.length, (from, to) => pieces.push({ from, to, absent }));
  }
  const out: Participant[] = [];
  for (const piece of pieces) {
    let a = piece.from;
    let b = piece.to;
    while (a < b && /[\s,*\-–•·▪◦\uf0b7]/.test(text[a]!)) a++;
    while (b > a && /[\s,.*]/.test(text[b - 1]!)) b--;
    const raw = text.slice(a, b).replace(ROLE_AFTER, '');
    let parsed = parseParticipant(raw);
    let named = parsed.name !== '' && isName(parsed.name);
    if (parsed.name && parsed.name.length <= 120 && !named) {
      // `Borgmesterens mødelokale Johnny Søtrup (V)`: a name after words of another column.
      const tail = NAME_AT_END.exec(parsed.name);
      if (tail && tail.index > 0) {
        a += raw.indexOf(tail[1]!);
        parsed = { ...parsed, name: tail[1]! };
        named = isName(parsed.name);
      }
    }
    if (!parsed.name) {
      const previous = out[out.length - 1];
      if (previous && parsed.party && !previous.party) previous.party = parsed.party;
      continue;
    }
    if (!named) continue;
    const range = ctx.lines.range(start + a, start + b);
    out.push({ type: 'participant', name: parsed.name, party: parsed.party, absent: parsed.absent || piece.absent, substitute: null, range });
  }
  return out;
}

/** Splits at commas outside parentheses, ` og `, runs of 3+ spaces (columns) and `) ` before a capital. */
function split(text: string, from: number, to: number, emit: (from: number, to: number) => void): void {
  let depth = 0;
  let seg = from;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && text[i + 1] === ' ' && UPPER.test(text[i + 2] ?? '')) {
        emit(seg, i + 1);
        seg = i + 1;
      }
    } else if (depth === 0 && c === ',' && !/^\s*\(/.test(text.slice(i + 1, i + 4))) {
      emit(seg, i);
      seg = i + 1;
    } else if (depth === 0 && c === ' ' && (text.startsWith('   ', i) || text.startsWith(' og ', i))) {
      emit(seg, i);
      while (text[i] === ' ') i++;
      if (text.startsWith('og ', i)) i += 3;
      seg = i;
      i--;
    }
  }
  emit(seg, to);
}

/** Lower-case words that occur inside Danish names (`Dorthe la Cour`, `Magnus von Dreiager`). */
const PARTICLES = new Set(['la', 'le', 'de', 'von', 'van', 'af', 'du', 'da', 'di']);

/** Whether a text reads as a person's name: two to six capitalised words, no digits or colon. */
export function isName(name: string): boolean {
  if (name.length > 60 || /[\d:;/]/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w) => PARTICLES.has(w) || NAME_WORD.test(w) || INITIAL.test(w));
}
