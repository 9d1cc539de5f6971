// `consentry redact` in-process: plain text and JSON lines, UTF-16 offsets, errors, and the directory.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.js';
import { openTestStore, type TestStore } from '../../../test/support/test-stores.js';
import { addSuppressionEntry } from '../../store/suppression-list.js';

const dirs: string[] = [];
function emptyDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-redact-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('consentry redact', () => {
  it('redacts plain text from stdin to stdout, and creates no database when none exists', async () => {
    const cwd = emptyDir();
    const run = await runCli(['redact'], { cwd, stdin: 'Mail ada@example.org or call +44 20 7946 0958.\nThanks Sarah!\n' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Mail <EMAIL_ADDRESS> or call <PHONE_NUMBER>.\nThanks <PERSON>!\n');
    expect(existsSync(join(cwd, 'data'))).toBe(false);
  });

  it('writes one JSON line per input line, in order, with offsets into the original in UTF-16 code units', async () => {
    const lines = [
      { id: 'a', text: '🎉🎉 Congrats José García! Write to josé@exämple.org' },
      { id: 2, text: 'The ünïcödé text first, then 4111 1111 1111 1111 😀 done' },
      { id: 'c', text: 'nothing personal here' },
    ];
    const run = await runCli(['redact', '--jsonl'], { cwd: emptyDir(), stdin: `${lines.map((l) => JSON.stringify(l)).join('\n')}\n\n` });
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; text: string; entities: { type: string; start: number; end: number }[] });
    expect(out.map((o) => o.id)).toEqual(['a', 2, 'c']);
    const first = lines[0]?.text ?? '';
    expect(out[0]?.entities.map((e) => [e.type, first.slice(e.start, e.end)])).toEqual([
      ['PERSON', 'José García'],
      ['EMAIL_ADDRESS', 'josé@exämple.org'],
    ]);
    // Two emoji are four UTF-16 code units: "José" starts at 4 + " Congrats ".length.
    expect(out[0]?.entities[0]?.start).toBe(14);
    expect(out[0]?.text).toBe('🎉🎉 Congrats <PERSON>! Write to <EMAIL_ADDRESS>');
    const second = lines[1]?.text ?? '';
    expect(out[1]?.entities.map((e) => second.slice(e.start, e.end))).toEqual(['4111 1111 1111 1111']);
    expect(out[2]).toEqual({ id: 'c', text: 'nothing personal here', entities: [] });
  });

  it('stops at a bad line with its number and exit status 1, after writing the lines before it', async () => {
    const stdin = `${JSON.stringify({ id: '1', text: 'Hi Sarah' })}\n{"id": "2", "text": 42}\n${JSON.stringify({ id: '3', text: 'x' })}\n`;
    const run = await runCli(['redact', '--jsonl'], { cwd: emptyDir(), stdin });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('line 2');
    expect(run.stderr).toContain('"text" must be a string');
    expect(run.stdout).toBe(`${JSON.stringify({ id: '1', text: 'Hi <PERSON>', entities: [{ type: 'PERSON', start: 3, end: 8 }] })}\n`);
    const notJson = await runCli(['redact', '--jsonl'], { cwd: emptyDir(), stdin: 'not json\n' });
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toMatch(/line 1: not JSON/);
  });

  it('applies the mask and pseudonym operators and refuses unknown ones', async () => {
    const masked = await runCli(['redact', '--operator', 'mask'], { cwd: emptyDir(), stdin: 'Call 212-555-0187' });
    expect(masked.stdout).toBe('Call ************');
    const pseudonyms = await runCli(['redact', '--operator', 'pseudonym'], { cwd: emptyDir(), stdin: 'Thanks Sarah Connor and Kyle Reese; Sarah Connor again.' });
    expect(pseudonyms.stdout).toBe('Thanks <PERSON_1> and <PERSON_2>; <PERSON_1> again.');
    const bad = await runCli(['redact', '--operator', 'blur'], { cwd: emptyDir(), stdin: '' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--operator must be one of replace, mask, pseudonym');
  });

  describe('with a database', () => {
    let t: TestStore | undefined;
    afterEach(async () => {
      await t?.dispose();
      t = undefined;
    });

    it('redacts people on the suppression list, named with --db', async () => {
      t = await openTestStore('sqlite');
      await addSuppressionEntry(t.store.db, { id: 'sup_1', name: 'Wijtze Kuyra', handles: ['@wkuyra'], createdAt: '2025-01-01T00:00:00.000Z', source: 'cli' });
      await t.store.close();
      const run = await runCli(['redact', '--db', t.location], { cwd: emptyDir(), stdin: 'lunch with wijtze kuyra (wkuyra on most sites)' });
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe('lunch with <PERSON> (<PERSON> on most sites)');
    });
  });
});
