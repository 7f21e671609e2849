// Who exists in the simulator. Only synthetic persons (Test-Norge / Tenor numbers: a valid
// fødselsnummer or D-nummer with month + 80) exist; everything else is unknown, so the simulator
// never holds, or appears to hold, data about a real person.
import { type PersonidentifikatorInfo, parsePersonidentifikator } from '@skattedeling/testdata';
import { BoundedMemo } from './memo.js';

/**
 * The five "strictly confidential" (strengt fortrolig adresse) persons Skatteetaten lists for its
 * test environment. They are synthetic and exist here, always shielded.
 */
export const STRENGT_FORTROLIGE: readonly string[] = [
  '16822548834',
  '11812448848',
  '19872347995',
  '09817397848',
  '24887198515',
];

const strengtFortrolige = new Set(STRENGT_FORTROLIGE);

export type Identity =
  | { readonly kind: 'ukjent'; readonly reason: string }
  | {
      readonly kind: 'syntetisk';
      readonly info: PersonidentifikatorInfo;
      readonly skjermet: boolean;
    };

// Parsing checks both check digits and the date (a few hundred nanoseconds): a person is asked
// for several years and stages close together, so the last numbers' results are kept (a pure
// function of the number).
const parsed_ = new BoundedMemo<string, ReturnType<typeof parsePersonidentifikator>>(4096);

let dayStart = Number.NaN;
let dayText = '';

/** `now`'s UTC date, `YYYY-MM-DD`, formatted once per day rather than once per request. */
function utcDate(now: Date): string {
  const t = now.getTime();
  if (!(t >= dayStart && t < dayStart + 86_400_000)) {
    dayStart = t - (((t % 86_400_000) + 86_400_000) % 86_400_000);
    dayText = new Date(dayStart).toISOString().slice(0, 10);
  }
  return dayText;
}

/**
 * Classifies an 11-digit identifier. Unknown (with the reason, for logs and the journal): wrong
 * check digits, an impossible date, a real-looking (non-synthetic) number, or a birth date after
 * `now` (no one is registered before they are born).
 */
export function classify(personidentifikator: string, now: Date): Identity {
  const parsed = parsed_.get(personidentifikator, () =>
    parsePersonidentifikator(personidentifikator),
  );
  if (!parsed.ok) return { kind: 'ukjent', reason: parsed.reason };
  if (!parsed.synthetic) {
    return {
      kind: 'ukjent',
      reason: `${personidentifikator} is not a synthetic test person (month + 80); the simulator holds no real persons`,
    };
  }
  if (parsed.birthDate > utcDate(now)) {
    return {
      kind: 'ukjent',
      reason: `${personidentifikator} is born ${parsed.birthDate}, after today`,
    };
  }
  return { kind: 'syntetisk', info: parsed, skjermet: strengtFortrolige.has(personidentifikator) };
}
