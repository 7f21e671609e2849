import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticFoedselsnummer } from '@skattedeling/testdata';
import { describe, expect, it } from 'vitest';
import {
  createDataSource,
  defaultFixtureFile,
  FixtureError,
  type FixtureSet,
  loadFixtureFile,
  mergeFixtureSets,
  parseFixtureText,
} from './index.js';

const JUNE_2025 = () => new Date('2025-06-15T12:00:00Z');
const PID = syntheticFoedselsnummer('fixture-test', { birthDate: '1982-03-04' });

/** The problems of a fixture text, or [] when it loads. */
function problems(text: string, file = 'test.yaml'): string[] {
  try {
    parseFixtureText(text, file);
    return [];
  } catch (error) {
    if (!(error instanceof FixtureError)) throw error;
    expect(error.message.startsWith(`${file}: invalid fixture file`)).toBe(true);
    for (const problem of error.problems) expect(error.message).toContain(`${file}: ${problem}`);
    return [...error.problems];
  }
}

const body2023 = (pid: string) => ({
  personidentifikator: pid,
  inntektsaar: '2023',
  grunnlag: [
    { tekniskNavn: 'innskudd', beloep: 154020, kategori: 'formue' },
    { tekniskNavn: 'samletGjeld', beloep: 0, kategori: '-' },
  ],
  skjermet: false,
  skatteoppgjoersdato: '2024-04-18',
  stadie: 'oppgjoer',
  ajourholdstidspunkt: '2024-04-18T06:12:40.113Z',
});

function set(document: object): FixtureSet {
  return parseFixtureText(JSON.stringify(document), 'inline.json');
}

describe('the shipped fixture file', () => {
  it('loads, validates its bodies, and names the persons the demo and provider states use', async () => {
    const fixtures = await loadFixtureFile(defaultFixtureFile());
    expect([...fixtures.persons.keys()]).toEqual([
      '21839199217',
      '12847836111',
      '03908091662',
      '27829032851',
      '18868639411',
      '01927510088',
    ]);
    const ds = createDataSource({ seed: 'any seed', fixtures, today: JUNE_2025 });
    expect(ds.summertSkattegrunnlag('21839199217', 2021, 'oppgjoer').kind).toBe('data');
    expect(ds.summertSkattegrunnlag('12847836111', 2023, 'oppgjoer').kind).toBe('skjermet');
    expect(ds.inntekter('12847836111', '2024-01', '2024-12').kind).toBe('skjermet');
    expect(ds.summertSkattegrunnlag('03908091662', 2022, 'oppgjoer')).toEqual({ kind: 'slettet' });
    expect(ds.summertSkattegrunnlag('03908091662', 2022, 'fastsatt').kind).toBe('data');
    expect(ds.summertSkattegrunnlag('03908091662', 2023, 'oppgjoer').kind).toBe('data');
    for (const stadie of ['oppgjoer', 'utkast', 'fastsatt'] as const) {
      expect(ds.summertSkattegrunnlag('27829032851', 2023, stadie)).toEqual({ kind: 'ingenData' });
    }
    expect(ds.summertSkattegrunnlag('27829032851', 2022, 'oppgjoer').kind).toBe('data');
    expect(ds.person('01927510088').kind).toBe('ukjent');
    expect(ds.inntekter('01927510088', '2024-01', '2024-12')).toEqual({ kind: 'ukjentPerson' });
    const demo = ds.demoPersons().map((p) => p.personidentifikator);
    expect(demo.slice(0, 6)).toEqual([...fixtures.persons.keys()]);
  });
});

describe('fixtures override the generator', () => {
  it('serves a pinned body exactly, whatever the calendar says', () => {
    const fixtures = set({
      persons: {
        [PID]: { summertSkattegrunnlag: { 2023: { oppgjoer: { body: body2023(PID) } } } },
      },
    });
    for (const today of ['2023-01-01T00:00:00Z', '2025-06-15T12:00:00Z']) {
      const ds = createDataSource({ seed: 's', fixtures, today: () => new Date(today) });
      expect(ds.summertSkattegrunnlag(PID, 2023, 'oppgjoer')).toEqual({
        kind: 'data',
        body: body2023(PID),
      });
    }
    const generated = createDataSource({
      seed: 's',
      fixtures,
      today: JUNE_2025,
    }).summertSkattegrunnlag(PID, 2023, 'fastsatt');
    // The other stages of the year are still generated.
    expect(generated.kind).toBe('data');
    if (generated.kind === 'data')
      expect(generated.body.grunnlag).not.toEqual(body2023(PID).grunnlag);
  });

  it('keeps pinned data immutable for every caller', () => {
    const fixtures = set({
      persons: {
        [PID]: { summertSkattegrunnlag: { 2023: { oppgjoer: { body: body2023(PID) } } } },
      },
    });
    const result = createDataSource({
      seed: 's',
      fixtures,
      today: JUNE_2025,
    }).summertSkattegrunnlag(PID, 2023, 'oppgjoer');
    if (result.kind !== 'data') throw new Error(result.kind);
    const first = result.body.grunnlag?.[0] as { beloep: number };
    expect(() => {
      first.beloep = 1;
    }).toThrow(TypeError);
  });

  it('marks a year, a stage, a month or a person', () => {
    const fixtures = set({
      persons: {
        [PID]: {
          summertSkattegrunnlag: {
            2021: 'skjermet',
            2022: { utkast: 'ingenData', fastsatt: { status: 'slettet' } },
          },
          inntekt: {
            '2024-03': 'slettet',
            '2024-04': 'ingenData',
            '2024-05': { status: 'skjermet' },
          },
        },
      },
    });
    const ds = createDataSource({ seed: 's', fixtures, today: JUNE_2025 });
    const plain = createDataSource({ seed: 's', today: JUNE_2025 });
    expect(ds.summertSkattegrunnlag(PID, 2021, 'oppgjoer').kind).toBe('skjermet');
    expect(ds.summertSkattegrunnlag(PID, 2022, 'fastsatt')).toEqual({ kind: 'slettet' });
    expect(ds.summertSkattegrunnlag(PID, 2022, 'oppgjoer')).toEqual(
      plain.summertSkattegrunnlag(PID, 2022, 'oppgjoer'),
    );
    expect(ds.inntekter(PID, '2024-03', '2024-03')).toEqual({ kind: 'slettet' });
    expect(ds.inntekter(PID, '2024-04', '2024-04')).toEqual({ kind: 'ingenData' });
    expect(ds.inntekter(PID, '2024-05', '2024-05').kind).toBe('skjermet');
    const range = ds.inntekter(PID, '2024-01', '2024-04');
    expect(range.kind).toBe('data');
    if (range.kind === 'data') {
      const months = new Set(range.body.oppgaveInntektsmottaker.map((o) => o.kalendermaaned));
      expect(months).toEqual(new Set(['2024-01', '2024-02']));
    }
    const shielded = set({ persons: { [PID]: { status: 'skjermet' } } });
    const sds = createDataSource({ seed: 's', fixtures: shielded, today: JUNE_2025 });
    expect(sds.summertSkattegrunnlag(PID, 2023, 'oppgjoer').kind).toBe('skjermet');
    expect(sds.person(PID)).toMatchObject({ kind: 'person', person: { skjermet: true } });
  });

  it('pins monthly reports, served even before the month is complete', () => {
    const oppgave = {
      opplysningspliktigId: '345178708',
      virksomhetId: '310280771',
      kalendermaaned: '2025-06',
      inntekt: [
        {
          fordel: 'kontantytelse',
          utloeserArbeidsgiveravgift: true,
          inngaarIGrunnlagForTrekk: true,
          beloep: 1000,
          loennsinntekt: { beskrivelse: 'fastloenn' },
        },
      ],
    };
    const fixtures = set({
      persons: { [PID]: { inntekt: { '2025-06': { oppgaver: [oppgave] } } } },
    });
    const ds = createDataSource({ seed: 's', fixtures, today: JUNE_2025 });
    expect(ds.inntekter(PID, '2025-06', '2025-06')).toEqual({
      kind: 'data',
      body: { oppgaveInntektsmottaker: [oppgave] },
    });
  });

  it('lets a later set replace a person of an earlier one', () => {
    const a = set({ persons: { [PID]: { status: 'skjermet' } } });
    const b = set({ persons: { [PID]: { description: 'replaced' } } });
    const merged = mergeFixtureSets(a, b);
    expect(merged.persons.get(PID)?.status).toBeUndefined();
    expect(merged.persons.get(PID)?.description).toBe('replaced');
    expect(merged.files).toEqual(['inline.json', 'inline.json']);
  });
});

describe('fixture validation names the file, the key and the value', () => {
  it('refuses a real-format or invalid personidentifikator as a key', () => {
    expect(problems('persons:\n  "01018012345": { status: skjermet }\n')).toEqual([
      expect.stringMatching(
        /^persons\["01018012345"\]: not a valid personidentifikator: .*check digit/,
      ),
    ]);
    const real = '01010012356';
    const found = problems(`persons:\n  "${real}": {}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^persons\\["${real}"\\]: `));
  });

  it('keeps an unquoted key with a leading zero as written', () => {
    const pid = syntheticFoedselsnummer('zero', { birthDate: '1980-01-05' });
    expect(pid.startsWith('0')).toBe(true);
    const fixtures = parseFixtureText(
      `persons:\n  ${pid}:\n    status: skjermet\n    summertSkattegrunnlag:\n      2022: slettet\n`,
      'x.yaml',
    );
    expect(fixtures.persons.get(pid)?.summertSkattegrunnlag.get(2022)?.get('oppgjoer')).toEqual({
      status: 'slettet',
    });
  });

  it('names a misspelt status with the allowed values', () => {
    expect(
      problems(
        `persons:\n  "${PID}":\n    summertSkattegrunnlag:\n      2022:\n        oppgjoer: slettett\n`,
      ),
    ).toEqual([
      `persons["${PID}"].summertSkattegrunnlag["2022"].oppgjoer: must be one of ingenData, slettet, skjermet, publisert (got "slettett")`,
    ]);
    expect(problems(`persons:\n  "${PID}":\n    status: slettet\n`)).toEqual([
      `persons["${PID}"].status: must be one of ukjent, skjermet (got "slettet")`,
    ]);
  });

  it('points into a body that breaks the contract', () => {
    const bad = {
      ...body2023(PID),
      grunnlag: [{ tekniskNavn: 'innskudd', beloep: '154020', kategori: 'formue' }],
    };
    const found = problems(
      JSON.stringify({
        persons: { [PID]: { summertSkattegrunnlag: { 2023: { oppgjoer: { body: bad } } } } },
      }),
      'bad.json',
    );
    expect(found).toEqual([
      `persons["${PID}"].summertSkattegrunnlag["2023"].oppgjoer.body.grunnlag[0].beloep: must be integer (got "154020")`,
    ]);
  });

  it('holds every pinned body to the information model of its year', () => {
    const pinned = (year: number, body: object) =>
      JSON.stringify({
        persons: { [PID]: { summertSkattegrunnlag: { [year]: { oppgjoer: { body } } } } },
      });
    const withName = (year: number, tekniskNavn: string) => ({
      ...body2023(PID),
      inntektsaar: String(year),
      grunnlag: [{ tekniskNavn, beloep: 154020, kategori: 'formue' }],
    });
    // `innskudd` is the 2022 name of the deposit item: not in 2021, and the 2021 name is gone
    // from 2023 on.
    for (const [year, name] of [
      [2021, 'innskudd'],
      [2024, 'samletInnskuddIInnenlandskeBanker'],
    ] as const) {
      const found = problems(pinned(year, withName(year, name)), 'names.json');
      expect(found.length, `${name} in ${year}`).toBeGreaterThan(0);
      expect(
        found.every((p) =>
          p.startsWith(
            `persons["${PID}"].summertSkattegrunnlag["${year}"].oppgjoer.body.grunnlag[0]`,
          ),
        ),
      ).toBe(true);
    }
    for (const [year, name] of [
      [2021, 'samletInnskuddIInnenlandskeBanker'],
      [2024, 'innskudd'],
      // A year newer than every published model is checked against the V2 contract only.
      [2026, 'innskudd'],
    ] as const)
      expect(problems(pinned(year, withName(year, name)), 'ok.json'), `${name} in ${year}`).toEqual(
        [],
      );
  });

  it('refuses a body for another person, year or stage', () => {
    const other = syntheticFoedselsnummer('other');
    const found = problems(
      JSON.stringify({
        persons: {
          [PID]: { summertSkattegrunnlag: { 2022: { utkast: { body: body2023(other) } } } },
        },
      }),
      'm.json',
    );
    expect(found).toEqual([
      `persons["${PID}"].summertSkattegrunnlag["2022"].utkast.body.personidentifikator: must be the person's key ${PID} (got "${other}")`,
      `persons["${PID}"].summertSkattegrunnlag["2022"].utkast.body.inntektsaar: must be the year's key "2022" (a string) (got "2023")`,
      `persons["${PID}"].summertSkattegrunnlag["2022"].utkast.body.stadie: must be the stage's key utkast or left out (got "oppgjoer")`,
    ]);
  });

  it('points into monthly reports that break the contract', () => {
    const oppgave = {
      opplysningspliktigId: '345178708',
      virksomhetId: '310280771',
      inntekt: [
        {
          fordel: 'ukjent',
          utloeserArbeidsgiveravgift: true,
          inngaarIGrunnlagForTrekk: true,
          beloep: 1,
          loennsinntekt: { beskrivelse: 'fastloenn' },
        },
      ],
    };
    const found = problems(
      JSON.stringify({ persons: { [PID]: { inntekt: { '2024-01': { oppgaver: [oppgave] } } } } }),
      'o.json',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      new RegExp(
        `^persons\\["${PID}"\\]\\.inntekt\\["2024-01"\\]\\.oppgaver\\[0\\]\\.inntekt\\[0\\]\\.fordel: must be one of`,
      ),
    );
    const wrongMonth = {
      ...oppgave,
      kalendermaaned: '2024-02',
      inntekt: [{ ...oppgave.inntekt[0], fordel: 'kontantytelse' }],
    };
    expect(
      problems(
        JSON.stringify({
          persons: { [PID]: { inntekt: { '2024-01': { oppgaver: [wrongMonth] } } } },
        }),
        'o.json',
      ),
    ).toEqual([
      `persons["${PID}"].inntekt["2024-01"].oppgaver[0].kalendermaaned: must be the month's key 2024-01 or left out (got "2024-02")`,
    ]);
  });

  it('reports every problem of a file at once: years, months, keys and income changes', () => {
    const found = problems(
      [
        'versjon: 1',
        'persons:',
        `  "${PID}":`,
        '    descripton: typo',
        '    summertSkattegrunnlag:',
        '      2016: ingenData',
        '    inntekt:',
        '      2024-13: ingenData',
        '      2014-12: ingenData',
        '    incomeChanges:',
        '      - { from: 2024, salaryFactor: -1 }',
      ].join('\n'),
    );
    expect(found).toEqual([
      '(root).versjon: unknown key; allowed here: version, persons',
      `persons["${PID}"].descripton: unknown key; allowed here: description, status, incomeChanges, summertSkattegrunnlag, inntekt`,
      `persons["${PID}"].incomeChanges[0].from: must be a month YYYY-MM (quote it in YAML) (got 2024)`,
      `persons["${PID}"].incomeChanges[0].salaryFactor: must be a number from 0 to 5 (0 stops all salary) (got -1)`,
      `persons["${PID}"].summertSkattegrunnlag["2016"]: income year must be YYYY, 2017 or later (Summert skattegrunnlag V2 does not serve 2016) (got "2016")`,
      `persons["${PID}"].inntekt["2024-13"]: month must be YYYY-MM, 2015-01 or later (the a-ordning starts in 2015) (got "2024-13")`,
      `persons["${PID}"].inntekt["2014-12"]: month must be YYYY-MM, 2015-01 or later (the a-ordning starts in 2015) (got "2014-12")`,
    ]);
  });

  it('reports broken YAML or JSON with the place', () => {
    expect(problems('persons: [1, 2\nx: 3')[0]).toMatch(/^\(root\): not valid YAML: .*line 2/s);
    expect(problems('{"persons": ', 'broken.json')[0]).toMatch(/^\(root\): not valid JSON: /);
  });

  it('reads JSON and YAML files, and names the file that cannot be read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fixtures-'));
    const json = join(dir, 'a.json');
    await writeFile(json, JSON.stringify({ persons: { [PID]: { status: 'skjermet' } } }));
    expect((await loadFixtureFile(json)).files).toEqual([json]);
    const bad = join(dir, 'b.yml');
    await writeFile(bad, `persons:\n  "${PID}": { status: nope }\n`);
    await expect(loadFixtureFile(bad)).rejects.toThrow(
      `${bad}: persons["${PID}"].status: must be one of ukjent, skjermet (got "nope")`,
    );
    await expect(loadFixtureFile(join(dir, 'missing.yaml'))).rejects.toThrow(
      /missing\.yaml: \(root\): cannot read the file/,
    );
    await expect(loadFixtureFile(join(dir, 'fixtures.txt'))).rejects.toThrow(
      /must end in \.json, \.yaml or \.yml/,
    );
  });
});
