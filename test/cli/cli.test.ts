import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseHistorySchema, ReferatSchema, parse } from 'referat';
import { SEEDS, csvRecords, referat, root, seedText, windows1252 } from './run.js';

const work = mkdtempSync(join(tmpdir(), 'referat-cli-'));
chmodSync(work, 0o755); // readable by the other user the unreadable-file test runs as
afterAll(() => execFileSync('rm', ['-rf', work]));

const version = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version as string;
const seedDocs = SEEDS.map((path) => ({ path, document: parse(seedText(path)).document }));

describe('referat: usage', () => {
  it('prints its version, its help and each command’s help', () => {
    expect(referat(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
    const help = referat(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['parse', 'decisions', 'attendance', 'tables', 'cases', 'check', 'text']) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    const decisions = referat(['decisions', '--help']);
    expect(decisions.code).toBe(0);
    expect(decisions.stdout).toContain('--excel');
    expect(decisions.stdout).toContain('--decided');
  });

  it('names an unknown command, option or dialect in one line and exits 2', () => {
    for (const [args, text] of [
      [['summarise', 'seeds'], "unknown command 'summarise'"],
      [['decisions', '--tsv', 'seeds'], "unknown option '--tsv'"],
      [['decisions', '--dialect', 'aarhus', 'seeds'], "unknown dialect 'aarhus'"],
      [['decisions', '--csv', '--json', 'seeds'], 'choose one of'],
    ] as const) {
      const run = referat([...args]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(text);
    }
  });
});

describe('packaging', () => {
  it('keeps the command’s libraries off the main entry, and the command loads the library instead of a copy', () => {
    const library = readdirSync(`${root}dist`).filter((f) => f.endsWith('.js')).map((f) => readFileSync(`${root}dist/${f}`, 'utf8')).join('\n');
    expect(library).not.toMatch(/["'](?:commander|csv-stringify[^"']*|piscina|tinypool|cli-progress|html-to-text|chardet)["']/);
    const command = readdirSync(`${root}dist/cli`).map((f) => readFileSync(`${root}dist/cli/${f}`, 'utf8')).join('\n');
    expect(command).toMatch(/import\(["']referat["']\)/); // on first use: the main thread of a pooled batch never loads it
    expect(command).not.toContain('performSelfAnalysis'); // Chevrotain, i.e. the engine, is not bundled in
  });
});

describe('referat decisions', () => {
  const run = referat(['decisions', 'seeds']);
  const rows = csvRecords(run.stdout);

  it('writes RFC 4180 CSV: CRLF after every record, a header, a row per decision and per undecided item', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith('\r\n')).toBe(true);
    expect(run.stdout.split('\r\n')[0]).toBe('file,municipality,committee,meeting_date,item,item_label,item_title,case_number,body,decision_date,current,outcome,votes_for,votes_against,votes_abstained,absent,substitutes,text,line');
    const expected = seedDocs.flatMap(({ path, document }) => document.items.flatMap((item) => Array.from({ length: Math.max(1, item.decisions.length) }, () => path)));
    expect(rows.map((r) => r.file)).toEqual(expected);
    // Line breaks inside a field are quoted; outside quotes, every record ends in CRLF.
    expect(run.stdout).toContain(',"1. Godkendt.\n2. Godkendt.",');
    expect(run.stdout.replace(/"(?:[^"]|"")*"/g, '').match(/\r?\n/g)!.every((end) => end === '\r\n')).toBe(true);
  });

  it('fills the decision fields as the library reads them', () => {
    const item8 = rows.filter((r) => r.file === SEEDS[1] && r.item === '8');
    expect(item8.map((r) => [r.body, r.decision_date, r.current, r.outcome])).toEqual([
      ['Social- og Sundhedsudvalget', '2021-06-16', 'false', 'discussed'],
      ['Familie- og Kulturudvalget', '2021-06-23', 'false', 'noted'],
      ['Arbejdsmarkeds- og Integrationsudvalget', '2021-08-18', 'true', 'noted'],
    ]);
    expect(item8[1]!.absent).toBe('Michelle Welle Tange');
    expect(item8[0]!.text).toContain('Sagen sendes til orientering i Handicaprådet.');
    expect(item8[0]).toMatchObject({ item_label: 'Punkt 8', item_title: "Analyse 'Fra barn til voksen i psykiatrien'", case_number: '27.00.00I02-1-21', municipality: 'Lemvig Kommune' });
    expect(Number(item8[0]!.line)).toBe(seedText(SEEDS[1]!).split('\n').findIndex((l) => l.startsWith('Beslutning fra Social- og Sundhedsudvalget, 16. juni 2021, pkt. 7')) + 1);
    const undecided = rows.filter((r) => r.body === '' && r.outcome === '');
    expect(undecided.length).toBe(seedDocs.reduce((n, { document }) => n + document.items.filter((i) => i.decisions.length === 0).length, 0));
  });

  it('--decided leaves out items without a decision; --ndjson, --json and --excel hold the same rows', () => {
    const decided = csvRecords(referat(['decisions', '--decided', 'seeds']).stdout);
    expect(decided).toEqual(rows.filter((r) => r.current !== ''));
    const ndjson = referat(['decisions', '--ndjson', 'seeds']).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(ndjson.map((r) => r.text ?? '')).toEqual(rows.map((r) => r.text));
    expect(ndjson[0].current).toBe(true);
    const json = JSON.parse(referat(['decisions', '--json', 'seeds']).stdout);
    expect(json).toEqual(ndjson);
    const excel = referat(['decisions', '--excel', SEEDS[0]!]).stdout;
    expect(excel.startsWith('\ufefffile,')).toBe(true);
    expect(csvRecords(excel)).toEqual(rows.filter((r) => r.file === SEEDS[0]));
  });

  it('--ndjson rows have the CSV columns as keys, in the same order, for decided and undecided items alike', () => {
    const header = run.stdout.split('\r\n')[0]!.split(',');
    const input = 'Punkt 1: Sag\n\nBeslutning\n\nGodkendt.\n\nPunkt 2: Anden sag\n\nSagsfremstilling\n\nEn tekst.\n';
    const ndjson = [referat(['decisions', '--ndjson', 'seeds']).stdout, referat(['decisions', '--ndjson', '-'], { input }).stdout]
      .flatMap((out) => out.trimEnd().split('\n'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ndjson.filter((r) => r.current === null).map((r) => r.item_title)).toEqual(['Anden sag']);
    for (const row of ndjson) expect(Object.keys(row)).toEqual(header);
  });

  it('quotes fields with commas, quotes and line breaks, read back by a CSV parser', () => {
    const input = 'Punkt 1: Sag, med komma\n\nBeslutning\n\nGodkendt, dog med "forbehold".\nOg en linje til.\n';
    const run = referat(['decisions', '-'], { input });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"Godkendt, dog med ""forbehold"".\nOg en linje til."');
    expect(csvRecords(run.stdout)).toMatchObject([{ file: '-', item: '1', item_label: 'Punkt 1', item_title: 'Sag, med komma', text: 'Godkendt, dog med "forbehold".\nOg en linje til.', outcome: 'approved' }]);
  });
});

describe('referat attendance, tables, cases, check, parse', () => {
  it('attendance: a row per participant of each meeting, absent or present, and per item absence and substitute', () => {
    const rows = csvRecords(referat(['attendance', 'seeds']).stdout);
    const meeting = rows.filter((r) => r.scope === 'meeting' && r.status !== 'substitute');
    expect(meeting.length).toBe(seedDocs.reduce((n, { document }) => n + document.participants.length, 0));
    const absentMeeting = seedDocs.flatMap(({ path, document }) => document.participants.filter((p) => p.absent).map((p) => `${path} ${p.name}`));
    expect(absentMeeting.length).toBeGreaterThan(0);
    expect(meeting.filter((r) => r.status === 'absent').map((r) => `${r.file} ${r.name}`)).toEqual(absentMeeting);
    expect(rows).toContainEqual(expect.objectContaining({ file: SEEDS[2], scope: 'item', item: '3', name: 'Gitte Kjær-Westermann', party: 'B', status: 'absent', substituted_by: 'Cecilie Lindahl' }));
    expect(rows).toContainEqual(expect.objectContaining({ file: SEEDS[2], scope: 'item', item: '3', name: 'Cecilie Lindahl', status: 'substitute', substitute_for: 'Gitte Kjær-Westermann' }));
  });

  it('tables: a row per cell with its value and unit', () => {
    const rows = csvRecords(referat(['tables', 'seeds']).stdout);
    const cells = seedDocs.flatMap(({ document }) =>
      [...document.preamble, ...document.items.flatMap((i) => i.sections.flatMap((s) => s.blocks))].flatMap((b) => (b.type === 'table' ? [...b.header, ...b.rows].flatMap((r) => r.cells) : [])),
    );
    expect(rows.map((r) => r.text)).toEqual(cells.map((c) => c.text));
    const amount = cells.find((c) => c.unit === 'mio. kr.')!;
    expect(amount).toBeDefined();
    expect(rows).toContainEqual(expect.objectContaining({ text: amount.text, value: String(amount.value), unit: 'mio. kr.' }));
  });

  it('cases: the earlier decisions an item quotes, in date order, as CSV and as caseHistory JSON', () => {
    const rows = csvRecords(referat(['cases', 'seeds']).stdout).filter((r) => r.case_number === '27.00.00I02-1-21');
    expect(rows.map((r) => [r.event, r.date, r.body, r.outcome, r.quoted])).toEqual([
      ['1', '2021-06-16', 'Social- og Sundhedsudvalget', 'discussed', 'true'],
      ['2', '2021-06-23', 'Familie- og Kulturudvalget', 'noted', 'true'],
      ['3', '2021-08-18', 'Arbejdsmarkeds- og Integrationsudvalget', 'noted', 'false'],
    ]);
    const histories = JSON.parse(referat(['cases', '--json', 'seeds']).stdout);
    for (const h of histories) expect(CaseHistorySchema.safeParse(h).success).toBe(true);
    expect(histories.find((h: { key: string }) => h.key === '27.00.00i02-1-21').events).toHaveLength(3);
  });

  it('check: file:line:col: severity code: message for every diagnostic; exit 0 without errors', () => {
    const run = referat(['check', 'seeds']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const expected = seedDocs.flatMap(({ path }) => parse(seedText(path)).diagnostics.map((d) => `${path}:${d.range.start.line}:${d.range.start.column}: ${d.severity} ${d.code}: ${d.message}`));
    expect(lines).toEqual(expected);
  });

  it('parse: JSON for one input (with its source), NDJSON for many, one file per input with --out', () => {
    const one = JSON.parse(referat(['parse', SEEDS[0]!]).stdout);
    expect(one.source).toMatchObject({ path: SEEDS[0], type: 'text', encoding: 'utf-8', rangesIn: 'file' });
    expect(ReferatSchema.parse(one.document)).toEqual(seedDocs[0]!.document);
    const many = referat(['parse', 'seeds']).stdout.trimEnd().split('\n');
    expect(many.map((l) => JSON.parse(l).file)).toEqual(SEEDS);
    const out = join(work, 'json');
    expect(referat(['parse', '--out', out, 'seeds']).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(SEEDS.map((s) => s.slice(6).replace('.txt', '.json')));
    expect(JSON.parse(readFileSync(join(out, '002_435f3be4912c3654.json'), 'utf8')).document.items).toHaveLength(seedDocs[2]!.document.items.length);
  });

  it('--out writes the file whole and refuses to overwrite an input', () => {
    const out = join(work, 'out', 'decisions.csv');
    expect(referat(['decisions', '--out', out, 'seeds'])).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toBe(referat(['decisions', 'seeds']).stdout);
    expect(readdirSync(join(work, 'out'))).toEqual(['decisions.csv']); // no temporary file left
    const input = join(work, 'input.txt');
    writeFileSync(input, seedText(SEEDS[3]!));
    const refused = referat(['decisions', '--out', input, input]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('refusing to overwrite');
    expect(readFileSync(input, 'utf8')).toBe(seedText(SEEDS[3]!));
  });
});

describe('referat on the corpus and in batches', () => {
  it('reads all 41 corpus documents on the worker pool, in input order, as one thread does', () => {
    const pool = referat(['decisions', '--jobs', '2', 'test/fixtures/corpus']);
    const one = referat(['decisions', '--jobs', '1', 'test/fixtures/corpus']);
    expect(pool.code).toBe(0);
    expect(pool.stdout).toBe(one.stdout);
    const files = [...new Set(csvRecords(pool.stdout).map((r) => r.file))];
    // The directory is walked for .txt and .md (GOLD.md and SOURCES.md are read too), by name;
    // a document gives rows when the library finds items in it.
    const walked = readdirSync(`${root}test/fixtures/corpus`).filter((f) => /\.(txt|md)$/.test(f)).sort();
    expect(walked.filter((f) => f.endsWith('.txt'))).toHaveLength(41);
    const withItems = walked.map((f) => `test/fixtures/corpus/${f}`).filter((f) => parse(readFileSync(`${root}${f}`, 'utf8'), f.endsWith('.md') ? { format: 'markdown' } : {}).document.items.length > 0);
    expect(files).toEqual(withItems);
    expect(files.length).toBeGreaterThan(20);
  });

  it('writes the same attendance and table rows on the worker pool as in one thread, in input order', () => {
    for (const command of ['attendance', 'tables']) {
      const pool = referat([command, '--ndjson', '--jobs', '2', 'seeds', 'test/fixtures/corpus']);
      const one = referat([command, '--ndjson', '--jobs', '1', 'seeds', 'test/fixtures/corpus']);
      expect(pool.code).toBe(0);
      expect(pool.stdout).toBe(one.stdout);
      const files = pool.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { file: string }).file);
      expect(files.length).toBeGreaterThan(100);
      // Rows come grouped by input, the inputs in the order the paths were walked.
      const order = [...new Set(files)];
      expect(order.length).toBeGreaterThanOrEqual(5);
      expect(files).toEqual(order.flatMap((f) => files.filter((g) => g === f)));
      const inputs = [...SEEDS, ...readdirSync(`${root}test/fixtures/corpus`).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => `test/fixtures/corpus/${f}`)];
      expect(order).toEqual(inputs.filter((f) => order.includes(f)));
    }
  });

  it('fails only the inputs whose worker thread crashes, and writes the others in order', () => {
    // The dialect ends the thread on a table row holding EXIT (process.exit) or OOM (the heap,
    // kept small here, runs out); see test/fixtures/dialects/crashing.mjs.
    const dir = join(work, 'crash');
    mkdirSync(dir);
    const names = Array.from({ length: 10 }, (_, i) => `${i}.txt`);
    names.forEach((name, i) => writeFileSync(join(dir, name), seedText(SEEDS[i % SEEDS.length]!)));
    writeFileSync(join(dir, '3.txt'), 'Punkt 1: Sag\n\nSagsfremstilling\n\n\tEXIT\tb\n');
    writeFileSync(join(dir, '6.txt'), 'Punkt 1: Sag\n\nSagsfremstilling\n\n\tOOM\tb\n');
    const dialect = ['--dialect-file', 'test/fixtures/dialects/crashing.mjs'];
    const crashed = referat(['decisions', '--jobs', '2', ...dialect, dir], { node: ['--max-old-space-size=128'] });
    const others = names.filter((n) => n !== '3.txt' && n !== '6.txt').map((n) => join(dir, n));
    const alone = referat(['decisions', '--jobs', '1', ...dialect, ...others]);
    expect(crashed.code).toBe(1);
    expect(crashed.stdout).toBe(alone.stdout);
    expect([...new Set(csvRecords(crashed.stdout).map((r) => r.file))]).toEqual(others);
    expect(crashed.stderr).toContain(`referat: ${join(dir, '3.txt')}: failed while parsing: process.exit(70) was called\n`);
    expect(crashed.stderr).toMatch(new RegExp(`^referat: ${join(dir, '6.txt')}: failed while parsing: .*memory`, 'm'));
    expect(crashed.stderr.split('\n').filter(Boolean)).toHaveLength(2);
  });
});

const PDFS = ['../shared/pdf/ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04.pdf', '../shared/pdf/syddjurs-udvalget-for-plan-udvikling-og-kultur-2013-06-20.pdf'] as const;

describe('referat on inputs as they are published', () => {
  it('reads both PDFs: laid out in lines with form feeds between pages and TABs before TOC page numbers', () => {
    const text = referat(['text', PDFS[0]]).stdout;
    expect(text.split('\f')).toHaveLength(16);
    expect(text).toMatch(/^1\. +Meddelelser\t3$/m);
    expect(text).toMatch(/^ *Forløbsprogrammer \(patientuddannelse, træning samt\t1\.370\.000 kr\.$/m);
    const parsed = referat(['parse', '--format', 'ndjson', ...PDFS]).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(parsed.map((p) => [p.source.type, p.source.pages, p.source.rangesIn])).toEqual([
      ['pdf', 15, 'extracted-text'],
      ['pdf', 5, 'extracted-text'],
    ]);
    const [ballerup, syddjurs] = parsed.map((p) => p.document);
    expect(ballerup.items.map((i: { number: number }) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ballerup.items[5].title).toBe('Prioritering af midler til kronisk syge borgere og hverdagsrehabilitering for ældre');
    expect(ballerup.participants).toHaveLength(7);
    expect(syddjurs.items.map((i: { number: number; caseNumber: { raw: string } }) => [i.number, i.caseNumber?.raw])).toEqual([[715, '12/27845']]);
    expect(syddjurs.participants.map((p: { name: string }) => p.name)).toEqual(['Jesper Mathiesen', 'Ole Bollesen', 'Ole Bjerregaard', 'Steen Fris', 'Niels Viderø']);
  });

  it('reads a web page made from a seed as the seed: scripts and navigation left out, table rows as TABs', () => {
    const seed = seedText(SEEDS[0]!);
    const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const body = seed
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (l.includes('\t') ? `<table><tr>${l.split('\t').map((c) => `<td>${esc(c)}</td>`).join('')}</tr></table>` : `<p>${esc(l)}</p>`))
      .join('\n');
    const page = join(work, 'seed.html');
    writeFileSync(page, `<!DOCTYPE html><html><head><title>Referat</title><script>document.write("Punkt 99: Skjult")</script></head><body><nav><a href="/">Forside</a></nav>\n${body}\n</body></html>`);
    const text = referat(['text', page]).stdout;
    expect(text).not.toContain('Punkt 99');
    expect(text).not.toContain('Forside');
    expect(text).toContain('Godkendelse af dagsorden og referat fra sidste møde.....\t3');
    const fromHtml = csvRecords(referat(['decisions', page]).stdout);
    const fromSeed = csvRecords(referat(['decisions', SEEDS[0]!]).stdout);
    const key = (r: Record<string, string>) => [r.item, r.item_title, r.case_number, r.body, r.decision_date, r.outcome, r.text];
    expect(fromHtml.map(key)).toEqual(fromSeed.map(key));
    expect(JSON.parse(referat(['parse', page]).stdout).source).toMatchObject({ type: 'html', rangesIn: 'extracted-text' });
  });

  it('decodes Windows-1252 (guessed, said in an info diagnostic), UTF-16 and UTF-8 with BOM; reports U+FFFD', () => {
    const seed = seedText(SEEDS[1]!);
    const cp1252 = windows1252(seed);
    const files = {
      cp1252: cp1252,
      utf8: new TextEncoder().encode(new TextDecoder('windows-1252').decode(cp1252)),
      bom: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(seed)]),
      utf16: new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(seed, 'utf16le'))]),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(work, `${name}.txt`), bytes);
    const rows = (name: string): Record<string, string>[] => csvRecords(referat(['decisions', join(work, `${name}.txt`)]).stdout).map((r) => ({ ...r, file: '' }));
    expect(rows('cp1252')).toEqual(rows('utf8'));
    expect(rows('bom')).toEqual(csvRecords(referat(['decisions', SEEDS[1]!]).stdout).map((r) => ({ ...r, file: '' })));
    expect(rows('utf16')).toEqual(rows('bom'));
    expect(rows('cp1252').some((r) => r.body === 'Arbejdsmarkeds- og Integrationsudvalget')).toBe(true);
    const check = referat(['check', join(work, 'cp1252.txt'), join(work, 'bom.txt')]).stdout;
    expect(check).toContain(`${join(work, 'cp1252.txt')}:1:1: info encoding-guessed: The file is not UTF-8; it was decoded as windows-1252`);
    expect(check).not.toContain(`${join(work, 'bom.txt')}:1:1: info encoding-guessed`);
    writeFileSync(join(work, 'lost.txt'), seed.replace('Mødested', 'M\ufffddested').replace('Lemvig Rådhus', 'Lemvig R\ufffddhus'));
    const line = seed.split('\n').findIndex((l) => l.startsWith('Mødested')) + 1;
    expect(referat(['check', join(work, 'lost.txt')]).stdout).toContain(`lost.txt:${line}:2: warning replacement-character: The text holds 2 U+FFFD replacement characters`);
    expect(referat(['check', join(work, 'lost.txt')]).stdout).toMatch(/lost\.txt:\d+:2: warning replacement-character: The text holds 2 U\+FFFD replacement characters/);
  });

  it('reports and skips a broken, an empty, a binary, an unreadable file, a dangling link and a FIFO; the rest is read; exit 1', () => {
    const dir = join(work, 'batch');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-good.txt'), seedText(SEEDS[0]!));
    writeFileSync(join(dir, 'b-broken.pdf'), '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
    writeFileSync(join(dir, 'c-empty.txt'), '');
    writeFileSync(join(dir, 'd-binary.txt'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]));
    writeFileSync(join(dir, 'e-unreadable.txt'), seedText(SEEDS[3]!));
    chmodSync(join(dir, 'e-unreadable.txt'), 0o000);
    symlinkSync(join(dir, 'no-such-target.txt'), join(dir, 'f-dangling.txt'));
    execFileSync('mkfifo', [join(dir, 'g-fifo.txt')]);
    writeFileSync(join(dir, 'h-good.md'), seedText(SEEDS[4]!));
    // Root reads a file whatever its permissions: as root, run as `nobody`, a user who cannot
    // read it, when `nobody` can run the checkout's command; if not (a checkout in a private
    // folder), run as root, which reads it, and the dangling link and the FIFO remain as the
    // entries that cannot be read.
    const isRoot = process.getuid?.() === 0;
    const nobody = { uid: 65534, gid: 65534 };
    const asNobody = isRoot && referat(['--version'], nobody).code === 0;
    const permissionsHold = !isRoot || asNobody;
    const run = referat(['decisions', dir, join(work, 'missing.txt')], asNobody ? nobody : {});
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n').sort()).toEqual([
      `referat: ${dir}/b-broken.pdf: not a readable PDF (Invalid PDF structure.)`,
      `referat: ${dir}/c-empty.txt: empty file`,
      `referat: ${dir}/d-binary.txt: binary file (it holds NUL bytes), not text`,
      ...(permissionsHold ? [`referat: ${dir}/e-unreadable.txt: permission denied`] : []),
      `referat: ${dir}/f-dangling.txt: no such file or directory`,
      `referat: ${dir}/g-fifo.txt: not a regular file`,
      `referat: ${work}/missing.txt: no such file or directory`,
    ]);
    const files = [...new Set(csvRecords(run.stdout).map((r) => r.file))];
    expect(files).toEqual([`${dir}/a-good.txt`, ...(permissionsHold ? [] : [`${dir}/e-unreadable.txt`]), `${dir}/h-good.md`]);
  });

  it('reads standard input for -', () => {
    const run = referat(['parse', '-'], { input: seedText(SEEDS[2]!) });
    expect(run.code).toBe(0);
    const { file, document } = JSON.parse(run.stdout);
    expect(file).toBe('-');
    expect(document.items).toHaveLength(seedDocs[2]!.document.items.length);
    expect(existsSync(join(work, 'stdin.json'))).toBe(false);
  });
});
