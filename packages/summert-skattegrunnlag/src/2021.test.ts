import { describe, expect, expectTypeOf, it } from 'vitest';
import { at, readData, readFixture, readPackageFile } from './fixtures/reference.js';
import {
  finnTekniskNavn2021,
  informasjonsmodell2021Schema,
  isSpesifiseringstype2021,
  isTekniskNavn2021,
  type Spesifisering2021,
  spesifiseringstyper2021,
  spesifiseringstyperFor2021,
  type TekniskNavn2021,
  tekniskNavn2021,
  validateSummertSkattegrunnlag2021,
} from './generated/aar/2021.js';

interface ReferenceRow {
  tekniskNavn: string;
  kategori: string | null;
  visningstekst: string;
}
interface ReferenceType {
  type: string;
  felter: { navn: string; datatype: string }[];
  kanKnyttesTil2021: string[];
}
interface Def {
  const?: string;
  enum?: string[];
  oneOf?: { $ref: string }[];
  properties?: Record<string, { type?: string; const?: string }>;
}

const reference = readData('summertskattegrunnlag-2021.json') as ReferenceRow[];
const referenceTypes = readData('summertskattegrunnlag-2021-spesifisering.json') as ReferenceType[];
const defs = informasjonsmodell2021Schema().$defs as Record<string, Def>;

describe('the 2021 information-model data', () => {
  it('has the 341 rows of the reference table', () => {
    expect(reference).toHaveLength(341);
    expect(tekniskNavn2021).toHaveLength(341);
  });

  it('equals the reference exactly, row by row and in order (null kategori, empty visningstekst kept)', () => {
    expect(tekniskNavn2021).toStrictEqual(reference);
  });

  it('has every reference row, and no row the reference lacks', () => {
    const key = (r: ReferenceRow) => JSON.stringify([r.tekniskNavn, r.kategori, r.visningstekst]);
    const ours = new Set(tekniskNavn2021.map(key));
    const theirs = new Set(reference.map(key));
    expect(reference.map(key).filter((k) => !ours.has(k))).toEqual([]);
    expect(tekniskNavn2021.map(key).filter((k) => !theirs.has(k))).toEqual([]);
  });

  it('has the same names as the TekniskNavn2021 enum of the schema', () => {
    expect(defs.TekniskNavn2021?.enum).toEqual(tekniskNavn2021.map((r) => r.tekniskNavn));
  });

  it('uses exactly the six categories of Kategori2021 besides null', () => {
    const used = new Set(tekniskNavn2021.map((r) => r.kategori).filter((k) => k !== null));
    expect([...used].sort()).toEqual([...(defs.Kategori2021?.enum ?? [])].sort());
  });

  it('ships the same schema file the contract holds', () => {
    expect(informasjonsmodell2021Schema()).toEqual(
      readPackageFile(
        'contracts/skatteetaten/summert-skattegrunnlag/informasjonsmodell-2021.schema.json',
      ),
    );
  });
});

describe('the 2021 spesifisering types', () => {
  it('equal the reference data', () => {
    expect(spesifiseringstyper2021).toStrictEqual(referenceTypes);
    expect(referenceTypes).toHaveLength(30);
  });

  it('each have a $def with the type as const and the known fields with their datatypes', () => {
    for (const t of referenceTypes) {
      const def = defs[`${t.type}Spesifisering2021`];
      expect(def, t.type).toBeDefined();
      expect(def?.properties?.type?.const).toBe(t.type);
      for (const felt of t.felter.filter((f) => f.navn !== 'type')) {
        expect(def?.properties?.[felt.navn]?.type, `${t.type}.${felt.navn}`).toBe(felt.datatype);
      }
    }
  });

  it('are all members of the Spesifisering2021 union and of Spesifiseringstype2021', () => {
    const members = (defs.Spesifisering2021?.oneOf ?? []).map((m) =>
      m.$ref.replace('#/$defs/', ''),
    );
    expect(members.sort()).toEqual(referenceTypes.map((t) => `${t.type}Spesifisering2021`).sort());
    expect(defs.Spesifiseringstype2021?.enum).toEqual(referenceTypes.map((t) => t.type));
  });

  it('attach only to 2021 names', () => {
    for (const t of spesifiseringstyper2021) {
      for (const navn of t.kanKnyttesTil2021) expect(isTekniskNavn2021(navn), navn).toBe(true);
    }
  });
});

describe('lookups', () => {
  it('knows 2021 names exactly as spelled', () => {
    expect(isTekniskNavn2021('samletGjeld')).toBe(true);
    expect(isTekniskNavn2021('SamletGjeld')).toBe(false);
    expect(isTekniskNavn2021('innskudd')).toBe(false); // a later year's name
    expect(isTekniskNavn2021(42)).toBe(false);
  });

  it('finds kategori and visningstekst by name', () => {
    expect(finnTekniskNavn2021('samletGjeld')).toEqual({
      tekniskNavn: 'samletGjeld',
      kategori: null,
      visningstekst: 'Sum gjeld',
    });
    expect(finnTekniskNavn2021('finnesIkke')).toBeUndefined();
  });

  it('lists the spesifisering types a name can carry', () => {
    expect(spesifiseringstyperFor2021('samletInnskuddIInnenlandskeBanker')).toEqual([
      'Generisk',
      'Konto',
    ]);
    expect(spesifiseringstyperFor2021('formuesverdiForKjoeretoey')).toEqual(['Kjoeretoey']);
    expect(spesifiseringstyperFor2021('bruttoformue')).toEqual([]);
    expect(isSpesifiseringstype2021('Konto')).toBe(true);
    expect(isSpesifiseringstype2021('konto')).toBe(false);
  });
});

describe('validateSummertSkattegrunnlag2021', () => {
  const fixture = () =>
    structuredClone(readFixture('summertskattegrunnlag-2021.json')) as Record<string, unknown> & {
      grunnlag: (Record<string, unknown> & { spesifisering?: Record<string, unknown>[] })[];
    };

  it('accepts a 2021 body that uses only 2021 names and types', () => {
    const result = validateSummertSkattegrunnlag2021(fixture());
    expect(result.ok ? 'ok' : result.message).toBe('ok');
  });

  it('rejects a tekniskNavn that is not in the 2021 model', () => {
    const body = fixture();
    at(body.grunnlag, 2).tekniskNavn = 'innskudd';
    const result = validateSummertSkattegrunnlag2021(body);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.path).toBe('grunnlag[2].tekniskNavn');
      expect(result.message).toContain('(341 values)');
    }
  });

  it('rejects a spesifisering type that is not in the 2021 model', () => {
    const body = fixture();
    at(body.grunnlag, 0).spesifisering = [{ type: 'NyType2030' }];
    const result = validateSummertSkattegrunnlag2021(body);
    expect(result.ok).toBe(false);
    // Without Ajv's discriminator option every branch reports its `type` const; with it, one
    // error at the item. Either way the error points into the item.
    if (!result.ok) expect(result.errors[0]?.path).toMatch(/^grunnlag\[0\]\.spesifisering\[0\]/);
  });

  it('rejects a known spesifisering field of the wrong type', () => {
    const body = fixture();
    at(at(body.grunnlag, 1).spesifisering, 0).innskudd = '154020';
    const result = validateSummertSkattegrunnlag2021(body);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.path)).toContain('grunnlag[1].spesifisering[0].innskudd');
      expect(result.message).toContain('grunnlag[1].spesifisering[0].innskudd: must be integer');
    }
  });

  it('accepts unknown fields inside a known spesifisering type', () => {
    const body = fixture();
    at(at(body.grunnlag, 1).spesifisering, 0).kontotype = 'brukskonto';
    expect(validateSummertSkattegrunnlag2021(body).ok).toBe(true);
  });

  it('rejects another income year', () => {
    const result = validateSummertSkattegrunnlag2021({ ...fixture(), inntektsaar: '2022' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('inntektsaar');
  });

  it('gives types that narrow on type and refuse unknown names', () => {
    const spesifisering = { type: 'Konto', kontonummer: '12345678903' } as Spesifisering2021;
    if (spesifisering.type === 'Konto')
      expectTypeOf(spesifisering.kontonummer).toEqualTypeOf<string | undefined>();
    expectTypeOf<'samletGjeld'>().toExtend<TekniskNavn2021>();
    expectTypeOf<'innskudd'>().not.toExtend<TekniskNavn2021>();
  });
});
