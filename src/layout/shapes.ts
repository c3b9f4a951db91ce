import type { Vocabulary } from '../dialect/vocabulary.js';
import { escapeRegExp } from '../lexer/patterns.js';
import { type FirstChars, firstChars } from '../text/first-chars.js';

/**
 * The line shapes layout inference reads, compiled once per dialect from its vocabulary
 * (`grammar/`): item openers in every numbered form, labelled item fields, case-number lines,
 * item metadata and status lines, and the family of decision headings. Every pattern is
 * anchored and linear: no two repeats compete for the same characters.
 */
export interface LayoutShapes {
  /** `Punkt 3 Title`, `Pkt. 7`, `Nr. 12 - Title`, `3. Title`, `3.Title`, `228Title`, `4a.`, `4.1 Title`, `3` alone. */
  numbered: RegExp;
  /**
   * `ØU-55/07-O Title`: an item labelled with the committee's abbreviation, its running number
   * and the year (`ØU-55/07`). Group 1 is the number, 2 the title.
   */
  committeeNumbered: RegExp;
  /** `Sag nr. 129` alone on a line, under the item's title. */
  numberUnder: RegExp;
  /** `Punktnummer: 3` (an item exported as labelled fields). */
  numberField: RegExp;
  /** `Navn: Title` (the title field of such an item). */
  titleField: RegExp;
  /** A status word before a title or alone (`Åbent`, `Lukket punkt`). */
  status: RegExp;
  /** A status word alone on its line. */
  statusLine: RegExp;
  /** `Dok.nr.: 2012-203438`, `Initialer: PIM`, `Sagsbehandler: Rikke Holm`. */
  metadata: RegExp;
  /** A case-number label, alone or before a number: group 1 is what follows it. */
  caseLabel: RegExp;
  /** `caseLabel`, sticky: where it ends is read from `lastIndex` (see `caseLabelEnd`), with no match array. */
  caseLabelAt: RegExp;
  /**
   * The ASCII characters (codes) each pattern may start with (see `mayStart`): a line
   * that starts with another ASCII character is not tried with it.
   */
  starts: {
    numbered: FirstChars;
    numberUnder: FirstChars;
    numberField: FirstChars;
    status: FirstChars;
    metadata: FirstChars;
    caseLabel: FirstChars;
  };
}

/** Bullets and space before an opener: `• 209. Title`, `  1  Title`. */
const LEAD = String.raw`(?:[-–•·▪◦*\uf0b7][ \t\u00a0]*)?`;
/** The ASCII characters of LEAD's bullets. */
const LEAD_ASCII = '-*';

/** The words of a list as one alternation, longest first, spaces matching any run of spaces. */
export function alternation(words: readonly string[]): string {
  if (!words.length) return '(?!)';
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.trim().split(/\s+/).map(escapeRegExp).join('[ \\u00a0]*'))
    .join('|');
}

/** Compiles the layout shapes of a vocabulary. */
export function layoutShapes(v: Readonly<Vocabulary>): LayoutShapes {
  const labels = alternation(v.itemLabels);
  const statuses = alternation(v.itemStatusWords);
  const caseLabel = String.raw`^${LEAD}(?:${alternation(v.caseNumberLabels)})(?![a-zæøå])[ \u00a0]*:?[ \u00a0]*`;
  return {
    // Group 1: the item label (`Punkt`), 2: the printed number (`4`, `4a`, `4.1`), 3: the title.
    numbered: new RegExp(
      String.raw`^${LEAD}(?:(${labels})[ \u00a0]*)?(\d{1,4}(?:[a-zæøå](?![a-zæøå])|\.\d{1,2}(?=[ \t\u00a0]))?)(?:[ \t\u00a0]*[.:)][ \t\u00a0]*(?:[-–][ \t\u00a0]+)?|[ \t\u00a0]+[-–][ \t\u00a0]+|[ \t\u00a0]+|(?=[A-ZÆØÅ][a-zæøå])|$)(.*)$`,
      'i',
    ),
    committeeNumbered: /^[A-ZÆØÅ]{1,5}-(\d{1,4})\/\d{2}(?:-[A-ZÆØÅ]{1,2})?[ \t\u00a0]+(\p{Lu}.*)$/u,
    numberUnder: new RegExp(String.raw`^(?:${labels})[ \u00a0]*(\d{1,4}[a-zæøå]?)[.:]?$`, 'i'),
    numberField: new RegExp(String.raw`^(?:${alternation(v.itemFields.number)})[ \u00a0]*:[ \u00a0]*(\d{1,4}[a-zæøå]?)$`, 'i'),
    titleField: new RegExp(String.raw`^(?:${alternation(v.itemFields.title)})[ \u00a0]*:[ \u00a0]*(\S.*)$`, 'i'),
    status: new RegExp(String.raw`^(?:${statuses})(?:[ \t\u00a0]+|$)`, 'i'),
    statusLine: new RegExp(String.raw`^(?:${statuses})[ \u00a0]*[.:]?$`, 'i'),
    metadata: new RegExp(String.raw`^(?:${alternation(v.itemMetadataLabels)})[ \u00a0]*:?[ \u00a0]*(?=\S|$)`, 'i'),
    caseLabel: new RegExp(caseLabel, 'i'),
    caseLabelAt: new RegExp(caseLabel, 'iy'),
    starts: {
      numbered: firstChars(v.itemLabels, `${LEAD_ASCII}0123456789`),
      numberUnder: firstChars(v.itemLabels),
      numberField: firstChars(v.itemFields.number),
      status: firstChars(v.itemStatusWords),
      metadata: firstChars(v.itemMetadataLabels),
      caseLabel: firstChars(v.caseNumberLabels, LEAD_ASCII),
    },
  };
}

/**
 * Case-number shapes, from the systems Danish municipalities use: KLE journal numbers
 * (`27.69.48-P35-1-22`, `00.01.00P35-0098`), `2011-29298`, `330-2019-1234`, `018520-2013`,
 * `12/27845`, `2007/34364`, `EMN-2025-010561`. A bare number (`312456`) counts only after a label.
 */
const CASE_SHAPE = String.raw`(?:\d{2}\.\d{2}\.\d{2}(?:[-.]?[A-ZÆØÅ]\d{2})?(?:-\d{1,7}){0,3}|\d{2}\.\d{2}\.\d{2}\d{3}(?:-\d{1,7}){0,3}|\d{2,4}-\d{3,}(?:-\d{1,7}){0,2}|\d{5,6}-\d{4}|\d{2,4}\/\d{2,7}|[A-ZÆØÅ]{2,6}-\d{4}-\d{3,})`;
/** After the number: nothing, a dash (`25-008754 -`), or other labelled fields (`, Sagsinitialer: hlp`). */
// (One space run, then a dash and another: two runs side by side, `[ ]*[-–]?[ ]*`, split a long
// run every way before failing, in time quadratic in it.)
const CASE_TAIL = String.raw`(?:[ \u00a0]*(?:[-–][ \u00a0]*)?$|[,;]?[ \t\u00a0]+[A-ZÆØÅ][A-Za-zÆØÅæøå.]*(?:[ \u00a0][A-Za-zÆØÅæøå.]+){0,2}[ \u00a0]*:.*$)`;
const CASE_ALONE = new RegExp(String.raw`^(${CASE_SHAPE})${CASE_TAIL}`);
const CASE_BARE = new RegExp(String.raw`^(${CASE_SHAPE}|\d{4,8})${CASE_TAIL}`);
/** CASE_BARE where the label ends (set `lastIndex`): the number read in place, not from a slice. */
const CASE_BARE_AT = new RegExp(String.raw`(${CASE_SHAPE}|\d{4,8})${CASE_TAIL}`, 'y');
/** `Åbent - 00.01.00A04 - 2007/34364`: status, KLE subject, case number (web pages of one system). */
const CASE_AFTER_SUBJECT = new RegExp(String.raw`^[A-ZÆØÅ][a-zæøå]+[ \u00a0]+-[ \u00a0]+\d{2}\.\d{2}\.\d{2}[A-ZÆØÅ0-9]*[ \u00a0]+-[ \u00a0]+(${CASE_SHAPE})[ \u00a0]*$`);

/** Where a case-number label that starts `text` ends, or -1 when none does. */
export function caseLabelEnd(shapes: LayoutShapes, text: string): number {
  const pattern = shapes.caseLabelAt;
  pattern.lastIndex = 0;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** What `readCaseLine` returns for a label with nothing after it (shared: never changed). */
const LABEL_ONLY: { labelOnly: true } = Object.freeze({ labelOnly: true });

/**
 * Reads a case-number line: the offsets of the number within `text`, or null. `labelOnly` is
 * true for a label with nothing after it (`Sagsnr.:`), whose number may stand on the next line.
 * `labelEnd` is where a case-number label that starts `text` ends (`caseLabelEnd`), when the
 * caller has it already.
 */
export function readCaseLine(
  shapes: LayoutShapes,
  text: string,
  labelEnd: number = caseLabelEnd(shapes, text),
): { start: number; end: number } | { labelOnly: true } | null {
  if (labelEnd >= 0) {
    const at = labelEnd;
    if (blankFrom(text, at)) return LABEL_ONLY;
    CASE_BARE_AT.lastIndex = at;
    const m = CASE_BARE_AT.exec(text);
    return m ? { start: at, end: at + m[1]!.length } : null;
  }
  const m = CASE_ALONE.exec(text);
  if (m) return { start: 0, end: m[1]!.length };
  const s = CASE_AFTER_SUBJECT.exec(text);
  if (s) return { start: text.length - s[1]!.length - (text.length - text.trimEnd().length), end: text.trimEnd().length };
  return null;
}

/** Whether `text` from `at` on is empty or white space. */
function blankFrom(text: string, at: number): boolean {
  if (at >= text.length) return true;
  // A visible ASCII character last: not blank (the usual case, as lines are trimmed).
  const last = text.charCodeAt(text.length - 1);
  if (last > 32 && last < 127) return false;
  return !text.slice(at).trim();
}

/** A bare case number alone on a line (the value under a `Sagsnr.:` label). */
export function readBareCaseNumber(text: string): { start: number; end: number } | null {
  const m = CASE_BARE.exec(text);
  return m ? { start: 0, end: m[1]!.length } : null;
}
