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

describe('cli --csv', () => {
  it('prints a row per decision for every file given', () => {
    const { code, stdout } = run(['--csv', 'decisions', 'seeds/001_0de4ab91bb15812b.txt', 'seeds/004_71c95ee80b6b86ff.txt']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('file,municipality,committee,meeting_date,item,item_title,case_number,kle_subject,body,date,current,outcome,absent,text');
    const item8 = lines.filter((l) => l.startsWith('seeds/001') && l.includes(',8,'));
    expect(item8).toHaveLength(3);
    expect(item8[1]).toContain(',Familie- og Kulturudvalget,2021-06-23,false,noted,Michelle Welle Tange,');
    expect(lines.some((l) => l.startsWith('seeds/004_71c95ee80b6b86ff.txt,Lejre Kommune,'))).toBe(true);
  });

  it('prints a row per absence, quoting fields with commas', () => {
    const { stdout } = run(['--csv', 'absences', 'seeds/002_435f3be4912c3654.txt']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('file,municipality,committee,meeting_date,item,body,date,current,name,party,participant,substitute');
    expect(lines).toContain(
      'seeds/002_435f3be4912c3654.txt,Lyngby-Taarbæk Kommune,Forebyggelses- og Socialudvalget,2024-10-31,3,Forebyggelses- og Socialudvalget,2024-10-31,true,Gitte Kjær-Westermann,B,Gitte Kjær-Westermann,Cecilie Lindahl',
    );
    const quoted = run(['--csv', 'decisions', '-'], 'Punkt 1: Sag\n\nBeslutning\n\nGodkendt, dog med "forbehold".\n').stdout;
    expect(quoted.trimEnd().split('\n')[1]).toMatch(/,"Godkendt, dog med ""forbehold""\."$/);
  });

  it('refuses an unknown table', () => {
    expect(run(['--csv', 'votes', 'seeds/000_a754a08f3d241eb2.txt']).code).toBe(2);
  });
});
