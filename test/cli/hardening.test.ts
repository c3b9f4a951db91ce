import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'referat';
import { jsonPieces } from '../../src/cli/json-pieces.js';
import { csvRecords, referat, seedText, SEEDS } from './run.js';

/** Issue 14, "Command line": formula injection, an input size cap, JSON written in pieces. */
const dir = mkdtempSync(join(tmpdir(), 'referat-hard-'));
const table = 'Punkt 1: Budget\n\nBeslutning\n\nGodkendt.\n\nPost\tBeløb\n=HYPERLINK("http://x";"klik")\t-3,80 mio. kr.\n+SUM(A1)\t2\n@cmd\t3\n-tekst\t4\n-2+3+cmd|\' /C calc\'!A0\t5\n';
const file = join(dir, 'formler.txt');
writeFileSync(file, table);

describe('CSV formula injection (CWE-1236)', () => {
  it('neutralises cells starting with = + - @ by default; amounts stay as printed', () => {
    const run = referat(['tables', '-q', file]);
    expect(run.code).toBe(0);
    const texts = csvRecords(run.stdout).map((r) => [r.text, r.value]);
    expect(texts).toContainEqual([`'=HYPERLINK("http://x";"klik")`, '']);
    expect(texts).toContainEqual(["'+SUM(A1)", '']);
    expect(texts).toContainEqual(["'@cmd", '']);
    expect(texts).toContainEqual(["'-tekst", '']);
    expect(texts).toContainEqual(["'-2+3+cmd|' /C calc'!A0", '']);
    expect(texts).toContainEqual(['-3,80 mio. kr.', '-3.8']);
    for (const r of csvRecords(run.stdout)) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+@\t\r]/);
  });

  it('keeps them as they are with --formulas, and in JSON', () => {
    const raw = csvRecords(referat(['tables', '-q', '--formulas', file]).stdout).map((r) => r.text);
    expect(raw).toContain('=HYPERLINK("http://x";"klik")');
    const json = referat(['tables', '-q', '--ndjson', file]).stdout.trim().split('\n').map((l) => JSON.parse(l).text);
    expect(json).toContain('+SUM(A1)');
  });
});

describe('input size cap', () => {
  it('refuses standard input over --max-size with a clear message, and reads the other inputs', () => {
    const run = referat(['parse', '-q', '--max-size', '1', '-', SEEDS[0]!], { input: 'x'.repeat(3e6) });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/referat: -: more than the --max-size limit of 1 MB; not read \(raise the limit with --max-size <MB>\)/);
    expect(run.stdout).toContain('"file":"seeds/000');
  });

  it('refuses a file over --max-size before reading it', () => {
    const run = referat(['check', '-q', '--max-size', '0.01', SEEDS[1]!]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/MB, more than the --max-size limit of 0\.01 MB/);
  });

  it('says what --max-size expects', () => {
    const run = referat(['check', '--max-size', 'lots', SEEDS[0]!]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--max-size expects a number of MB above 0, got 'lots'");
  });
});

describe('JSON in pieces', () => {
  it('is JSON.stringify character for character, indented or not', () => {
    const text = Array(40).fill(seedText(SEEDS[2]!)).join('\n');
    const { document, diagnostics } = parse(text);
    const out = { file: 'x', source: { path: 'x', skip: undefined }, document, diagnostics };
    for (const indent of [2, undefined]) {
      const pieces = jsonPieces(out, indent);
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join('')).toBe(JSON.stringify(out, null, indent));
    }
  });

  it('writes a parse whose JSON is longer than one string may be', () => {
    // A document whose JSON would pass V8's string limit if made in one piece: measured by the
    // pieces, never joined here.
    const { document } = parse('Punkt 1: A\n\n' + 'Et afsnit med tekst.\n\n'.repeat(200000));
    const pieces = jsonPieces({ document }, 2);
    const length = pieces.reduce((n, p) => n + p.length, 0);
    expect(length).toBeGreaterThan(40e6);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(4e6);
  });
});
