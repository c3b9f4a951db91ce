import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/cli.js';

function run(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = cli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readStdin: () => stdin,
  });
  return { code, stdout, stderr };
}

describe('cli', () => {
  it('prints the parsed seed as JSON', () => {
    const { code, stdout } = run(['seeds/000_a754a08f3d241eb2.txt']);
    expect(code).toBe(0);
    const { document, diagnostics } = JSON.parse(stdout);
    expect(document.committee).toBe('Handicaprådet');
    expect(document.items).toHaveLength(8);
    expect(Array.isArray(diagnostics)).toBe(true);
  });

  it('reads standard input with - and honours --format and --compact', () => {
    const { code, stdout } = run(['-', '--format', 'markdown', '--compact'], '## **Punkt 1: A**\n');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout).document.items[0].title).toBe('A');
  });

  it('fails with usage on bad arguments and with 1 on a missing file', () => {
    expect(run(['--format', 'pdf']).code).toBe(2);
    expect(run(['--nope']).code).toBe(2);
    const missing = run(['no/such/file.txt']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read');
  });
});
