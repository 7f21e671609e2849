// What reaches the journal and the log is made safe once: control characters escaped, quoted
// values cut, real-format fødselsnummer masked. A client choosing a 44 KB `iss` or a `kid` with a
// newline in it gets a short, one-line, honest record, not a forged or flooded one.
import { safeText } from '../http/describe.js';
import { maskPersonidentifikatorer } from '../http/personal-data.js';
import type { NewJournalEntry, TrailStep } from './journal.js';

/** Longest text kept per field; the reason and path may quote a client's values. */
export const FIELD_LIMITS = {
  path: 1000,
  reason: 1000,
  short: 200,
  rule: 100,
  detail: 500,
  /** Trail steps kept per entry (a check runs about twenty). */
  steps: 64,
} as const;

/** Longest log line, after escaping. */
export const LOG_LINE_LIMIT = 4000;

/** One safe field: masked, escaped, cut. Only the part that can be shown is looked at. */
export function safeField(text: string, max: number): string {
  // Ten characters more than shown, so a number that starts in the shown part is masked whole.
  const head = text.length > max + 10 ? text.slice(0, max + 10) : text;
  return safeText(maskPersonidentifikatorer(head), max, text.length);
}

/** One safe log line: the same treatment as a journal field, with a longer limit. */
export function safeLogLine(line: string): string {
  return safeField(line, LOG_LINE_LIMIT);
}

function safeStep(step: TrailStep): TrailStep {
  const rule = safeField(step.rule, FIELD_LIMITS.rule);
  return step.detail === undefined
    ? { rule, result: step.result }
    : { rule, result: step.result, detail: safeField(step.detail, FIELD_LIMITS.detail) };
}

type Optional = 'testRun' | 'kode' | 'clientId' | 'consumerOrg' | 'supplierOrg';
const optionalShort: readonly Optional[] = [
  'testRun',
  'kode',
  'clientId',
  'consumerOrg',
  'supplierOrg',
];

/** The entry with every string made safe and the trail bounded. */
export function sanitiseEntry(entry: NewJournalEntry): NewJournalEntry {
  const out: Record<string, unknown> = {
    ...entry,
    method: safeField(entry.method, 20),
    path: safeField(entry.path, FIELD_LIMITS.path),
    trail: entry.trail.slice(0, FIELD_LIMITS.steps).map(safeStep),
  };
  for (const key of optionalShort) {
    const value = entry[key];
    if (value !== undefined) out[key] = safeField(value, FIELD_LIMITS.short);
  }
  if (entry.reason !== undefined) out.reason = safeField(entry.reason, FIELD_LIMITS.reason);
  if (entry.personidentifikator !== undefined)
    out.personidentifikator = safeField(entry.personidentifikator, FIELD_LIMITS.short);
  if (entry.korrelasjonsid !== undefined)
    out.korrelasjonsid = safeField(entry.korrelasjonsid, FIELD_LIMITS.short);
  return out as unknown as NewJournalEntry;
}

// Per field: the name, quotes, colon and comma of its JSON form.
const FIELD_OVERHEAD = 16;

/**
 * The size of an entry about as its JSON takes, without serialising it on the request path:
 * the string lengths plus a fixed overhead per field and trail step.
 */
export function entrySize(entry: NewJournalEntry): number {
  let size = 120;
  for (const value of Object.values(entry))
    if (typeof value === 'string') size += value.length + FIELD_OVERHEAD;
  for (const step of entry.trail)
    size += step.rule.length + (step.detail?.length ?? 0) + 3 * FIELD_OVERHEAD;
  return size;
}
