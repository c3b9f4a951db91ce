// The playground (docs/playground/index.html): paste or drop minutes, see the tree beside the
// text. Built into one classic script by `npm run playground` (scripts/playground.mjs), so the
// page works opened from disk: no server, no ES module loading over file://.
import {
  type Block,
  type Decision,
  type Diagnostic,
  type Dialect,
  type Format,
  type Item,
  type Range,
  type Referat,
  detectDialect,
  genericDialect,
  parse,
  templateDialects,
} from 'referat';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const input = $<HTMLTextAreaElement>('input');
const source = $<HTMLPreElement>('source');
const tree = $<HTMLDivElement>('tree');
const meta = $<HTMLDListElement>('meta');
const layout = $<HTMLDListElement>('layout');
const diagnosticsList = $<HTMLOListElement>('diagnostics');
const dialectSelect = $<HTMLSelectElement>('dialect');
const formatSelect = $<HTMLSelectElement>('format');
const download = $<HTMLButtonElement>('download');
const status = $<HTMLSpanElement>('status');

const DIALECTS: Dialect[] = [...templateDialects, genericDialect];
dialectSelect.append(new Option('auto (detect)', ''), ...DIALECTS.map((d) => new Option(d.name, d.name)));

/** A tree node on the page and the source range it stands for. */
interface Shown {
  el: HTMLElement;
  range: Range;
}
let shown: Shown[] = [];
let result: { document: Referat; diagnostics: Diagnostic[] } | null = null;
let fileName = 'referat';

// ---- the text, one element per line --------------------------------------------------------

function showSource(text: string): void {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const fragment = document.createDocumentFragment();
  lines.forEach((line, i) => {
    const el = document.createElement('span');
    el.className = 'line';
    el.dataset.line = String(i + 1);
    const number = document.createElement('span');
    number.className = 'ln';
    number.textContent = String(i + 1);
    el.append(number, `${line}\n`);
    fragment.append(el);
  });
  source.replaceChildren(fragment);
}

/** The lines a range covers: its end is exclusive, so a range ending at column 1 stops a line before. */
function rangeLines(range: Range): [number, number] {
  const last = range.end.column === 1 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  return [range.start.line, Math.max(range.start.line, last)];
}

function highlight(range: Range): void {
  const [first, last] = rangeLines(range);
  for (const el of source.querySelectorAll('.line.hl')) el.classList.remove('hl');
  for (let n = first; n <= last; n++) source.querySelector(`.line[data-line="${n}"]`)?.classList.add('hl');
  source.dataset.highlighted = `${first}-${last}`;
  source.querySelector(`.line[data-line="${first}"]`)?.scrollIntoView({ block: 'center' });
}

function select(node: Shown, scrollTree: boolean): void {
  for (const el of tree.querySelectorAll('.selected')) el.classList.remove('selected');
  node.el.classList.add('selected');
  for (let p = node.el.parentElement; p && p !== tree; p = p.parentElement) if (p instanceof HTMLDetailsElement) p.open = true;
  if (scrollTree) node.el.scrollIntoView({ block: 'nearest' });
  highlight(node.range);
}

// Clicking the text selects the smallest node whose range holds the clicked line.
source.addEventListener('click', (event) => {
  const line = (event.target as HTMLElement).closest<HTMLElement>('.line');
  if (!line || !result) return;
  const n = Number(line.dataset.line);
  const inside = shown.filter(({ range }) => {
    const [first, last] = rangeLines(range);
    return first <= n && n <= last;
  });
  const size = ({ range }: Shown) => range.end.offset - range.start.offset;
  const best = inside.sort((a, b) => size(a) - size(b))[0];
  if (best) select(best, true);
});

// ---- the tree --------------------------------------------------------------------------------

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function tag(text: string, className = ''): HTMLSpanElement {
  return el('span', `tag ${className}`, text);
}

/** A clickable node for `range`; its label is `label` (text or elements). */
function node(range: Range | undefined, kind: string, ...label: (string | Node)[]): HTMLDivElement {
  const e = el('div', 'node');
  e.dataset.kind = kind;
  e.append(...label);
  if (range) register(e, range);
  return e;
}

function register(e: HTMLElement, range: Range): void {
  const entry = { el: e, range };
  shown.push(entry);
  e.addEventListener('click', (event) => {
    event.stopPropagation();
    if (e.tagName === 'SUMMARY') event.preventDefault();
    select(entry, false);
  });
}

const clip = (text: string, n = 90): string => (text.length > n ? `${text.slice(0, n)}…` : text);

function decisionNode(d: Decision): HTMLElement {
  const label = d.current ? 'Decision, this meeting' : `Decision of ${d.body ?? '?'}${d.date ? `, ${d.date}` : ''}`;
  const e = node(d.range, 'decision', label, tag(d.outcome ?? 'no outcome', `outcome-${d.outcome}`));
  if (d.votes) e.append(tag(`votes: ${d.votes.for.length} for, ${d.votes.against.length} against, ${d.votes.abstained.length} abstained`));
  const children = el('div', 'children');
  for (const p of d.parts) children.append(node(p.range, 'decisionPart', `${p.label}. ${clip(p.text, 70)}`, tag(p.outcome ?? '—', `outcome-${p.outcome}`)));
  for (const p of d.attendance.absent) children.append(node(p.range, 'absent', `Absent: ${p.name}${p.party ? ` (${p.party})` : ''}`));
  for (const s of d.attendance.substitutes) children.append(node(s.range, 'substitute', `Substitute: ${s.name}${s.for ? ` for ${s.for}` : ''}`));
  if (children.childElementCount) e.append(children);
  return e;
}

function blockNode(b: Block): HTMLElement {
  switch (b.type) {
    case 'paragraph':
      return node(b.range, 'paragraph', el('span', 'summary-text', `¶ ${clip(b.text)}`));
    case 'heading':
      return node(b.range, 'heading', el('strong', '', b.text));
    case 'list': {
      const e = node(b.range, 'list', `${b.ordered ? 'Numbered list' : 'List'}, ${b.items.length} entries`);
      const children = el('div', 'children');
      for (const i of b.items) children.append(node(i.range, 'listItem', `${i.marker} ${clip(i.text, 80)}`));
      e.append(children);
      return e;
    }
    case 'table': {
      const e = node(b.range, 'table', `Table${b.title ? `: ${b.title}` : ''}, ${b.rows.length} rows`);
      const table = el('table', 'cells');
      for (const row of [...b.header, ...b.rows]) {
        const tr = el('tr');
        for (const c of row.cells) {
          const td = el('td', c.value === null ? '' : 'num', c.text);
          if (c.value !== null) td.title = `value ${c.value}${c.unit ? `, unit ${c.unit}` : ''}`;
          tr.append(td);
        }
        table.append(tr);
      }
      e.append(table);
      return e;
    }
  }
}

function itemNode(item: Item): HTMLElement {
  const details = el('details');
  details.dataset.kind = 'item';
  details.dataset.number = String(item.number ?? '');
  const summary = el('summary', 'node', `${item.label ?? '–'}. ${item.title}`);
  if (item.closed) summary.append(tag('closed'));
  if (item.decisions.some((d) => d.current)) summary.append(tag(item.decisions.find((d) => d.current)!.outcome ?? 'decided', `outcome-${item.decisions.find((d) => d.current)!.outcome}`));
  register(summary, item.range);
  details.append(summary);
  if (item.caseNumber) {
    const c = item.caseNumber;
    details.append(node(c.range, 'caseNumber', `Case ${c.raw}`, c.scheme === 'kle' ? tag(`KLE ${c.subject} ${c.facet ?? ''} ${c.year ?? ''}`) : tag(c.scheme)));
  }
  if (item.recommendation) details.append(node(item.recommendation.range, 'recommendation', `Recommendation${item.recommendation.by ? ` (${item.recommendation.by})` : ''}: ${clip(item.recommendation.clauses.join('; '))}`));
  for (const d of item.decisions) details.append(decisionNode(d));
  const { absent, substitutes } = item.attendance;
  if (absent.length || substitutes.length) {
    details.append(node(undefined, 'attendance', `Attendance: ${absent.length} absent${absent.length ? ` (${absent.map((p) => p.name).join(', ')})` : ''}, ${substitutes.length} substitutes`));
  }
  for (const a of item.attachments) details.append(node(a.range, 'attachment', `Attachment: ${a.title}`));
  for (const s of item.sections) {
    const section = el('details');
    const head = el('summary', 'node', s.heading ?? '(before the first heading)');
    head.append(tag(s.kind));
    register(head, s.range);
    section.append(head, ...s.blocks.map(blockNode));
    details.append(section);
  }
  return details;
}

function dl(target: HTMLDListElement, rows: [string, string | Node][]): void {
  target.replaceChildren(
    ...rows.flatMap(([k, v]) => {
      const dd = el('dd');
      dd.append(v);
      return [el('dt', '', k), dd];
    }),
  );
}

function render(text: string): void {
  const chosen = DIALECTS.find((d) => d.name === dialectSelect.value);
  const format = formatSelect.value as Format;
  const started = performance.now();
  const parsed = parse(text, { format, ...(chosen ? { dialect: chosen } : {}) });
  const ms = performance.now() - started;
  result = parsed;
  const { document: doc, diagnostics } = parsed;
  shown = [];
  showSource(text);
  source.dataset.highlighted = '';

  dl(meta, [
    ['Kind', doc.kind ?? '—'],
    ['Committee', doc.committee ?? '—'],
    ['Municipality', doc.municipality ?? '—'],
    ['Date and time', `${doc.date ?? '—'} ${doc.startTime ?? ''}`],
    ['Location', doc.location ?? '—'],
    ['Participants', `${doc.participants.length} (${doc.participants.filter((p) => p.absent).length} absent)`],
    ['Items', String(doc.items.length)],
  ]);

  const detected = chosen ? null : detectDialect(text);
  const dialectName = chosen?.name ?? detected!.dialect.name;
  const l = doc.layout;
  dl(layout, [
    ['Dialect', chosen ? `${dialectName} (chosen)` : `${dialectName} (detected, ${Math.round(detected!.score * 100)} % of its marks)`],
    ['Item openers', l?.itemOpener ?? '—'],
    ['Items opened', String(l?.items ?? 0)],
    ['Headings', l?.headings.length ? l.headings.join(', ') : '—'],
    ['Case numbers', l?.caseNumbers.length ? l.caseNumbers.join(', ') : '—'],
    ['Table of contents', l?.toc ?? '—'],
  ]);
  layout.dataset.dialect = dialectName;

  diagnosticsList.replaceChildren(
    ...diagnostics.map((d) => {
      const li = el('li', `node ${d.severity}`, `${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.code}: ${d.message}`);
      register(li, d.range);
      return li;
    }),
  );
  if (!diagnostics.length) diagnosticsList.append(el('li', 'muted', 'none'));

  const parts: HTMLElement[] = [];
  if (doc.participants.length) {
    const p = el('details');
    p.append(el('summary', '', `Participants (${doc.participants.length})`));
    for (const x of doc.participants) p.append(node(x.range, 'participant', `${x.name}${x.party ? ` (${x.party})` : ''}${x.absent ? ' — absent' : ''}${x.substitute ? `, substitute ${x.substitute}` : ''}`));
    parts.push(p);
  }
  if (doc.toc.length) {
    const t = el('details');
    t.append(el('summary', '', `Table of contents (${doc.toc.length})`));
    for (const x of doc.toc) t.append(node(x.range, 'tocEntry', `${x.itemNumber ?? '–'}. ${x.title}${x.page === null ? '' : ` … ${x.page}`}`));
    parts.push(t);
  }
  parts.push(...doc.items.map(itemNode));
  const first = parts.find((p) => p.dataset.kind === 'item');
  if (first instanceof HTMLDetailsElement) first.open = true;
  tree.replaceChildren(...parts);
  download.disabled = false;
  status.textContent = `${doc.items.length} items, ${diagnostics.length} diagnostics, parsed in ${ms.toFixed(0)} ms`;
  document.body.dataset.parsed = String(Date.now());
}

// ---- input ------------------------------------------------------------------------------------

let timer: ReturnType<typeof setTimeout> | undefined;
const update = (): void => {
  clearTimeout(timer);
  timer = setTimeout(() => render(input.value), 150);
};
input.addEventListener('input', update);
dialectSelect.addEventListener('change', () => render(input.value));
formatSelect.addEventListener('change', () => render(input.value));

/** A file's text: UTF-8 (a BOM is dropped), else Windows-1252, as Danish exports are. */
async function readText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function open(file: File): Promise<void> {
  fileName = file.name.replace(/\.[^.]*$/, '') || 'referat';
  if (/\.(md|markdown)$/i.test(file.name)) formatSelect.value = 'markdown';
  input.value = await readText(file);
  render(input.value);
}

$<HTMLInputElement>('file').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) void open(file);
});
window.addEventListener('dragover', (event) => {
  event.preventDefault();
  input.classList.add('dragging');
});
window.addEventListener('dragleave', () => input.classList.remove('dragging'));
window.addEventListener('drop', (event) => {
  event.preventDefault();
  input.classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (file) void open(file);
});

download.addEventListener('click', () => {
  if (!result) return;
  const blob = new Blob([`${JSON.stringify(result, null, 2)}\n`], { type: 'application/json' });
  const a = el('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${fileName}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
});
