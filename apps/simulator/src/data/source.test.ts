import { syntheticDNummer, syntheticFoedselsnummer } from '@skattedeling/testdata';
import { describe, expect, it } from 'vitest';
import { createDataSource, type DataSource, STRENGT_FORTROLIGE } from './index.js';

const at = (iso: string) => () => new Date(iso);
const JUNE_2025 = at('2025-06-15T12:00:00Z');
const adults = (n: number, prefix = 'adult') =>
  Array.from({ length: n }, (_, i) =>
    syntheticFoedselsnummer(`${prefix}${i}`, { bornFrom: '1960-01-01', bornTo: '1990-12-31' }),
  );

function body(
  ds: DataSource,
  pid: string,
  year: number,
  stadie: 'oppgjoer' | 'utkast' | 'fastsatt' = 'oppgjoer',
) {
  const result = ds.summertSkattegrunnlag(pid, year, stadie);
  if (result.kind !== 'data') throw new Error(`${pid} ${year} ${stadie}: ${result.kind}`);
  return result.body;
}

describe('determinism', () => {
  it('gives the same bytes for the same seed, person and year, from any data source', () => {
    const a = createDataSource({ seed: 'det', today: JUNE_2025 });
    const b = createDataSource({ seed: 'det', today: JUNE_2025 });
    for (const pid of adults(25)) {
      expect(JSON.stringify(a.summertSkattegrunnlag(pid, 2022, 'oppgjoer'))).toBe(
        JSON.stringify(b.summertSkattegrunnlag(pid, 2022, 'oppgjoer')),
      );
      expect(JSON.stringify(a.inntekter(pid, '2023-01', '2024-12'))).toBe(
        JSON.stringify(b.inntekter(pid, '2023-01', '2024-12')),
      );
      expect(a.person(pid)).toEqual(b.person(pid));
    }
  });

  it('does not depend on what was generated before (2023 alone equals 2023 after 2022 and other persons)', () => {
    const pids = adults(15, 'order');
    const fresh = pids.map((pid) =>
      createDataSource({ seed: 'order', today: JUNE_2025 }).summertSkattegrunnlag(
        pid,
        2023,
        'oppgjoer',
      ),
    );
    const busy = createDataSource({ seed: 'order', today: JUNE_2025 });
    const after = [...pids].reverse().map((pid) => {
      busy.summertSkattegrunnlag(pid, 2022, 'oppgjoer');
      busy.inntekter(pid, '2015-01', '2025-05');
      return busy.summertSkattegrunnlag(pid, 2023, 'oppgjoer');
    });
    expect(after.reverse()).toEqual(fresh);
  });

  it('gives a month the same reports whichever period it is asked in', () => {
    const ds = createDataSource({ seed: 'period', today: JUNE_2025 });
    let paid = 0;
    for (const pid of adults(10, 'period')) {
      const wide = ds.inntekter(pid, '2022-01', '2024-12');
      const narrow = ds.inntekter(pid, '2023-06', '2023-06');
      const pick = (r: typeof wide) =>
        r.kind === 'data'
          ? r.body.oppgaveInntektsmottaker.filter((o) => o.kalendermaaned === '2023-06')
          : [];
      expect(pick(narrow)).toEqual(pick(wide));
      if (pick(narrow).length > 0) paid++;
    }
    // A self-employed person or an investor living on capital has no a-ordning reports.
    expect(paid).toBeGreaterThanOrEqual(7);
  });

  it('gives other data for another seed', () => {
    const a = createDataSource({ seed: 'one', today: JUNE_2025 });
    const b = createDataSource({ seed: 'two', today: JUNE_2025 });
    const pids = adults(30, 'seeds');
    const differ = pids.filter(
      (pid) => JSON.stringify(body(a, pid, 2022)) !== JSON.stringify(body(b, pid, 2022)),
    );
    expect(differ.length).toBe(pids.length);
    const names = pids.filter(
      (pid) => JSON.stringify(a.person(pid)) !== JSON.stringify(b.person(pid)),
    );
    expect(names.length).toBeGreaterThan(25);
  });

  it('lets today decide only whether a body exists, never what it contains', () => {
    const early = createDataSource({ seed: 'today', today: at('2023-12-01T12:00:00Z') });
    const late = createDataSource({ seed: 'today', today: at('2031-01-01T12:00:00Z') });
    for (const pid of adults(10, 'today'))
      expect(body(late, pid, 2021)).toEqual(body(early, pid, 2021));
  });
});

describe('which income years exist', () => {
  const ds = createDataSource({ seed: 'years', today: JUNE_2025 });

  it('has nothing before 2017 (V2 does not serve 2016) and nothing for the current or a future year', () => {
    const pid = adults(1, 'years')[0] as string;
    expect(body(ds, pid, 2017).inntektsaar).toBe('2017');
    for (const year of [2010, 2015, 2016, 2025, 2026, 2040]) {
      expect(ds.summertSkattegrunnlag(pid, year, 'oppgjoer')).toEqual({ kind: 'ingenData' });
    }
  });

  it('starts in the year the person turns 18', () => {
    const pid = syntheticFoedselsnummer('teen', { birthDate: '2005-09-30' });
    expect(ds.summertSkattegrunnlag(pid, 2022, 'oppgjoer')).toEqual({ kind: 'ingenData' });
    expect(body(ds, pid, 2023).inntektsaar).toBe('2023');
    const child = syntheticFoedselsnummer('child', { birthDate: '2012-01-01' });
    expect(ds.summertSkattegrunnlag(child, 2024, 'oppgjoer')).toEqual({ kind: 'ingenData' });
    expect(ds.inntekter(child, '2015-01', '2025-05')).toEqual({ kind: 'ingenData' });
  });

  it('has no assessment of last year before late March, the year before last for everyone', () => {
    const march = createDataSource({ seed: 'years', today: at('2025-03-20T12:00:00Z') });
    for (const pid of adults(40, 'march')) {
      expect(march.summertSkattegrunnlag(pid, 2024, 'oppgjoer').kind).toBe('ingenData');
      expect(march.summertSkattegrunnlag(pid, 2023, 'oppgjoer').kind).toBe('data');
      expect(march.sisteTilgjengeligeInntektsaar(pid)).toEqual({ kind: 'data', inntektsaar: 2023 });
    }
  });

  it('has last year for everyone by November, and for about half in the first wave', () => {
    const november = createDataSource({ seed: 'years', today: at('2025-11-01T12:00:00Z') });
    const april = createDataSource({ seed: 'years', today: at('2025-04-01T12:00:00Z') });
    const pids = adults(200, 'waves');
    for (const pid of pids)
      expect(november.sisteTilgjengeligeInntektsaar(pid)).toEqual({
        kind: 'data',
        inntektsaar: 2024,
      });
    const settled = pids.filter(
      (pid) => april.summertSkattegrunnlag(pid, 2024, 'oppgjoer').kind === 'data',
    ).length;
    expect(settled).toBeGreaterThan(70);
    expect(settled).toBeLessThan(130);
  });

  it('has utkast from mid-March of the following year and keeps it when the oppgjoer comes', () => {
    const pids = adults(30, 'utkast');
    const beforeMid = createDataSource({ seed: 'u', today: at('2025-03-10T12:00:00Z') });
    const mid = createDataSource({ seed: 'u', today: at('2025-03-20T12:00:00Z') });
    const late = createDataSource({ seed: 'u', today: at('2025-11-20T12:00:00Z') });
    for (const pid of pids) {
      expect(beforeMid.summertSkattegrunnlag(pid, 2024, 'utkast').kind).toBe('ingenData');
      const utkast = body(mid, pid, 2024, 'utkast');
      expect(utkast.stadie).toBe('utkast');
      expect(utkast.skatteoppgjoersdato).toBeUndefined();
      expect(utkast.ajourholdstidspunkt?.slice(0, 10)).toBe('2025-03-17'); // 15 March 2025 is a Saturday
      // The draft stays after the assessment, and so do the drafts of earlier years.
      expect(body(late, pid, 2024, 'utkast')).toEqual(utkast);
      expect(body(mid, pid, 2023, 'utkast').stadie).toBe('utkast');
      // The draft holds what the assessment will hold.
      expect(utkast.grunnlag).toEqual(body(late, pid, 2024).grunnlag);
    }
  });

  it('has fastsatt from the filing, after the utkast and before the oppgjoer, with the same amounts', () => {
    const pids = adults(200, 'fastsatt');
    const april = createDataSource({ seed: 'f', today: at('2025-04-10T12:00:00Z') });
    const late = createDataSource({ seed: 'f', today: at('2025-11-20T12:00:00Z') });
    let filedBeforeOppgjoer = 0;
    for (const pid of pids) {
      const fastsatt = body(late, pid, 2024, 'fastsatt');
      const oppgjoer = body(late, pid, 2024, 'oppgjoer');
      const utkast = body(late, pid, 2024, 'utkast');
      expect(fastsatt.stadie).toBe('fastsatt');
      expect(fastsatt.skatteoppgjoersdato).toBeUndefined();
      expect(fastsatt.grunnlag).toEqual(oppgjoer.grunnlag);
      const t = (b: typeof fastsatt) => Date.parse(b.ajourholdstidspunkt ?? '');
      expect(t(utkast)).toBeLessThan(t(fastsatt));
      expect(t(fastsatt)).toBeLessThan(t(oppgjoer));
      expect(t(fastsatt)).toBeLessThanOrEqual(Date.parse('2025-04-30T22:00:00Z'));
      // In April some have filed but have no assessment yet; that fastsatt is served already.
      const inApril = april.summertSkattegrunnlag(pid, 2024, 'fastsatt').kind;
      expect(inApril).toBe(
        t(fastsatt) <= Date.parse('2025-04-10T12:00:00Z') ? 'data' : 'ingenData',
      );
      if (
        inApril === 'data' &&
        april.summertSkattegrunnlag(pid, 2024, 'oppgjoer').kind === 'ingenData'
      )
        filedBeforeOppgjoer++;
    }
    expect(filedBeforeOppgjoer).toBeGreaterThan(20);
  });

  it('serves all three stages of a settled year side by side', () => {
    for (const pid of adults(20, 'coexist')) {
      for (const year of [2019, 2023]) {
        const kinds = (['utkast', 'fastsatt', 'oppgjoer'] as const).map(
          (stadie) => ds.summertSkattegrunnlag(pid, year, stadie).kind,
        );
        expect(kinds).toEqual(['data', 'data', 'data']);
      }
      for (const stadie of ['utkast', 'fastsatt', 'oppgjoer'] as const)
        expect(ds.summertSkattegrunnlag(pid, 2016, stadie)).toEqual({ kind: 'ingenData' });
    }
  });

  it('has a D-nummer holder taxed only in the years they work in Norway', () => {
    const dnr = Array.from({ length: 60 }, (_, i) =>
      syntheticDNummer(`dnr${i}`, { bornFrom: '1970-01-01', bornTo: '1990-12-31' }),
    );
    let someMissing = false;
    let somePresent = false;
    for (const pid of dnr) {
      for (let year = 2017; year <= 2024; year++) {
        const result = ds.summertSkattegrunnlag(pid, year, 'oppgjoer');
        const months = ds.inntekter(pid, `${year}-01`, `${year}-12`);
        if (result.kind === 'data') somePresent = true;
        else someMissing = true;
        // No assessment in a year without any Norwegian income.
        if (months.kind === 'ingenData') expect(result.kind).toBe('ingenData');
      }
    }
    expect(someMissing && somePresent).toBe(true);
  });
});

describe('unknown and shielded persons', () => {
  const ds = createDataSource({ seed: 'kinds', today: JUNE_2025 });

  it('answers ukjentPerson for a wrong check digit or a real-format number in both APIs', () => {
    const wrong = `${(STRENGT_FORTROLIGE[0] as string).slice(0, 10)}5`;
    for (const pid of [wrong, '01018012345', '01013850085']) {
      expect(ds.summertSkattegrunnlag(pid, 2022, 'oppgjoer')).toEqual({ kind: 'ukjentPerson' });
      expect(ds.inntekter(pid, '2024-01', '2024-12')).toEqual({ kind: 'ukjentPerson' });
      expect(ds.sisteTilgjengeligeInntektsaar(pid)).toEqual({ kind: 'ukjentPerson' });
      expect(ds.person(pid).kind).toBe('ukjent');
    }
  });

  it('answers skjermet with the full body marked skjermet for the strictly confidential test persons', () => {
    for (const pid of STRENGT_FORTROLIGE) {
      const lookup = ds.person(pid);
      expect(lookup.kind === 'person' && lookup.person.skjermet).toBe(true);
      const ssg = ds.summertSkattegrunnlag(pid, 2023, 'oppgjoer');
      expect(ssg.kind).toBe('skjermet');
      if (ssg.kind === 'skjermet') {
        expect(ssg.body.skjermet).toBe(true);
        expect(ssg.body.grunnlag?.length).toBeGreaterThan(0);
      }
      // No assessment for a year that has none is still ingenData (it reveals nothing).
      expect(ds.summertSkattegrunnlag(pid, 2016, 'oppgjoer')).toEqual({ kind: 'ingenData' });
      const inntekt = ds.inntekter(pid, '2015-01', '2025-05');
      expect(['skjermet', 'ingenData']).toContain(inntekt.kind);
      if (inntekt.kind === 'skjermet') expect(inntekt.body.skjermet).toBe(true);
    }
  });

  it('describes a person: name from the seed, birth date and sex from the number', () => {
    const pid = syntheticDNummer('dn', { birthDate: '1980-02-29', sex: 'female' });
    const lookup = ds.person(pid);
    expect(lookup.kind).toBe('person');
    if (lookup.kind === 'person') {
      expect(lookup.person).toMatchObject({
        identifikatortype: 'dNummer',
        foedselsdato: '1980-02-29',
        kjoenn: 'kvinne',
        skjermet: false,
      });
      expect(lookup.person.fornavn.length).toBeGreaterThan(0);
    }
  });
});

describe('Inntekt periods', () => {
  it('serves a month from the 10th of the following month and never the current month', () => {
    const ds = createDataSource({ seed: 'months', today: at('2025-06-09T12:00:00Z') });
    const ds10 = createDataSource({ seed: 'months', today: at('2025-06-10T12:00:00Z') });
    for (const pid of adults(10, 'months')) {
      expect(ds.inntekter(pid, '2025-05', '2025-06')).toEqual({ kind: 'ingenData' });
      expect(ds10.inntekter(pid, '2025-06', '2025-12')).toEqual({ kind: 'ingenData' });
      const may = ds10.inntekter(pid, '2025-05', '2025-06');
      expect(may.kind).toBe('data');
      if (may.kind === 'data')
        expect(new Set(may.body.oppgaveInntektsmottaker.map((o) => o.kalendermaaned))).toEqual(
          new Set(['2025-05']),
        );
      const april = ds.inntekter(pid, '2025-01', '2025-12');
      if (april.kind === 'data')
        expect(
          april.body.oppgaveInntektsmottaker.every((o) => (o.kalendermaaned ?? '') <= '2025-04'),
        ).toBe(true);
    }
  });

  it('has nothing before the a-ordning (2015) and nothing for an empty period', () => {
    const ds = createDataSource({ seed: 'months', today: JUNE_2025 });
    const pid = adults(1, 'old')[0] as string;
    expect(ds.inntekter(pid, '2010-01', '2014-12')).toEqual({ kind: 'ingenData' });
    expect(ds.inntekter(pid, '2024-05', '2024-04')).toEqual({ kind: 'ingenData' });
    expect(() => ds.inntekter(pid, '2024-5', '2024-06')).toThrow(RangeError);
  });

  it('lists reports in month order, each for the person asked about', () => {
    const ds = createDataSource({ seed: 'months', today: JUNE_2025 });
    let checked = 0;
    for (const pid of adults(10, 'order')) {
      const result = ds.inntekter(pid, '2023-01', '2024-12');
      // A self-employed person or an investor living on capital may have no a-ordning reports.
      if (result.kind === 'ingenData') continue;
      if (result.kind !== 'data') throw new Error(result.kind);
      checked++;
      const months = result.body.oppgaveInntektsmottaker.map((o) => o.kalendermaaned ?? '');
      expect(months).toEqual([...months].sort());
      expect(
        result.body.oppgaveInntektsmottaker.every(
          (o) => o.inntektsmottaker?.personidentifikator === pid,
        ),
      ).toBe(true);
    }
    expect(checked).toBeGreaterThanOrEqual(7);
  });
});
