import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../journal/journal.js';
import { writeEntries } from './journal.js';

function fakeResponse() {
  const chunks: string[] = [];
  const res = {
    statusCode: 0,
    destroyed: false,
    setHeader: () => {},
    write: (chunk: string) => {
      chunks.push(chunk);
      return true;
    },
    end: (chunk: string) => {
      chunks.push(chunk);
    },
  };
  return { res: res as unknown as ServerResponse, chunks };
}

const entry = (id: number): JournalEntry => ({
  id,
  time: '2026-06-15T12:00:00.000Z',
  system: 'maskinporten',
  method: 'POST',
  path: '/maskinporten/token',
  status: 400,
  outcome: 'refused',
  reason: 'r'.repeat(900),
  trail: [],
  durationMs: 1,
});

describe('writeEntries', () => {
  it('writes a large journal in slices, letting other work run between them', async () => {
    const { res, chunks } = fakeResponse();
    const entries = Array.from({ length: 2000 }, (_, i) => entry(2000 - i));
    let writtenWhenOtherWorkRan = -1;
    setImmediate(() => {
      writtenWhenOtherWorkRan = chunks.length;
    });
    await writeEntries(res, entries);
    expect(chunks.length).toBeGreaterThan(20);
    expect(writtenWhenOtherWorkRan).toBeGreaterThan(0);
    expect(writtenWhenOtherWorkRan).toBeLessThan(chunks.length);
    expect(JSON.parse(chunks.join(''))).toEqual({ entries });
  });

  it('writes an empty journal as one small body', async () => {
    const { res, chunks } = fakeResponse();
    await writeEntries(res, []);
    expect(chunks).toEqual(['{"entries":[]}']);
  });
});
