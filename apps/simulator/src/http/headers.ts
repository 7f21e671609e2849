// The simulator's own headers. The reason header carries the same text as the journal; header
// values must be Latin-1 and many tools show them as ASCII, so Norwegian letters and the minus
// sign are spelled out there (the journal keeps the exact text).
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REASON_HEADER = 'x-skattedeling-simulator-reason';
export const TEST_RUN_HEADER = 'x-skattedeling-test-run';

const ascii: Record<string, string> = {
  å: 'aa',
  Å: 'Aa',
  ø: 'oe',
  Ø: 'Oe',
  æ: 'ae',
  Æ: 'Ae',
  '−': '-',
  '–': '-',
  '—': '-',
  '→': '->',
  '…': '...',
  '“': '"',
  '”': '"',
  '’': "'",
};

export function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (c) => ascii[c] ?? '?').slice(0, 1000);
}

export function setReason(res: ServerResponse, reason: string): void {
  res.setHeader(REASON_HEADER, headerSafe(reason));
}

const runPattern = /^[A-Za-z0-9._:-]{1,100}$/;

/** The test-run id of a request, or undefined (absent or not a valid id). */
export function testRunOf(req: IncomingMessage): string | undefined {
  const value = req.headers[TEST_RUN_HEADER];
  return typeof value === 'string' && runPattern.test(value) ? value : undefined;
}

export function isValidTestRun(value: string): boolean {
  return runPattern.test(value);
}
