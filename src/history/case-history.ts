import * as z from 'zod';
import { OutcomeSchema } from '../model/decision.js';
import type { Referat } from '../model/document.js';

/**
 * Where a case event was read: the document (`source`, the caller's name for it, such as a file
 * path; null when not given), its meeting (`committee`, `date` as `YYYY-MM-DD`) and the item
 * (`itemNumber`, `itemTitle`). `quoted` is true when the item quotes the decision of an earlier
 * meeting (`Beslutning fra Økonomiudvalget, den 12. maj 2025`), false for the meeting's own.
 *
 * @example
 * import { CaseRecordSchema } from 'referat';
 * CaseRecordSchema.safeParse({ caseNumber: 1 }).success; // false
 */
export const CaseRecordSchema = z
  .object({
    source: z.string().nullable(),
    committee: z.string().nullable(),
    date: z.string().nullable(),
    itemNumber: z.number().int().nullable(),
    itemTitle: z.string(),
    quoted: z.boolean(),
  })
  .strict();

/**
 * One handling of a case: which `body` (committee, council) handled it, on which `date`
 * (`YYYY-MM-DD`, null when not printed), with what `outcome` and decision `text` (both empty
 * when the item records no decision, as on an agenda). The same handling read in several
 * documents (a committee's own minutes, and the council's minutes quoting them) is one event
 * with one record per place (`records`); `text` and `outcome` come from the meeting's own
 * minutes when given, else from the first quote.
 *
 * @example
 * import { CaseEventSchema } from 'referat';
 * CaseEventSchema.safeParse({}).success; // false: a case event needs its source, item and decision fields
 */
export const CaseEventSchema = z
  .object({
    type: z.literal('caseEvent'),
    body: z.string().nullable(),
    date: z.string().nullable(),
    outcome: OutcomeSchema.nullable(),
    text: z.string(),
    records: z.array(CaseRecordSchema).min(1),
  })
  .strict();

/**
 * A case's history across documents: its number as first printed (`caseNumber`, e.g.
 * `27.69.48-P35-1-22`), the key it is matched by (`key`: the number without spaces, lower case),
 * the municipality when a document names it, and its events in date order (undated last).
 *
 * @example
 * import { caseHistory, CaseHistorySchema, parse } from 'referat';
 * const history = caseHistory([{ source: 'a.txt', document: parse(text).document }]);
 * CaseHistorySchema.array().parse(JSON.parse(JSON.stringify(history))); // throws a ZodError on malformed JSON
 */
export const CaseHistorySchema = z
  .object({
    type: z.literal('caseHistory'),
    caseNumber: z.string(),
    key: z.string(),
    municipality: z.string().nullable(),
    events: z.array(CaseEventSchema),
  })
  .strict();

/**
 * Where a case event was read.
 *
 * @example
 * import { caseHistory, parse, type CaseRecord } from 'referat';
 * const records: CaseRecord[] = caseHistory([{ source: 'a.txt', document: parse(text).document }])[0]?.events[0]?.records ?? [];
 * for (const r of records) console.log(r.source, r.date, r.itemNumber, r.itemTitle, r.quoted);
 */
export type CaseRecord = z.infer<typeof CaseRecordSchema>;
/**
 * One handling of a case.
 *
 * @example
 * import { caseHistory, parse, type CaseEvent } from 'referat';
 * const history = caseHistory([{ source: 'referat.txt', document: parse(text).document }]);
 * const events: CaseEvent[] = history[0]?.events ?? [];
 * for (const e of events) console.log(e.date, e.body, e.outcome);
 */
export type CaseEvent = z.infer<typeof CaseEventSchema>;
/**
 * A case's history across documents.
 *
 * @example
 * import { caseHistory, parse, type CaseHistory } from 'referat';
 * const cases: CaseHistory[] = caseHistory([{ source: 'a.txt', document: parse(a).document }, { source: 'b.txt', document: parse(b).document }]);
 * for (const c of cases) console.log(c.caseNumber, c.events.map((e) => `${e.date} ${e.body}: ${e.outcome}`));
 */
export type CaseHistory = z.infer<typeof CaseHistorySchema>;
/**
 * A parsed document with the name `caseHistory` reports it by (a file path, a URL).
 *
 * @example
 * import { caseHistory, parse, type NamedReferat } from 'referat';
 * const named: NamedReferat = { source: 'thisted-2025-05-22.txt', document: parse(text).document };
 * caseHistory([named]);
 */
export interface NamedReferat {
  document: Referat;
  source: string;
}

/**
 * The history of every case number in the given documents: for each case, who handled it, when
 * and with what outcome, across committees and meetings, in date order. Each item with a case
 * number gives one event per decision it records (this meeting's and the earlier ones it
 * quotes), or one event without outcome when it records none; events of the same body on the
 * same date are one. Cases are keyed by their number without spaces, in lower case, and
 * listed by their first event's date. A case in two municipalities' documents is kept apart
 * (numbers repeat across municipalities).
 *
 * @param documents - parsed documents, bare or with a `source` name; the documents are not changed.
 * @example
 * import { caseHistory, parse } from 'referat';
 * const histories = caseHistory([
 *   { source: 'oekonomiudvalget.txt', document: parse(a).document },
 *   { source: 'byraadet.txt', document: parse(b).document },
 * ]);
 * for (const h of histories) console.log(h.caseNumber, h.events.map((e) => `${e.date} ${e.body}: ${e.outcome}`));
 */
export function caseHistory(documents: ReadonlyArray<Referat | NamedReferat>): CaseHistory[] {
  if (!Array.isArray(documents)) throw new TypeError(`caseHistory() expects an array of documents, got ${typeof documents}`);
  const cases = new Map<string, CaseHistory>();
  // Each case's events by what makes two the same (see `addEvent`): a lookup per event, where a
  // search through the case's events made a standing item (`Meddelelser`, one case number at
  // every meeting) quadratic in its meetings.
  const events = new Map<string, CaseEvent>();
  for (const entry of documents) {
    if (!entry || typeof entry !== 'object') throw new TypeError('caseHistory() expects documents made by parse() (type: "referat")');
    const { document, source } = 'document' in entry ? entry : { document: entry, source: null };
    if (document?.type !== 'referat') throw new TypeError('caseHistory() expects documents made by parse() (type: "referat")');
    for (const item of document.items) {
      if (!item.caseNumber) continue;
      const key = `${document.municipality ?? ''}\u0000${caseKey(item.caseNumber.raw)}`;
      let history = cases.get(key);
      if (!history) {
        history = { type: 'caseHistory', caseNumber: item.caseNumber.raw, key: caseKey(item.caseNumber.raw), municipality: document.municipality, events: [] };
        cases.set(key, history);
      }
      const record = (quoted: boolean): CaseRecord => ({ source, committee: document.committee, date: document.date, itemNumber: item.number, itemTitle: item.title, quoted });
      if (item.decisions.length === 0) {
        addEvent(history, key, events, { type: 'caseEvent', body: document.committee, date: document.date, outcome: null, text: '', records: [record(false)] });
      }
      for (const d of item.decisions) {
        const body = d.body ?? (d.current ? document.committee : null);
        const date = d.date ?? (d.current ? document.date : null);
        addEvent(history, key, events, { type: 'caseEvent', body, date, outcome: d.outcome, text: d.text, records: [record(!d.current)] });
      }
    }
  }
  const histories = [...cases.values()];
  for (const h of histories) h.events.sort(byDate);
  return histories.sort((a, b) => byDate(a.events[0]!, b.events[0]!) || a.key.localeCompare(b.key));
}

/** A case number as matched across documents: without spaces, in lower case. */
export function caseKey(raw: string): string {
  return raw.replace(/\s+/g, '').toLowerCase();
}

/**
 * Adds an event to the history of case `caseKey`, or merges it into the event of the same body
 * and date already there (undated: of the same body and text). `events` indexes the events of
 * every case by those.
 */
function addEvent(history: CaseHistory, caseKey: string, events: Map<string, CaseEvent>, event: CaseEvent): void {
  const key = `${caseKey}\u0000${event.date ?? ''}\u0000${bodyKey(event.body)}\u0000${event.date === null ? event.text : ''}`;
  const same = events.get(key);
  if (!same) {
    events.set(key, event);
    history.events.push(event);
    return;
  }
  same.records.push(...event.records);
  // The meeting's own minutes speak for the event; a quote only fills in a missing text.
  if (event.text && (!same.text || !event.records[0]!.quoted)) {
    same.text = event.text;
    same.outcome = event.outcome;
  }
}

/** A body's name as compared: lower case, spaces and the genitive `s` of `Økonomiudvalgets` left out. */
function bodyKey(body: string | null): string {
  return (body ?? '').toLowerCase().replace(/\s+/g, ' ').trim().replace(/s$/, '');
}

function byDate(a: CaseEvent, b: CaseEvent): number {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}
