import { describe, expect, it } from 'vitest';
import { readAmount } from 'referat';

/**
 * The pattern `readAmount` read every amount with before a number with a unit (`3 kr.`, `25%`)
 * got a reading of its own: the same value and unit, for any text.
 */
const AMOUNT =
  /^([-−–+]?)\s?(\d{1,3}(?:\.\d{3}){1,8}|\d+)(?:,(\d+))?(?:\s?(mio[\s.]{0,3}kr\.?|mia[\s.]{0,3}kr\.?|t\.?\s?kr\.?|kr\.?|%))?(?:\s?\([^()]{0,20}\))?$/i;

function byPattern(text: string): { value: number; unit: string | null } | null {
  const m = AMOUNT.exec(text.trim());
  if (!m) return null;
  const digits = m[2]!.replace(/\./g, '');
  const value = Number(m[3] ? `${digits}.${m[3]}` : digits) * (m[1] && m[1] !== '+' ? -1 : 1);
  const raw = m[4]?.toLowerCase();
  const unit = !raw ? null : raw === '%' ? '%' : raw[0] === 'm' ? (raw[2] === 'o' ? 'mio. kr.' : 'mia. kr.') : raw[0] === 't' ? 'tkr' : 'kr';
  return { value: value === 0 ? 0 : value, unit };
}

describe('readAmount of a number with a unit', () => {
  it.each([
    ['3 kr.', 3, 'kr'],
    ['3kr.', 3, 'kr'],
    ['3 kr', 3, 'kr'],
    ['007 kr.', 7, 'kr'],
    ['25%', 25, '%'],
    ['25 %', 25, '%'],
    ['0 kr.', 0, 'kr'],
    ['3 Kr.', 3, 'kr'],
    ['3\u00a0kr.', 3, 'kr'],
    ['1.250 kr.', 1250, 'kr'],
  ])('%s', (text, value, unit) => {
    expect(readAmount(text)).toEqual({ value, unit });
  });

  it.each(['3  kr.', '3 kr..', '3 kr.x', '3 k', '3 %%', '3 kr. ekstra', '3 krone', '3 %x'])('%s is no amount', (text) => {
    expect(readAmount(text)).toBeNull();
  });

  it('reads what the pattern reads, for digits, spaces and unit letters in any order', () => {
    const parts = ['1', '07', '123', '4567', ' ', '  ', 'kr', 'kr.', 'Kr.', '%', '.', ',', '5', 'k', 'r', '-', '(1)', 'mio. kr.', 't.kr.'];
    const texts: string[] = [];
    for (const a of parts) for (const b of parts) for (const c of parts) texts.push(`${a}${b}${c}`, `9${a}${b}${c}`);
    for (const text of texts) {
      if (text.trim().endsWith(',-') || text.trim().startsWith('(')) continue;
      expect(readAmount(text), text).toEqual(byPattern(text));
    }
  });
});
