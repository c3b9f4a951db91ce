import { describe, expect, it } from 'vitest';
import { trimmedLength } from '../../src/text/trimmed-length.js';

describe('trimmedLength', () => {
  it('counts what String.prototype.trim keeps, for every UTF-16 code unit at either end', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`${ch}ab`, `ab${ch}`, `${ch}${ch}`, `a${ch}b`]) {
        if (trimmedLength(text) !== text.trim().length) wrong.push(c.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with trim on lines of the seeds’ kind and on runs of mixed space', () => {
    const lines = [
      '',
      '\n',
      '  Beslutning\n',
      '\u00a0\u00a0Punkt 3: Budget\u00a0\r\n',
      '\ufeffReferat\u2028',
      '\t \u3000\u205f',
      'Økonomiudvalget',
      'A\u200b\n', // a zero-width space is not white space to trim: it stays
    ];
    for (const line of lines) expect(trimmedLength(line)).toBe(line.trim().length);
  });
});
