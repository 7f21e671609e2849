import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { dataDir, readData, readPackageFile } from './fixtures/reference.js';
import type { TekniskNavn2017 } from './generated/aar/2017.js';
import type { TekniskNavn2024 } from './generated/aar/2024.js';
import type { KontoSpesifisering2025 } from './generated/aar/2025.js';
import {
  type AarMedInformasjonsmodell,
  aarMedInformasjonsmodell,
  informasjonsmodell,
  validateInformasjonsmodell,
} from './informasjonsmodeller.js';

interface Row {
  tekniskNavn: string;
  kategori: string | null;
  visningstekst: string;
}
interface TypeRow {
  type: string;
  kanKnyttesTil?: string[];
  kanKnyttesTil2021?: string[];
}

const rowsOf = (aar: number) => readData(`summertskattegrunnlag-${aar}.json`) as Row[];
function typesOf(aar: number): TypeRow[] {
  for (const file of [
    `summertskattegrunnlag-${aar}-spesifiseringstyper.json`,
    `summertskattegrunnlag-${aar}-spesifisering.json`,
  ]) {
    if (existsSync(join(dataDir, file))) return readData(file) as TypeRow[];
  }
  return [];
}
const key = (r: Row) => JSON.stringify([r.tekniskNavn, r.kategori, r.visningstekst]);
const missing = <T>(from: readonly T[], to: readonly T[]) => from.filter((x) => !to.includes(x));

/** A body of the year that uses every name (with the kategori the API sends) and every type. */
function bodyUsingEverything(aar: AarMedInformasjonsmodell) {
  const modell = informasjonsmodell(aar);
  return {
    personidentifikator: '21839199217',
    inntektsaar: String(aar),
    skjermet: false,
    stadie: 'oppgjoer',
    grunnlag: modell.rader.map((row) => ({
      tekniskNavn: row.tekniskNavn,
      beloep: 1000,
      kategori: modell.kategoriIApi(row.tekniskNavn),
      ...(modell.spesifiseringstyperFor(row.tekniskNavn).length > 0
        ? {
            spesifisering: modell.spesifiseringstyperFor(row.tekniskNavn).map((type) => ({ type })),
          }
        : {}),
    })),
  };
}

/** A name some other year has and `aar` has not (a 2021-era name for later years, and so on). */
function nameFromAnotherYear(aar: AarMedInformasjonsmodell): string {
  const own = new Set(informasjonsmodell(aar).tekniskNavn as readonly string[]);
  for (const other of aarMedInformasjonsmodell) {
    const foreign = informasjonsmodell(other).tekniskNavn.find((n: string) => !own.has(n));
    if (foreign !== undefined) return foreign;
  }
  throw new Error(`every name of every year is in ${aar}`);
}

describe.each(aarMedInformasjonsmodell)('the %i information model', (aar) => {
  const modell = informasjonsmodell(aar);
  const reference = rowsOf(aar);

  it('has exactly the rows of the vendored table, compared in both directions', () => {
    const ours = modell.rader.map(key);
    const theirs = reference.map(key);
    expect(missing(theirs, ours), 'in the table, not in the package').toEqual([]);
    expect(missing(ours, theirs), 'in the package, not in the table').toEqual([]);
    expect(ours).toHaveLength(theirs.length);
  });

  it('has exactly the vendored specification types and their names, in both directions', () => {
    const ours = modell.spesifiseringstyper.map((t) => `${t.type}:${[...t.kanKnyttesTil].sort()}`);
    const theirs = typesOf(aar).map(
      (t) => `${t.type}:${[...(t.kanKnyttesTil ?? t.kanKnyttesTil2021 ?? [])].sort()}`,
    );
    expect(missing(theirs, ours)).toEqual([]);
    expect(missing(ours, theirs)).toEqual([]);
  });

  it('ships a schema whose name list is the table', () => {
    const schema = readPackageFile(`schemas/informasjonsmodell-${aar}.schema.json`) as {
      $defs: Record<string, { enum?: string[] }>;
    };
    expect(schema).toEqual(modell.schema());
    const names = schema.$defs[`TekniskNavn${aar}`]?.enum ?? [];
    expect(missing(names, modell.tekniskNavn as readonly string[])).toEqual([]);
    expect(missing(modell.tekniskNavn as readonly string[], names)).toEqual([]);
  });

  it('accepts a body that uses every name and specification type of the year', () => {
    const result = modell.validate(bodyUsingEverything(aar));
    expect(result.ok ? 'ok' : result.message).toBe('ok');
  });

  it('rejects a name from another year at its exact path', () => {
    const body = bodyUsingEverything(aar);
    const foreign = nameFromAnotherYear(aar);
    const at = 3;
    const grunnlag: unknown[] = [...body.grunnlag];
    grunnlag.splice(at, 0, { tekniskNavn: foreign, beloep: 1, kategori: 'inntekt' });
    const result = validateInformasjonsmodell({ ...body, grunnlag });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.path)).toEqual([`grunnlag[${at}].tekniskNavn`]);
      expect(result.message).toContain(`(got "${foreign.slice(0, 20)}`);
    }
  });

  it('sends "-" for a name whose kategori cell is "-" or blank', () => {
    for (const row of modell.rader) {
      expect(modell.kategoriIApi(row.tekniskNavn)).toBe(row.kategori ?? '-');
    }
    expect(modell.kategoriIApi('finnesIkke')).toBeUndefined();
  });
});

describe('the published example bodies', () => {
  it.each([2023, 2025] as const)('%i validates against its year', (aar) => {
    const body = readData(`examples/summertskattegrunnlag-${aar}.json`);
    const result = informasjonsmodell(aar).validate(body);
    expect(result.ok ? 'ok' : result.message).toBe('ok');
    expect(validateInformasjonsmodell(body).ok).toBe(true);
  });

  it('2025 fails against 2021, whose model has no innskudd', () => {
    const body = readData('examples/summertskattegrunnlag-2025.json') as { inntektsaar: string };
    const result = informasjonsmodell(2021).validate({ ...body, inntektsaar: '2021' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['grunnlag[5].tekniskNavn']);
  });
});

describe('year-specific facts', () => {
  it('renames the bank deposit and the state pension in 2022 and drops the old names from 2023', () => {
    const has = (aar: AarMedInformasjonsmodell, name: string) =>
      informasjonsmodell(aar).isTekniskNavn(name);
    expect(has(2021, 'samletInnskuddIInnenlandskeBanker')).toBe(true);
    expect(has(2021, 'innskudd')).toBe(false);
    expect(has(2022, 'innskudd') && has(2022, 'alderspensjonFraFolketrygden')).toBe(true);
    for (const aar of [2023, 2024, 2025] as const) {
      expect(has(aar, 'samletInnskuddIInnenlandskeBanker')).toBe(false);
      expect(has(aar, 'samletPensjonFraFolketrygden')).toBe(false);
      expect(has(aar, 'innskudd')).toBe(true);
    }
  });

  it('specifies virtual currency as VirtuellValuta until 2021 and VirtuellEiendel from 2022', () => {
    for (const aar of aarMedInformasjonsmodell.filter((a) => a >= 2020)) {
      expect(
        informasjonsmodell(aar).spesifiseringstyperFor('formuesverdiForVirtuellValuta'),
      ).toEqual([aar <= 2021 ? 'VirtuellValuta' : 'VirtuellEiendel']);
    }
    const body = {
      personidentifikator: '21839199217',
      inntektsaar: '2021',
      skjermet: false,
      grunnlag: [
        {
          tekniskNavn: 'formuesverdiForVirtuellValuta',
          beloep: 1,
          kategori: 'formue',
          spesifisering: [{ type: 'VirtuellEiendel' }],
        },
      ],
    };
    const result = informasjonsmodell(2021).validate(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toMatch(/^grunnlag\[0\]\.spesifisering\[0\]/);
  });

  it('types the 2025 Konto with deposit, debt, andelAv… fields and a decimal share', () => {
    const konto: KontoSpesifisering2025 = {
      type: 'Konto',
      innskudd: 66574,
      gjeld: 865203,
      prosentandelAvGjeldOgPaaloepteRenter: 50.5,
      andelAvInnskudd: 33287,
      andelAvOpptjenteRenter: 665,
    };
    const body = {
      personidentifikator: '21839199217',
      inntektsaar: '2025',
      skjermet: false,
      grunnlag: [
        { tekniskNavn: 'innskudd', beloep: 33287, kategori: 'formue', spesifisering: [konto] },
      ],
    };
    expect(informasjonsmodell(2025).validate(body).ok).toBe(true);
    const wrong = structuredClone(body);
    (wrong.grunnlag[0]?.spesifisering[0] as Record<string, unknown>).andelAvInnskudd = 1.5;
    const result = informasjonsmodell(2025).validate(wrong);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      'grunnlag[0].spesifisering[0].andelAvInnskudd',
    ]);
  });

  it('2017 names no specification types, so any type passes there', () => {
    expect(informasjonsmodell(2017).spesifiseringstyper).toEqual([]);
    const body = bodyUsingEverything(2017);
    const first = body.grunnlag[0] as { spesifisering?: { type: string }[] };
    first.spesifisering = [{ type: 'Hvilkensomhelst' }];
    expect(informasjonsmodell(2017).validate(body).ok).toBe(true);
  });
});

describe('informasjonsmodell(year)', () => {
  it('is typed by the literal year', () => {
    expectTypeOf(informasjonsmodell(2024).tekniskNavn).toEqualTypeOf<readonly TekniskNavn2024[]>();
    expectTypeOf(informasjonsmodell(2017).tekniskNavn).toEqualTypeOf<readonly TekniskNavn2017[]>();
    expect(informasjonsmodell(2024).inntektsaar).toBe(2024);
  });

  it('accepts "YYYY" strings and answers undefined for years without a model', () => {
    expect(informasjonsmodell('2023')?.inntektsaar).toBe(2023);
    expect(informasjonsmodell(2016)).toBeUndefined();
    expect(informasjonsmodell('2026')).toBeUndefined();
    expect(informasjonsmodell('20x4')).toBeUndefined();
  });

  it('validateInformasjonsmodell refuses a body for a year without a model', () => {
    const result = validateInformasjonsmodell({ inntektsaar: '2016' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('inntektsaar');
  });
});
