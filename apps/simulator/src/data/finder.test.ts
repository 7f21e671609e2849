import { describe, expect, it } from 'vitest';
import {
  createDataSource,
  defaultFixtureFile,
  loadFixtureFile,
  PROFILES,
  profileOf,
} from './index.js';

const today = () => new Date('2026-06-15T12:00:00Z');
const ds = createDataSource({ seed: 'finder', today });

describe('finding persons by what they are', () => {
  it('finds persons of a group, the same list every time, each of that group', () => {
    const first = ds.persons({ profile: 'pensioner', limit: 5 });
    expect(first).toHaveLength(5);
    expect(
      createDataSource({ seed: 'finder', today }).persons({ profile: 'pensioner', limit: 5 }),
    ).toEqual(first);
    for (const p of first) {
      expect(p.profile).toBe('pensioner');
      expect(profileOf('finder', p.personidentifikator)).toBe('pensioner');
      expect(ds.profileOf(p.personidentifikator)).toBe('pensioner');
    }
    expect(
      createDataSource({ seed: 'other', today }).persons({ profile: 'pensioner', limit: 5 }),
    ).not.toEqual(first);
  });

  it('finds, for a year, persons whose group shows that year and whose body carries an item', () => {
    const found = ds.persons({
      profile: 'pensioner',
      year: 2024,
      has: 'formuesverdiForPrimaerbolig',
      limit: 3,
    });
    expect(found).toHaveLength(3);
    for (const { personidentifikator } of found) {
      const r = ds.summertSkattegrunnlag(personidentifikator, 2024, 'oppgjoer');
      expect(r.kind).toBe('data');
      const names = r.kind === 'data' ? (r.body.grunnlag ?? []).map((g) => g.tekniskNavn) : [];
      expect(names).toContain('formuesverdiForPrimaerbolig');
      expect(names).toContain('alderspensjonFraFolketrygden');
    }
  });

  it('finds, with several items, persons whose body carries every one of them', () => {
    const has = [
      'gevinstVedRealisasjonAvAksje',
      'oppjustertTilleggTilGevinstVedRealisasjonAvAksje',
      'utbytteFraAksje',
    ];
    const found = ds.persons({ profile: 'investor', year: 2024, has, limit: 2 });
    expect(found).toHaveLength(2);
    for (const { personidentifikator } of found) {
      const r = ds.summertSkattegrunnlag(personidentifikator, 2024, 'oppgjoer');
      const names = r.kind === 'data' ? (r.body.grunnlag ?? []).map((g) => g.tekniskNavn) : [];
      for (const name of has) expect(names).toContain(name);
    }
    expect(
      ds.persons({ profile: 'investor', year: 2024, has: [has[0] as string], limit: 2 }),
    ).toEqual(ds.persons({ profile: 'investor', year: 2024, has: has[0] as string, limit: 2 }));
  });

  it('finds someone of every group in 2024', () => {
    const missing = PROFILES.filter(
      (p) => p !== 'child' && ds.persons({ profile: p, year: 2024, limit: 1 }).length === 0,
    );
    expect(missing).toEqual([]);
  });

  it('never offers a fixture person, nor one whose year is not published yet', async () => {
    const fixtures = await loadFixtureFile(defaultFixtureFile());
    const pinned = createDataSource({ seed: 'finder', fixtures, today });
    const pids = pinned.persons({ limit: 100 }).map((p) => p.personidentifikator);
    for (const pid of fixtures.persons.keys()) expect(pids).not.toContain(pid);
    const early = createDataSource({
      seed: 'finder',
      today: () => new Date('2025-03-01T12:00:00Z'),
    });
    expect(early.persons({ profile: 'employee', year: 2024, limit: 1 })).toEqual([]);
  });

  it('refuses `has` without a year and caps the limit at 100', () => {
    expect(() => ds.persons({ has: 'innskudd' })).toThrow(RangeError);
    expect(ds.persons({ limit: 1_000 })).toHaveLength(100);
  });

  it('knows no group for a number that is not a synthetic person', () => {
    expect(profileOf('finder', '12345678901')).toBeUndefined();
    expect(ds.profileOf('01017012345')).toBeUndefined();
  });

  it('finds a group for a year only when its phase shows then: AAP persons of 2020 get AAP in 2020', () => {
    for (const { personidentifikator } of ds.persons({
      profile: 'workAssessment',
      year: 2020,
      limit: 3,
    })) {
      const r = ds.summertSkattegrunnlag(personidentifikator, 2020, 'oppgjoer');
      const names = r.kind === 'data' ? (r.body.grunnlag ?? []).map((g) => g.tekniskNavn) : [];
      expect(names).toContain('arbeidsavklaringspenger');
    }
  });
});
