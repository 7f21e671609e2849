// What reaches the journal and the log is made safe once: control characters escaped, quoted
// values cut, real-format fødselsnummer masked. A client choosing a 44 KB `iss` or a `kid` with a
// newline in it gets a short, one-line, honest record, not a forged or flooded one.
import { safeText } from '../http/describe.js';
import { isSynthetic, maskPersonidentifikatorer } from '../http/personal-data.js';
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

// The shortcut's two scans. A superset of describe.ts's control characters (U+200E–U+2069 holds
// the separators and the bidirectional controls; sanitise.test.ts checks every code unit), and
// eleven digits written out: V8 finds that several times faster than `\d{11}`, and only text with
// such a run needs a closer look.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
export const MAYBE_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e-\u2069]/;
const ELEVEN_DIGITS = /\d\d\d\d\d\d\d\d\d\d\d/;

/** True when every run of exactly eleven digits in `text` is a synthetic person's number. */
function onlySyntheticNumbers(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      continue;
    }
    if (digits === 11 && !isSynthetic(text.slice(i - 11, i))) return false;
    digits = 0;
  }
  return digits !== 11 || isSynthetic(text.slice(-11));
}

/**
 * True when masking, escaping and cutting would leave `text` as it is: at most `max` characters,
 * no control character (nor anything from U+200E to U+2069, where the bidirectional controls
 * are) and no 11-digit number but a synthetic person's. Two quick scans instead of the full
 * treatment; most fields (paths, rule names, the checks' details) are like this.
 */
export function isAlreadySafe(text: string, max: number): boolean {
  if (text.length > max || MAYBE_CONTROL.test(text)) return false;
  return !ELEVEN_DIGITS.test(text) || onlySyntheticNumbers(text);
}

/** One safe field: masked, escaped, cut. Only the part that can be shown is looked at. */
export function safeField(text: string, max: number): string {
  if (isAlreadySafe(text, max)) return text;
  // Ten characters more than shown, so a number that starts in the shown part is masked whole.
  const head = text.length > max + 10 ? text.slice(0, max + 10) : text;
  return safeText(maskPersonidentifikatorer(head), max, text.length);
}

/**
 * Short values found safe before: rule names, the method, codes and the token's organisations
 * and client come again on every request as the same string objects, whose hash V8 keeps, so a
 * set lookup is cheaper than the scans. (Not the details: most are made anew for each request,
 * and hashing a new string costs more than scanning it.) What "safe" means here (no control
 * character, no real-format number) does not depend on the field's limit, which is checked every
 * time. Bounded; when full, values are scanned.
 */
const knownSafe = new Set<string>();
const KNOWN_SAFE_MAX = 1024;
const KNOWN_SAFE_LENGTH = 40;

/** safeField for a field whose values repeat (not the person, path, reason, details, korrelasjonsid or testRun). */
function safeRecurring(text: string, max: number): string {
  if (text.length > max || text.length > KNOWN_SAFE_LENGTH) return safeField(text, max);
  if (knownSafe.has(text)) return text;
  const safe = safeField(text, max);
  if (safe === text && knownSafe.size < KNOWN_SAFE_MAX) knownSafe.add(text);
  return safe;
}

/** One safe log line: the same treatment as a journal field, with a longer limit. */
export function safeLogLine(line: string): string {
  return safeField(line, LOG_LINE_LIMIT);
}

/** The step itself when it is safe already (steps are never changed once made). */
function safeStep(step: TrailStep): TrailStep {
  const rule = safeRecurring(step.rule, FIELD_LIMITS.rule);
  if (step.detail === undefined)
    return rule === step.rule && !('detail' in step) ? step : { rule, result: step.result };
  const detail = safeField(step.detail, FIELD_LIMITS.detail);
  return rule === step.rule && detail === step.detail
    ? step
    : { rule, result: step.result, detail };
}

type Writable = { -readonly [K in keyof NewJournalEntry]: NewJournalEntry[K] };

/**
 * The entry with every string made safe and the trail bounded. Field by field, not in a loop over
 * key names: this runs for every request, and fixed property names keep it on V8's fast path.
 */
export function sanitiseEntry(entry: NewJournalEntry): NewJournalEntry {
  const steps = Math.min(entry.trail.length, FIELD_LIMITS.steps);
  const trail: TrailStep[] = [];
  for (let i = 0; i < steps; i++) trail.push(safeStep(entry.trail[i] as TrailStep));
  const out: Writable = {
    ...entry,
    method: safeRecurring(entry.method, 20),
    path: safeField(entry.path, FIELD_LIMITS.path),
    trail,
  };
  const { short } = FIELD_LIMITS;
  if (entry.testRun !== undefined) out.testRun = safeField(entry.testRun, short);
  if (entry.kode !== undefined) out.kode = safeRecurring(entry.kode, short);
  if (entry.clientId !== undefined) out.clientId = safeRecurring(entry.clientId, short);
  if (entry.consumerOrg !== undefined) out.consumerOrg = safeRecurring(entry.consumerOrg, short);
  if (entry.supplierOrg !== undefined) out.supplierOrg = safeRecurring(entry.supplierOrg, short);
  if (entry.reason !== undefined) out.reason = safeField(entry.reason, FIELD_LIMITS.reason);
  if (entry.personidentifikator !== undefined)
    out.personidentifikator = safeField(entry.personidentifikator, short);
  if (entry.korrelasjonsid !== undefined)
    out.korrelasjonsid = safeField(entry.korrelasjonsid, short);
  return out;
}

// Per field: the name, quotes, colon and comma of its JSON form.
const FIELD_OVERHEAD = 16;

/**
 * The size of an entry about as its JSON takes, without serialising it on the request path:
 * the string lengths plus a fixed overhead per field and trail step.
 */
export function entrySize(entry: NewJournalEntry): number {
  let size = 120;
  for (const key in entry) {
    const value = entry[key as keyof NewJournalEntry];
    if (typeof value === 'string') size += value.length + FIELD_OVERHEAD;
  }
  for (const step of entry.trail)
    size += step.rule.length + (step.detail?.length ?? 0) + 3 * FIELD_OVERHEAD;
  return size;
}
