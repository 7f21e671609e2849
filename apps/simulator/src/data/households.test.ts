// Item 1 of issue 9: persons are drawn from named household groups, every group shows up among a
// thousand persons of one year, and their bodies carry a wide range of items.
import {
  parsePersonidentifikator,
  syntheticDNummer,
  syntheticFoedselsnummer,
} from '@skattedeling/testdata';
import { describe, expect, it } from 'vitest';
import { createContext } from './context.js';
import { activeIn, createDataSource, type Household, PROFILES, profileOf } from './index.js';
import { buildProfile } from './profile.js';

const SEED = 'households';
const YEAR = 2024;
const ds = createDataSource({ seed: SEED, today: () => new Date('2026-06-15T12:00:00Z') });
const ctx = createContext(SEED);
const persons = [
  ...Array.from({ length: 1150 }, (_, i) =>
    syntheticFoedselsnummer(`hh${i}`, { bornFrom: '1935-01-01', bornTo: '2006-12-31' }),
  ),
  ...Array.from({ length: 50 }, (_, i) =>
    syntheticDNummer(`hhd${i}`, { bornFrom: '1970-01-01', bornTo: '2000-12-31' }),
  ),
];

const profiles = new Map<string, ReturnType<typeof buildProfile>>();
for (const pid of persons) {
  const info = parsePersonidentifikator(pid);
  if (info.ok) profiles.set(pid, buildProfile(ctx, info, []));
}

const bodies = persons.flatMap((pid) => {
  const r = ds.summertSkattegrunnlag(pid, YEAR, 'oppgjoer');
  return r.kind === 'data' ? [r.body] : [];
});

describe(`household groups over ${persons.length} persons of ${YEAR}`, () => {
  it('has more than 1 000 persons with an assessment', () => {
    expect(bodies.length).toBeGreaterThan(1_000);
  });

  it('shows every group with its characteristic phase in the year', () => {
    const counts = new Map<Household, number>();
    for (const [pid, profile] of profiles) {
      if (!activeIn(profile, YEAR)) continue;
      const group = profileOf(SEED, pid) as Household;
      counts.set(group, (counts.get(group) ?? 0) + 1);
    }
    const missing = PROFILES.filter((p) => p !== 'child' && (counts.get(p) ?? 0) === 0);
    expect(missing).toEqual([]);
  });

  it('carries at least 60 distinct tekniskNavn', () => {
    const names = new Set<string>();
    for (const body of bodies)
      for (const item of [...(body.grunnlag ?? []), ...(body.svalbardGrunnlag ?? [])])
        names.add(item.tekniskNavn);
    expect(names.size).toBeGreaterThanOrEqual(60);
  });
});
