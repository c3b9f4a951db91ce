import type { Report } from '../diagnostics/report.js';
import type { CaseNumber } from '../model/agenda.js';
import type { Decision } from '../model/decision.js';
import type { Referat } from '../model/document.js';
import { type AttendanceWords, attendanceMemo } from './attendance.js';
import type { HistoryLabels } from './decisions.js';
import type { OutcomePhrase } from './outcome.js';
import { readDecisions } from './decisions.js';
import { isClosed, readAttachments, readAuthority, readMunicipality, readRecommendation } from './item-fields.js';
import { applyMembersTable } from './meeting-attendance.js';
import type { LineIndex } from '../lexer/line-index.js';
import { nameLinker } from './names.js';
import { readCaseNumber } from './case-number.js';

/** What interpretation needs besides the tree. */
export interface InterpretContext {
  input: string;
  /** Positions in `input`, as the builder computed them. */
  lines: LineIndex;
  report: Report;
  outcomes: readonly OutcomePhrase[];
  attendance: AttendanceWords;
  /** Labels of earlier decisions written as fields (`Vocabulary.historyLabels`). */
  history?: HistoryLabels;
  kleTitles?: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
}

/** Fills a case number's KLE parts and title from `raw`; warns when it is KLE-like but malformed. */
function readCaseNumberInto(cn: CaseNumber, ctx: InterpretContext): void {
  const parts = readCaseNumber(cn.raw);
  // Field by field, in the order of `CaseNumberParts` (an object rest and `Object.assign` cost more).
  cn.scheme = parts.scheme;
  cn.subject = parts.subject;
  cn.facet = parts.facet;
  cn.sequence = parts.sequence;
  cn.year = parts.year;
  const titles = ctx.kleTitles;
  const title = cn.subject && titles ? (titles instanceof Map ? titles.get(cn.subject) : (titles as Record<string, string>)[cn.subject]) : undefined;
  cn.title = typeof title === 'string' ? title : null;
  if (parts.malformed) {
    ctx.report('case-number-malformed', cn.range, `“${cn.raw}” looks like a KLE number but does not fit the form 00.00.00-X00-N-YY.`, 'warning');
  }
}

/**
 * The last stage: reads what readers ask for out of the built tree, in place: decisions with
 * their outcome, parts, votes and attendance; the meeting's attendance from the members table;
 * recommendation, authority, attachments, closed items; KLE case-number parts; the
 * municipality. It reads blocks and sections only, so a tree built in code can be interpreted
 * the same way.
 */
export function interpret(document: Referat, ctx: InterpretContext): void {
  applyMembersTable(document, ctx.attendance);
  const participants = document.participants.map((p) => p.name);
  const link = nameLinker(participants);
  const decisionCtx = { committee: document.committee, date: document.date, outcomes: ctx.outcomes, attendance: ctx.attendance, history: ctx.history ?? null, report: ctx.report, attendanceMemo: attendanceMemo() };
  // (Indexed: this loop runs once per parse, before it is optimised, and a for-of would allocate
  // an iterator result per item.)
  const { items } = document;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    item.decisions = readDecisions(item, decisionCtx);
    const current = lastCurrent(item.decisions);
    if (current) {
      item.attendance = current.attendance;
      linkAbsent(current, participants.length ? link : null, ctx);
    }
    item.recommendation = readRecommendation(item);
    item.authority = readAuthority(item);
    item.attachments = readAttachments(item, ctx.lines);
    item.closed = isClosed(item);
    if (item.caseNumber) readCaseNumberInto(item.caseNumber, ctx);
  }
  document.municipality = readMunicipality(ctx.input);
}

/**
 * Links the absent members of the meeting's own decision to the participants (`link` null when
 * the document names none), and says so where the name differs or matches no one.
 */
function linkAbsent(decision: Decision, link: ReturnType<typeof nameLinker> | null, ctx: InterpretContext): void {
  for (const person of decision.attendance.absent) {
    const linked = link ? link(person.name) : null;
    if (linked) {
      person.participant = linked.participant;
      person.fuzzy = linked.fuzzy;
      if (linked.fuzzy) {
        ctx.report('attendance-name-fuzzy', person.range, `“${person.name}” is taken to be the participant “${linked.participant}”, spelled differently.`, 'info');
      }
    } else if (link) {
      ctx.report('attendance-name-unmatched', person.range, `“${person.name}” is not among the meeting's participants.`, 'info');
    }
  }
}

/** The last of the decisions that is the meeting's own, if any. */
function lastCurrent(decisions: readonly Decision[]): Decision | undefined {
  for (let i = decisions.length - 1; i >= 0; i--) if (decisions[i]!.current) return decisions[i];
  return undefined;
}
