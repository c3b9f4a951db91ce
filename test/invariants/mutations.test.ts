import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ParseResult, parse } from 'referat';
import { expectInvariants } from '../helpers/invariants.js';

/*
 * The invariants (`expectInvariants`) on every seed and on a few hundred deterministic
 * mutations of them: lines deleted, duplicated, swapped and cut, line ends and spaces changed,
 * Markdown added and removed, seeds concatenated and repeated. No mutation may throw.
 */

const seedDir = new URL('../../seeds/', import.meta.url);
const files = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
const seeds = files.map((f) => ({ id: f.slice(0, 3), text: readFileSync(new URL(f, seedDir), 'utf8') }));
const plainSeeds = seeds.filter((s) => s.id !== '004');
const markdownSeed = seeds.find((s) => s.id === '004')!;

/** mulberry32: a small seeded PRNG, so every run makes the same cases. */
function prng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

type Mutation = (text: string, rand: (n: number) => number) => string;
const lines = (text: string) => text.split('\n');

const deleteLines: Mutation = (text, rand) => {
  const ls = lines(text);
  for (let k = 1 + rand(20); k > 0 && ls.length > 1; k--) ls.splice(rand(ls.length), 1 + rand(3));
  return ls.join('\n');
};
const duplicateLines: Mutation = (text, rand) => {
  const ls = lines(text);
  for (let k = 1 + rand(10); k > 0; k--) {
    const i = rand(ls.length);
    ls.splice(i, 0, ...ls.slice(i, i + 1 + rand(4)));
  }
  return ls.join('\n');
};
const swapLines: Mutation = (text, rand) => {
  const ls = lines(text);
  for (let k = 1 + rand(10); k > 0; k--) {
    const i = rand(ls.length);
    const j = rand(2) ? Math.min(ls.length - 1, i + 1) : rand(ls.length);
    [ls[i], ls[j]] = [ls[j]!, ls[i]!];
  }
  return ls.join('\n');
};
/** Cuts a non-empty line mid-way: splits it in two, truncates it, or joins it to the next. */
const cutLine: Mutation = (text, rand) => {
  const ls = lines(text);
  for (let k = 1 + rand(5); k > 0; k--) {
    const full = ls.map((l, i) => [l, i] as const).filter(([l]) => l.length > 1);
    const [line, i] = full[rand(full.length)]!;
    const at = 1 + rand(line.length - 1);
    const how = rand(3);
    if (how === 0) ls.splice(i, 1, line.slice(0, at), line.slice(at));
    else if (how === 1) ls[i] = line.slice(0, at);
    else if (i + 1 < ls.length) ls.splice(i, 2, line + ls[i + 1]!);
  }
  return ls.join('\n');
};
/** Lines of the format's vocabulary, inserted where they do not belong. */
const STRAY = [
  'Punkt 99: Indskudt punkt', 'Beslutning', 'Sagsnr.: 2011-29298', '27.69.48-P35-1-22', 'Mødedato', 'Mødedeltagere',
  'Indholdsfortegnelse', 'REFERAT Udvalg d. 01-02-2025', '1', '- ', 'Ad 1.', 'a) b', '\t', 'X\t', '## ', '**', '#### **Bilag**',
  'Afbud: A (F) og B (I)', 'Direktøren indstiller,', 'Beslutning fra Udvalget, den 1. maj 2024, punkt 3:', '\u00a0', '\ufeff',
];
const insertLines: Mutation = (text, rand) => {
  const ls = lines(text);
  for (let k = 1 + rand(8); k > 0; k--) ls.splice(rand(ls.length + 1), 0, STRAY[rand(STRAY.length)]!);
  return ls.join('\n');
};
const LINE_MUTATIONS: [string, Mutation][] = [
  ['stray format lines inserted', insertLines],
  ['lines deleted', deleteLines],
  ['lines duplicated', duplicateLines],
  ['lines swapped', swapLines],
  ['a line cut mid-way', cutLine],
];

const TRANSFORMS: [string, (t: string) => string][] = [
  ['CRLF line ends', (t) => t.replace(/\n/g, '\r\n')],
  ['CR line ends', (t) => t.replace(/\n/g, '\r')],
  ['a BOM added', (t) => `\ufeff${t}`],
  // Not after `#`: Markdown (CommonMark) needs a real space after a heading marker.
  ['spaces turned to NBSP', (t) => t.replace(/(?<!#) /g, '\u00a0')],
  ['TABs removed', (t) => t.replace(/\t/g, '')],
  ['TABs turned to spaces', (t) => t.replace(/\t/g, ' ')],
  ['trailing spaces added', (t) => t.replace(/\n/g, '  \n')],
  ['a final newline added', (t) => `${t}\n`],
  ['BOM, CRLF and NBSP together', (t) => `\ufeff${t.replace(/(?<!#) /g, '\u00a0').replace(/\n/g, '\r\n')}`],
];

/** The 0-based lines where the parse of `text` found item openers and section headings. */
function headingLines(result: ParseResult): { items: Set<number>; sections: Set<number> } {
  const items = new Set<number>();
  const sections = new Set<number>();
  for (const it of result.document.items) {
    items.add(it.headingRange.start.line - 1);
    for (const s of it.sections) if (s.headingRange) sections.add(s.headingRange.start.line - 1);
  }
  return { items, sections };
}

/** Markdown markers around the headings of a plain seed: `## ` / `### ` before, `**` around. */
function addMarkdown(text: string, hashes: boolean, bold: boolean): string {
  const { items, sections } = headingLines(parse(text));
  return lines(text)
    .map((l, i) => {
      if (!items.has(i) && !sections.has(i)) return l;
      const body = bold ? `**${l}**` : l;
      return hashes ? `${items.has(i) ? '##' : '###'} ${body}` : body;
    })
    .join('\n');
}

const removeMarkdown = (t: string) => t.replace(/^#{1,6} /gm, '').replace(/\*\*/g, '').replace(/\\([_*])/g, '$1');

interface Case {
  name: string;
  input: string;
  /** What else must hold, beyond the invariants. */
  check?: (result: ParseResult) => void;
}

const itemCount = (text: string) => parse(text).document.items.length;
const sameItems = (text: string) => {
  const expected = parse(text).document.items.map((it) => [it.number, it.title.replace(/\u00a0/g, ' ')]);
  return (r: ParseResult) => expect(r.document.items.map((it) => [it.number, it.title])).toEqual(expected);
};

function cases(): Case[] {
  const out: Case[] = [];
  seeds.forEach((seed, s) => {
    out.push({ name: `${seed.id} as is`, input: seed.text, check: sameItems(seed.text) });
    LINE_MUTATIONS.forEach(([what, mutate], m) => {
      for (let k = 0; k < 10; k++) {
        const rand = prng(1000 * s + 100 * m + k);
        out.push({ name: `${seed.id} ${what} #${k}`, input: mutate(seed.text, rand) });
      }
    });
    for (let k = 0; k < 10; k++) {
      const rand = prng(7919 * (s + 1) + k);
      let input = seed.text;
      for (let n = 0; n < 4; n++) input = LINE_MUTATIONS[rand(LINE_MUTATIONS.length)]![1](input, rand);
      const [, transform] = TRANSFORMS[rand(TRANSFORMS.length)]!;
      out.push({ name: `${seed.id} four mutations and a transform #${k}`, input: transform(input) });
    }
    for (const [what, transform] of TRANSFORMS) {
      const keepsItems = !what.startsWith('TABs');
      out.push({
        name: `${seed.id} ${what}`,
        input: transform(seed.text),
        check: keepsItems ? sameItems(seed.text) : undefined,
      });
    }
    const n = itemCount(seed.text);
    out.push({
      name: `${seed.id} repeated 20 times`,
      input: seed.text.repeat(20),
      check: (r) => expect(r.document.items).toHaveLength(20 * n),
    });
  });
  for (const seed of plainSeeds) {
    const n = itemCount(seed.text);
    for (const [hashes, bold] of [[true, false], [false, true], [true, true]] as const) {
      out.push({
        name: `${seed.id} Markdown added (${hashes ? '#' : ''}${bold ? '**' : ''})`,
        input: addMarkdown(seed.text, hashes, bold),
        check: (r) => expect(r.document.items).toHaveLength(n),
      });
    }
    const rand = prng(42 + Number(seed.id));
    const noisy = lines(seed.text).map((l) => (l && rand(8) === 0 ? `${'#'.repeat(1 + rand(6))} ${l}` : l));
    out.push({ name: `${seed.id} # before random lines`, input: noisy.join('\n') });
  }
  const n004 = itemCount(markdownSeed.text);
  out.push({
    name: '004 Markdown removed',
    input: removeMarkdown(markdownSeed.text),
    check: (r) => expect(r.document.items).toHaveLength(n004),
  });
  out.push({ name: '004 Markdown removed, parsed as markdown', input: removeMarkdown(markdownSeed.text) });
  for (const a of seeds) {
    for (const b of seeds) {
      if (a === b) continue;
      const count = itemCount(a.text) + itemCount(b.text);
      // Plain text followed by Markdown is read in one format; only same-format pairs keep every item.
      const sameFormat = (a === markdownSeed) === (b === markdownSeed);
      out.push({
        name: `${a.id} + ${b.id}`,
        input: a.text + b.text,
        check: sameFormat ? (r) => expect(r.document.items).toHaveLength(count) : undefined,
      });
      out.push({ name: `${a.id} + ${b.id} joined mid-line`, input: a.text.slice(0, -40) + b.text.trimStart() });
    }
  }
  return out;
}

describe('invariants under mutation', () => {
  const all = cases();

  it('generates a few hundred distinct cases', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(new Set(all.map((c) => c.input)).size).toBeGreaterThan(all.length - 10);
  });

  it.each(all.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const options = name.endsWith('parsed as markdown') ? ({ format: 'markdown' } as const) : undefined;
    const result = parse(c.input, options);
    expectInvariants(c.input, result, options);
    c.check?.(result);
  });
});
