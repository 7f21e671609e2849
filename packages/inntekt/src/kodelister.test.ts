import { createValidator, type SchemaDocument } from '@skattedeling/felles';
import { describe, expect, it } from 'vitest';
import { readData, readPackageFile } from '../test/reference.js';
import { Maaned } from './domain.js';
import { schema } from './generated/v1/schema.js';
import {
  type Beskrivelseskode,
  erBeskrivelseGyldig,
  erGyldigIMaaned,
  erKjentBeskrivelse,
  finnBeskrivelseskode,
  fordeler,
  gyldigeBeskrivelseskoder,
  type Inntektstype,
  inntektstyper,
  kodelister,
} from './kodelister.js';

interface Referanserad {
  beskrivelse?: string;
  verdi?: string;
  gyldigFraOgMed?: string | null;
  gyldigTil?: string | null;
  gyldigTilOgMed?: string | null;
  sbl: boolean;
  otp?: boolean;
  otpFraAndreOpplysningspliktige?: boolean;
  utgaatt?: boolean;
}
interface NyKode {
  nyBeskrivelse: string;
  harInngaattI: string;
  sbl: boolean;
  otp: boolean;
}
interface Referanse {
  fordel: Referanserad[];
  loennsinntekt: Referanserad[];
  ytelseFraOffentlige: Referanserad[];
  pensjonEllerTrygd: Referanserad[];
  naeringsinntekt: Referanserad[];
  skatteOgAvgiftsRegel: { verdier: Referanserad[]; tomStrengTillatt: boolean };
  forskuddstrekkBeskrivelse: { verdier: Referanserad[]; tomStrengTillatt: boolean };
  fradragBeskrivelse: Referanserad[];
  tilleggsinformasjonInntjeningsforhold: Referanserad[];
  tilleggsinformasjonReiseKostOgLosjiPersontype: Referanserad[];
  aarsrevisjon2024: { nyeKoder: Record<Inntektstype, NyKode[] | undefined> };
  aarsrevisjon2025: {
    nyPensjonEllerTrygdBeskrivelse: { beskrivelse: string; sbl: boolean; otp: boolean }[];
    utgaarLoennsinntektBeskrivelse: { beskrivelse: string }[];
    nyForskuddstrekkBeskrivelse: { beskrivelse: string; sbl: boolean; otp: boolean }[];
  };
}

const verdiLister = [
  'fordel',
  'skatteOgAvgiftsRegel',
  'forskuddstrekkBeskrivelse',
  'fradragBeskrivelse',
  'tilleggsinformasjonInntjeningsforhold',
  'tilleggsinformasjonReiseKostOgLosjiPersontype',
] as const;

type VerdiRad = { readonly verdi: string; readonly sbl: boolean; readonly otp?: boolean } & Record<
  string,
  unknown
>;
const verdiRader = (liste: (typeof verdiLister)[number]): readonly VerdiRad[] =>
  kodelister[liste].koder as readonly VerdiRad[];

/** Every code of every list (including alternative spellings). */
const alleKjenteKoder = new Set<string>([
  ...inntektstyper.flatMap((t) =>
    (kodelister[t].koder as readonly Beskrivelseskode[]).flatMap((r) => [
      r.beskrivelse,
      ...(r.alternativeStavemaater ?? []),
    ]),
  ),
  ...verdiLister.flatMap((l) => verdiRader(l).map((r) => r.verdi)),
]);

describe('the code lists against the reference inntekt-beskrivelse.json', () => {
  const ref = readData<Referanse>('reference/inntekt-beskrivelse.json');

  it('contain every code string anywhere in the reference, in some list', () => {
    const found: string[] = [];
    const walk = (node: unknown, key?: string): void => {
      if (Array.isArray(node)) {
        for (const n of node) walk(n, key);
      } else if (node !== null && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) walk(v, k);
      } else if (
        typeof node === 'string' &&
        ['verdi', 'beskrivelse', 'nyBeskrivelse', 'harInngaattI'].includes(key ?? '')
      ) {
        found.push(node.replace(/ \(\w+\)$/, ''));
      }
    };
    walk(ref);
    expect(found.length).toBeGreaterThan(250);
    expect(found.filter((code) => !alleKjenteKoder.has(code))).toEqual([]);
  });

  for (const type of [
    'loennsinntekt',
    'ytelseFraOffentlige',
    'pensjonEllerTrygd',
    'naeringsinntekt',
  ] as const) {
    it(`keep every ${type} row with its flags and validity`, () => {
      for (const row of ref[type]) {
        const ours = finnBeskrivelseskode(type, row.beskrivelse ?? '');
        expect(ours, row.beskrivelse).toBeDefined();
        expect(ours).toMatchObject({
          beskrivelse: row.beskrivelse,
          gyldigFraOgMed: row.gyldigFraOgMed,
          gyldigTil: row.gyldigTil,
          sbl: row.sbl,
          // The naeringsinntekt table has no otp column: not delivered to otp.
          otp: row.otp ?? false,
        });
        expect(ours?.otpFraAndreOpplysningspliktige ?? false).toBe(
          row.otpFraAndreOpplysningspliktige ?? false,
        );
        expect(ours?.utgaatt ?? false).toBe(row.utgaatt ?? false);
      }
    });

    it(`mark the ${type} codes of the 2024 revision with the code they were split out of`, () => {
      for (const ny of ref.aarsrevisjon2024.nyeKoder[type] ?? []) {
        const ours = finnBeskrivelseskode(type, ny.nyBeskrivelse);
        expect(ours, ny.nyBeskrivelse).toBeDefined();
        expect(ours?.lagtTilIAarsrevisjon).toBe(2024);
        const [, old, list] = /^(\w+)(?: \((\w+)\))?$/.exec(ny.harInngaattI) ?? [];
        expect(ours?.harInngaattI).toEqual({ kodeliste: list ?? type, beskrivelse: old });
        // The older code itself is still in the lists.
        expect(erKjentBeskrivelse((list ?? type) as Inntektstype, old ?? '')).toBe(true);
      }
    });
  }

  for (const liste of verdiLister) {
    it(`keep every ${liste} value with its sbl flag`, () => {
      const raw = ref[liste];
      const rows = Array.isArray(raw) ? raw : raw.verdier;
      for (const row of rows) {
        const ours = verdiRader(liste).find((r) => r.verdi === row.verdi);
        expect(ours, row.verdi).toBeDefined();
        expect(ours?.sbl).toBe(row.sbl);
        if (row.otp !== undefined) expect(ours?.otp).toBe(row.otp);
        if ('gyldigFraOgMed' in row) expect(ours?.gyldigFraOgMed).toBe(row.gyldigFraOgMed);
        if ('gyldigTilOgMed' in row) expect(ours?.gyldigTilOgMed).toBe(row.gyldigTilOgMed);
      }
      if (!Array.isArray(raw))
        expect(kodelister[liste].tomStrengTillatt).toBe(raw.tomStrengTillatt);
    });
  }

  it('fold in the 2025 revision: a new pension code, a new forskuddstrekk code and a retired salary code', () => {
    for (const ny of ref.aarsrevisjon2025.nyPensjonEllerTrygdBeskrivelse) {
      expect(finnBeskrivelseskode('pensjonEllerTrygd', ny.beskrivelse)).toMatchObject({
        sbl: ny.sbl,
        otp: ny.otp,
        lagtTilIAarsrevisjon: 2025,
        gyldigFraOgMed: null,
        antattGyldigFraOgMed: '2025-01',
      });
    }
    for (const ny of ref.aarsrevisjon2025.nyForskuddstrekkBeskrivelse) {
      expect(
        verdiRader('forskuddstrekkBeskrivelse').find((r) => r.verdi === ny.beskrivelse),
      ).toMatchObject({
        sbl: ny.sbl,
        otp: ny.otp,
        lagtTilIAarsrevisjon: 2025,
      });
    }
    for (const utgaar of ref.aarsrevisjon2025.utgaarLoennsinntektBeskrivelse) {
      expect(finnBeskrivelseskode('loennsinntekt', utgaar.beskrivelse)).toMatchObject({
        utgaarIAarsrevisjon: 2025,
        antattGyldigTil: '2025-01',
      });
    }
  });
});

describe('the code lists against their own schema and the API contract', () => {
  const kodeSchema = readPackageFile<
    SchemaDocument & { $defs: Record<string, { enum?: string[] }> }
  >('schemas/kodelister.schema.json');
  const validator = createValidator(kodeSchema);
  const listDefs: Record<string, string> = {
    fordel: 'FordelKodeliste',
    loennsinntekt: 'LoennsinntektKodeliste',
    ytelseFraOffentlige: 'YtelseFraOffentligeKodeliste',
    pensjonEllerTrygd: 'PensjonEllerTrygdKodeliste',
    naeringsinntekt: 'NaeringsinntektKodeliste',
    skatteOgAvgiftsRegel: 'SkatteOgAvgiftsRegelKodeliste',
    forskuddstrekkBeskrivelse: 'ForskuddstrekkBeskrivelseKodeliste',
    fradragBeskrivelse: 'FradragBeskrivelseKodeliste',
    tilleggsinformasjonInntjeningsforhold: 'InntjeningsforholdKodeliste',
    tilleggsinformasjonReiseKostOgLosjiPersontype: 'ReiseKostOgLosjiPersontypeKodeliste',
  };

  for (const [liste, def] of Object.entries(listDefs)) {
    it(`${liste} conforms to ${def}`, () => {
      const result = validator.validate(def, kodelister[liste as keyof typeof kodelister]);
      expect(result.ok ? '' : result.message).toBe('');
    });
  }

  it('has a title on every $def', () => {
    const untitled = Object.entries(kodeSchema.$defs).filter(
      ([, d]) => typeof (d as { title?: unknown }).title !== 'string',
    );
    expect(untitled.map(([name]) => name)).toEqual([]);
  });

  const enums: [string, string, readonly string[]][] = [
    ['LoennsinntektBeskrivelse', 'Loennsinntekt', codesOf('loennsinntekt')],
    ['YtelseFraOffentligeBeskrivelse', 'YtelseFraOffentlige', codesOf('ytelseFraOffentlige')],
    ['PensjonEllerTrygdBeskrivelse', 'PensjonEllerTrygd', codesOf('pensjonEllerTrygd')],
    ['NaeringsinntektBeskrivelse', 'Naeringsinntekt', codesOf('naeringsinntekt')],
  ];
  for (const [enumDef, contractDef, codes] of enums) {
    it(`${enumDef} lists exactly the data's codes, and the contract's examples are the same codes`, () => {
      expect([...(kodeSchema.$defs[enumDef]?.enum ?? [])].sort()).toEqual([...codes].sort());
      const examples =
        (schema.$defs[contractDef as 'Loennsinntekt'].properties.beskrivelse
          .examples as readonly string[]) ?? [];
      expect([...examples].sort()).toEqual([...codes].sort());
    });
  }

  it('has the same closed fordel list as the contract', () => {
    expect([...fordeler].sort()).toEqual([...schema.$defs.Fordel.enum].sort());
    expect(kodelister.fordel.lukket).toBe(true);
  });

  function codesOf(type: Inntektstype): string[] {
    return (kodelister[type].koder as readonly Beskrivelseskode[]).flatMap((r) => [
      r.beskrivelse,
      ...(r.alternativeStavemaater ?? []),
    ]);
  }
});

describe('lookups', () => {
  it('find a code by either spelling the documentation uses', () => {
    const a = finnBeskrivelseskode('naeringsinntekt', 'omsorgspengerTiLDagmamma');
    expect(a).toBeDefined();
    expect(finnBeskrivelseskode('naeringsinntekt', 'omsorgspengerTilDagmamma')).toBe(a);
    expect(
      finnBeskrivelseskode('naeringsinntekt', 'pleiepengerTilJordOgSkogbrukere')?.beskrivelse,
    ).toBe('pleiepengerTilJordPgSkogbrukere');
  });

  it('answer undefined (not an error) for a code the lists do not know', () => {
    expect(finnBeskrivelseskode('loennsinntekt', 'nyKodeFraNesteAarsrevisjon')).toBeUndefined();
    expect(
      erBeskrivelseGyldig('loennsinntekt', 'nyKodeFraNesteAarsrevisjon', Maaned('2030-01')),
    ).toBe(false);
  });

  it('treat gyldigFraOgMed as the first valid month', () => {
    expect(erBeskrivelseGyldig('loennsinntekt', 'tips', Maaned('2018-12'))).toBe(false);
    expect(erBeskrivelseGyldig('loennsinntekt', 'tips', Maaned('2019-01'))).toBe(true);
  });

  it('treat gyldigTil as the first month the code is no longer valid', () => {
    // overtidsmat: 2013-01 to 2019-01, expired.
    expect(erBeskrivelseGyldig('loennsinntekt', 'overtidsmat', Maaned('2018-12'))).toBe(true);
    expect(erBeskrivelseGyldig('loennsinntekt', 'overtidsmat', Maaned('2019-01'))).toBe(false);
  });

  it('use the assumed January 2025 for the 2025 revision, whose month the documentation does not state', () => {
    expect(erBeskrivelseGyldig('pensjonEllerTrygd', 'barnepensjonFra2025', Maaned('2024-12'))).toBe(
      false,
    );
    expect(erBeskrivelseGyldig('pensjonEllerTrygd', 'barnepensjonFra2025', Maaned('2025-01'))).toBe(
      true,
    );
    expect(erBeskrivelseGyldig('loennsinntekt', 'bonusFraForsvaret', Maaned('2024-12'))).toBe(true);
    expect(erBeskrivelseGyldig('loennsinntekt', 'bonusFraForsvaret', Maaned('2025-01'))).toBe(
      false,
    );
  });

  it('treat gyldigTilOgMed as the last valid month', () => {
    expect(
      erGyldigIMaaned({ gyldigFraOgMed: null, gyldigTilOgMed: '2020-06' }, Maaned('2020-06')),
    ).toBe(true);
    expect(
      erGyldigIMaaned({ gyldigFraOgMed: null, gyldigTilOgMed: '2020-06' }, Maaned('2020-07')),
    ).toBe(false);
  });

  it('list the codes valid in a month: the 2024 split codes appear from January 2024', () => {
    const before = gyldigeBeskrivelseskoder('ytelseFraOffentlige', Maaned('2023-12')).map(
      (r) => r.beskrivelse,
    );
    const after = gyldigeBeskrivelseskoder('ytelseFraOffentlige', Maaned('2024-01')).map(
      (r) => r.beskrivelse,
    );
    expect(before).not.toContain('pleiepenger');
    expect(after).toContain('pleiepenger');
    expect(after).toContain('sykepenger');
  });
});
