import { describe, expect, it } from 'vitest';
import { readDecisionHeading } from '../../src/interpret/decisions.js';
import { findDate } from '../../src/text/dates.js';

/**
 * `readDecisionHeading` cuts the body's tail (`, den`, `d.`, colons, spaces) on indices and reads
 * the item number in place; the reference is the earlier form with slices and regexes.
 */
function stripTail(text: string): string {
  let s = text;
  for (let before = ''; before !== s; ) {
    before = s;
    s = s.trimEnd();
    if (s.endsWith(',') || s.endsWith(':')) s = s.slice(0, -1);
    if (/(?:^|\s)(?:den|d\.)$/i.test(s.slice(-4))) s = s.replace(/(?:den|d\.)$/i, '');
  }
  return s.trim();
}

function reference(text: string) {
  const date = findDate(text);
  const number = /\b(?:punkt|pkt\.?)\s*(\d{1,4})/i.exec(text);
  let body: string | null = null;
  const from = /^beslutning\s+(?:fra|i)\s+(.+)$/i.exec(text);
  const genitive = /^(.+?)s\s+beslutning\b/i.exec(text);
  if (from) {
    const rest = from[1]!;
    const offset = text.length - rest.length;
    const cuts = [date?.index, number?.index].filter((i): i is number => i !== undefined && i >= offset);
    const end = cuts.length ? Math.min(...cuts) - offset : rest.length;
    body = stripTail(rest.slice(0, Math.min(end, 200))) || null;
  } else if (genitive) body = genitive[1]!.trim();
  if (!body && !date && !number) return null;
  return { body, date: date?.iso ?? null, itemNumber: number ? Number(number[1]) : null };
}

describe('readDecisionHeading', () => {
  it('reads as the slicing reference does', () => {
    const heads = ['Beslutning fra ', 'Beslutning i ', 'BESLUTNING FRA  ', 'beslutning\u00a0fra\u00a0', 'Beslutning fra', 'Beslutning ', 'Udvalgets beslutning ', ''];
    const bodies = ['Udvalget', 'Social- og Seniorudvalget', '', ' ', 'den', 'Xden', 'Udvalget den', 'Udvalget d.', 'Udvalget, den, d.: ', 'Udvalget:', 'Udvalget ,', 'D.', 'DEN', 'a d.'];
    const dates = ['', ', den 1. maj 2025', ' d. 1.5.2025', ' den 31.02.2025', ' 2025-05-01', ', den 12. december', '\n1. maj 2025'];
    const numbers = ['', ', punkt 3:', ' pkt. 12', ' Punkt  64', ' pkt.7', ' punkt 12345', ' PKT 9', ' punkt', ' pkt.:'];
    const wrong: string[] = [];
    for (const head of heads) {
      for (const body of bodies) {
        for (const date of dates) {
          for (const number of numbers) {
            const text = head + body + date + number;
            if (JSON.stringify(readDecisionHeading(text)) !== JSON.stringify(reference(text))) wrong.push(text);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
