import { describe, expect, it } from 'vitest';
import { type PlacedText, layoutPage } from 'referat/pdf';

/** Runs at 10 pt, 5 pt per character, on baselines `y`, from `x`. */
const run = (text: string, x: number, y: number): PlacedText => ({ text, x, y, width: text.length * 5, size: 10 });

describe('layoutPage', () => {
  it('puts runs on one baseline on one line, indents by position, and turns vertical gaps into blank lines', () => {
    const page = [run('Meddelelser', 85, 700), run('1.', 60, 700), run('Sagsnr.: 2011-29298', 85, 676), run('Dok.nr.: 2012-202935', 85, 664)];
    expect(layoutPage(page)).toBe('1.   Meddelelser\n\n     Sagsnr.: 2011-29298\n     Dok.nr.: 2012-202935');
  });

  it('writes a table with amounts as TAB-separated cells, its wrapped cells with a TAB on the other side', () => {
    const page = [
      run('Indsats', 60, 500), run('Afsatte midler', 360, 500),
      run('i 2013', 360, 488),
      run('Forløbsprogrammer (træning samt', 60, 476), run('1.370.000 kr.', 360, 476),
      run('koordination)', 60, 464),
      run('I alt', 60, 452), run('2.890.000 kr.', 360, 452),
    ];
    expect(layoutPage(page).split('\n')).toEqual(['Indsats\tAfsatte midler', '\ti 2013', 'Forløbsprogrammer (træning samt\t1.370.000 kr.', 'koordination)\t', 'I alt\t2.890.000 kr.']);
  });

  it('reads two columns of names one after the other, and keeps a label’s value on its line', () => {
    const members = [run('Jesper Mathiesen (A)', 60, 500), run('Ole Bjerregaard (V)', 260, 500), run('Ole Bollesen (A)', 60, 488), run('Steen Fris (C)', 260, 488)];
    expect(layoutPage(members)).toBe('Jesper Mathiesen (A)\nOle Bollesen (A)\nOle Bjerregaard (V)\nSteen Fris (C)');
    const labels = [run('Sagsnr.:', 60, 500), run('12/27845', 190, 500), run('Sagen afgøres i:', 60, 488), run('Byrådet', 190, 488)];
    expect(layoutPage(labels)).toBe(`Sagsnr.:${' '.repeat(18)}12/27845\nSagen afgøres i:${' '.repeat(10)}Byrådet`);
  });

  it('gives an empty string for a page without text', () => {
    expect(layoutPage([])).toBe('');
    expect(layoutPage([run('   ', 60, 500)])).toBe('');
  });
});
