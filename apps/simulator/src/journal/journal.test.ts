import { describe, expect, it } from 'vitest';
import { Journal, type NewJournalEntry } from './journal.js';

const entry = (over: Partial<NewJournalEntry> = {}): NewJournalEntry => ({
  system: 'maskinporten',
  method: 'POST',
  path: '/maskinporten/token',
  status: 400,
  outcome: 'refused',
  trail: [{ rule: 'grant.iss', result: 'fail', detail: 'unknown client' }],
  durationMs: 1,
  ...over,
});

const jsonBytes = (j: Journal) =>
  Buffer.byteLength(JSON.stringify(j.list({ limit: 1_000_000 })), 'utf8');

describe('Journal', () => {
  it('stays under its byte budget when 2,100 requests each quote a 44 KB iss', () => {
    const journal = new Journal(1_000_000, 256 * 1024);
    const iss = 'A'.repeat(44_000);
    for (let i = 0; i < 2100; i++)
      journal.add(
        entry({
          reason: `unknown client ${iss}`,
          clientId: iss,
          trail: [{ rule: 'grant.iss', result: 'fail', detail: iss }],
        }),
      );
    expect(journal.bytes).toBeLessThanOrEqual(256 * 1024);
    expect(jsonBytes(journal)).toBeLessThanOrEqual(256 * 1024);
    const newest = journal.list({ limit: 1 })[0];
    expect(newest?.reason?.length).toBeLessThan(1100);
    expect(newest?.reason).toMatch(/… \(44015 characters\)$/);
  });

  it('drops the oldest entries first, by count and by bytes', () => {
    const journal = new Journal(3);
    for (let i = 1; i <= 5; i++) journal.add(entry({ status: 400 + i }));
    expect(journal.list().map((e) => e.status)).toEqual([405, 404, 403]);
    const small = new Journal(100, 70 * 1024);
    for (let i = 0; i < 200; i++) small.add(entry({ reason: 'r'.repeat(900) }));
    const ids = small.list({ limit: 100 }).map((e) => e.id);
    expect(ids[0]).toBe(200);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(small.bytes).toBeLessThanOrEqual(70 * 1024);
  });

  it('gives back the bytes of a cleared test run', () => {
    const journal = new Journal(100);
    journal.add(entry({ testRun: 'a' }));
    journal.add(entry({ testRun: 'b' }));
    const before = journal.bytes;
    journal.clear('a');
    expect(journal.bytes).toBeLessThan(before);
    expect(journal.list().map((e) => e.testRun)).toEqual(['b']);
    journal.clear();
    expect(journal.bytes).toBe(0);
    journal.add(entry());
    expect(journal.list()).toHaveLength(1);
  });

  it('escapes control characters so a value cannot forge a line', () => {
    const journal = new Journal(10);
    journal.add(entry({ reason: 'kid x\nskattedeling-simulator: forged \x1b[2J' }));
    expect(journal.list()[0]?.reason).toBe('kid x\\nskattedeling-simulator: forged \\x1b[2J');
  });

  it('masks a real-format fødselsnummer and still finds it by the full number', () => {
    const journal = new Journal(10);
    const path = '/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/2024/01013850011';
    journal.add(
      entry({ path, personidentifikator: '01013850011', reason: 'person 01013850011 unknown' }),
    );
    const [e] = journal.list({ personidentifikator: '01013850011' });
    expect(e?.personidentifikator).toBe('010138*****');
    expect(e?.path.endsWith('/2024/010138*****')).toBe(true);
    expect(e?.reason).toBe('person 010138***** unknown');
  });
});
