import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, DIAGNOSTIC_CODE_DOCS } from 'referat';

describe('docs/diagnostics.md', () => {
  it('documents every diagnostic code with the same meaning as the code table', () => {
    const doc = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');
    const rows = new Map(
      [...doc.matchAll(/^\| `([a-z-]+)` \| \w+ \| (.+) \|$/gm)].map((m) => [m[1], m[2]]),
    );
    expect([...rows.keys()].sort()).toEqual([...DIAGNOSTIC_CODES].sort());
    for (const code of DIAGNOSTIC_CODES) expect(rows.get(code)).toBe(DIAGNOSTIC_CODE_DOCS[code]);
  });
});
