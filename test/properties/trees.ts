import fc from 'fast-check';
import type { Block, Item, Participant, Referat, Section, SectionKind, TocEntry } from 'referat';
import { genericVocabulary } from '../../grammar/dialects/generic-vocabulary.js';
import { readAmount } from '../../src/text/numbers.js';
import { shapeTable } from '../../src/builder/build-tables.js';
import { interpret } from '../../src/interpret/index.js';
import { LineIndex } from '../../src/lexer/line-index.js';

/*
 * Generated model trees for the canonical round trip: trees the parser itself could give, with
 * header fields consistent with the interpreted fields, texts that read as what they are (a
 * paragraph is a sentence, a title is not), and ranges left zero (the comparison ignores them).
 */

const zero = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const DAYS = ['Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag'];
const SUBJECTS = ['Udvalget', 'Sagen', 'Forvaltningen', 'Kommunen', 'Rådet', 'Centeret'];
const WORDS = ['godkender', 'budgettet', 'for', 'skolerne', 'og', 'drøfter', 'forslaget', 'om', 'nye', 'boliger', 'i', 'byen', 'med', 'tilskud', 'til', 'foreningerne'];
const NAMES = ['Anne Holm', 'Bo Berg', 'Carl Dahl', 'Dorte Krogh', 'Erik Lund', 'Fie Møller', 'Gitte Nørgaard', 'Hans Østergaard'];
const TITLE_WORDS = ['Budget', 'Skoler', 'Boliger', 'Trafik', 'Kultur', 'Ældre', 'Klima', 'Idræt'];
const SECTIONS: [string, SectionKind][] = [
  ['Resume', 'summary'],
  ['Sagsfremstilling', 'background'],
  ['Økonomi', 'economy'],
  ['Retsgrundlag', 'legalBasis'],
  ['Indstilling', 'recommendation'],
  ['Beslutning', 'decision'],
  ['Bilag', 'attachments'],
];

const words = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max });
const sentence = fc.tuple(fc.constantFrom(...SUBJECTS), words(2, 8)).map(([s, w]) => `${s} ${w.join(' ')}.`);
const paragraph: fc.Arbitrary<Block> = fc
  .array(sentence, { minLength: 1, maxLength: 3 })
  .map((s) => ({ type: 'paragraph', text: s.join(' '), range: zero }));
const list: fc.Arbitrary<Block> = fc
  .tuple(fc.boolean(), fc.array(words(1, 6), { minLength: 1, maxLength: 4 }))
  .map(([ordered, entries]) => ({
    type: 'list',
    ordered,
    items: entries.map((w, i) => ({ type: 'listItem', marker: ordered ? `${i + 1}.` : '-', text: `${w.join(' ')}.`, range: zero })),
    range: zero,
  }));
const cell = fc.constantFrom(...TITLE_WORDS, '2024', '1.629', '-3,80 mio. kr.');
const table: fc.Arbitrary<Block> = fc.integer({ min: 2, max: 4 }).chain((n) =>
  fc
    .array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 4 })
    .map((rows): Block => ({
      type: 'table',
      title: null,
      titleRange: null,
      header: [],
      rules: [],
      rows: rows.map((cells) => ({
        type: 'tableRow',
        cells: cells.map((text) => ({ type: 'tableCell', text, value: readAmount(text)?.value ?? null, unit: readAmount(text)?.unit ?? null, range: zero })),
        range: zero,
      })),
      range: zero,
    }))
    .map((t) => {
      // Header rows are told apart as the parser does.
      if (t.type === 'table') shapeTable(t);
      return t;
    }),
);
/** Blocks with a paragraph between any two lists or tables (adjacent lists would merge). */
const blocks = fc.array(fc.tuple(paragraph, fc.option(fc.oneof(list, table), { nil: undefined })), { minLength: 1, maxLength: 3 }).map((pairs) =>
  pairs.flatMap(([p, other]) => (other ? [p, other] : [p])),
);
const section: fc.Arbitrary<Section> = fc.tuple(fc.constantFrom(...SECTIONS), blocks).map(([[heading, kind], b]) => ({
  type: 'section',
  heading,
  kind,
  headingRange: zero,
  blocks: b,
  range: zero,
}));
const caseNumber = fc
  .tuple(fc.integer({ min: 0, max: 85 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 18, max: 25 }))
  .map(([a, b, n, y]) => `${String(a).padStart(2, '0')}.${String(b).padStart(2, '0')}.00-A00-${n}-${y}`);
const itemBody = fc.record({
  title: fc.array(fc.constantFrom(...TITLE_WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' og ')),
  caseNumber: fc.option(caseNumber, { nil: null }),
  sections: fc.uniqueArray(section, { minLength: 1, maxLength: 4, selector: (s) => s.heading }),
});

/** A whole document in the parser's image. */
export const referatTree: fc.Arbitrary<Referat> = fc
  .record({
    committee: fc.constantFrom('Økonomiudvalget', 'Handicaprådet', 'Teknik- og Miljøudvalget', 'Kultur- og Fritidsudvalget'),
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.integer({ min: 2010, max: 2030 }),
    hour: fc.integer({ min: 8, max: 20 }),
    weekday: fc.constantFrom(...DAYS),
    place: fc.constantFrom('Mødelokale 4', 'Byrådssalen', 'Rådhuset, lokale 2'),
    people: fc.uniqueArray(fc.record({ name: fc.constantFrom(...NAMES), party: fc.option(fc.constantFrom('A', 'V', 'Ø'), { nil: null }), absent: fc.boolean() }), { maxLength: 5, selector: (p) => p.name }),
    items: fc.array(itemBody, { minLength: 1, maxLength: 5 }),
  })
  .map((g) => {
    const dd = String(g.day).padStart(2, '0');
    const mm = String(g.month).padStart(2, '0');
    const date = `${g.year}-${mm}-${dd}`;
    const time = `${String(g.hour).padStart(2, '0')}:00`;
    const titleValue = `${g.committee} d. ${dd}-${mm}-${g.year}`;
    const items: Item[] = g.items.map((it, i) => ({
      type: 'item',
      number: i + 1,
      label: String(i + 1),
      title: it.title,
      headingRange: zero,
      caseNumber: it.caseNumber ? caseNumberNode(it.caseNumber) : null,
      sections: it.sections,
      // Derived from the sections below, by the library's own last stage.
      decisions: [],
      attendance: { absent: [], substitutes: [] },
      recommendation: null,
      authority: null,
      attachments: [],
      closed: false,
      range: zero,
    }));
    const participants: Participant[] = g.people.map((p) => ({ type: 'participant', ...p, substitute: null, range: zero }));
    const toc: TocEntry[] = items.map((it, i) => ({ type: 'tocEntry', title: it.title, page: i + 3, itemNumber: it.number, label: null, range: zero }));
    const person = (p: Participant) => `${p.name}${p.party ? ` (${p.party})` : ''}${p.absent ? ' (Afbud)' : ''}`;
    const header: Referat['header'] = [
      { type: 'headerField', key: 'title', label: 'REFERAT', value: titleValue, range: zero },
      { type: 'headerField', key: 'date', label: 'Mødedato', value: `${g.weekday} d. ${g.day}. ${MONTHS[g.month - 1]} ${g.year} kl. ${time}`, range: zero },
      { type: 'headerField', key: 'location', label: 'Mødested', value: g.place, range: zero },
    ];
    if (participants.length) {
      header.push({ type: 'headerField', key: 'participants', label: 'Mødedeltagere', value: participants.map(person).join(', '), range: zero });
    }
    if (toc.length) header.push({ type: 'headerField', key: 'toc', label: 'Indholdsfortegnelse', value: '', range: zero });
    const tree: Referat = {
      type: 'referat',
      kind: 'referat',
      title: `REFERAT ${titleValue}`,
      committee: g.committee,
      period: null,
      date,
      startTime: time,
      location: g.place,
      municipality: null,
      header,
      participants,
      toc,
      preamble: [],
      items,
      artifacts: [],
      layout: null,
      range: zero,
    };
    // Decisions, recommendation, attachments … are read from the sections, as `parse` does.
    interpret(tree, { input: '', lines: new LineIndex(''), report: () => {}, outcomes: genericVocabulary.outcomes, attendance: genericVocabulary.attendance });
    return tree;
  });

/** A case number as the builder leaves it; `interpret` fills its KLE parts. */
function caseNumberNode(raw: string): NonNullable<Item['caseNumber']> {
  return { type: 'caseNumber', raw, scheme: 'other', subject: null, facet: null, sequence: null, year: null, title: null, range: zero };
}

/** A copy of a tree without ranges, for comparing trees from different texts. */
export function withoutRanges(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRanges);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'range' && k !== 'headingRange')
        .map(([k, v]) => [k, withoutRanges(v)]),
    );
  }
  return value;
}
