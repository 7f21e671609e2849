import { describe, expect, it } from 'vitest';
import { readData } from './fixtures/reference.js';
import type { RettighetspakkeInnholdDokument as Mutable } from './generated/rettighetspakke-innhold.js';
import { aarMedInformasjonsmodell, informasjonsmodell } from './informasjonsmodeller.js';
import {
  innholdFor,
  type RettighetspakkeInnholdDokument,
  standardRettighetspakkeInnhold,
  validateInnhold,
  validateRettighetspakkeInnhold,
} from './innhold.js';
import { stadierPerRettighetspakke } from './rettighetspakker.js';

const fil = readData('summertskattegrunnlag-rettighetspakker.json');
/** A changeable copy of the shipped document (the exported type is read-only). */
const copy = (): Mutable => structuredClone(standardRettighetspakkeInnhold) as unknown as Mutable;

/** Every technical name a rule of the document mentions. */
function namesMentioned(d: RettighetspakkeInnholdDokument): string[] {
  const utvalg = [d.standard, ...Object.values(d.rettighetspakker)].flatMap((i) => [
    ...(i.grunnlag?.tekniskNavn ?? []),
    ...(i.unntatt?.tekniskNavn ?? []),
  ]);
  const begreper = Object.values(d.begreper).flatMap((b) =>
    b.tekniskNavn.map((e) => (typeof e === 'string' ? e : e.tekniskNavn)),
  );
  const foelger = d.foelger.flatMap((f) => [f.tekniskNavn, ...f.foelgerTekniskNavn]);
  return [...utvalg, ...begreper, ...foelger];
}

describe('the shipped content per rettighetspakke', () => {
  it('is the file in contracts/data, and conforms to its schema with every reference resolved', () => {
    expect(standardRettighetspakkeInnhold).toEqual(fil);
    const result = validateRettighetspakkeInnhold(fil);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('marks kommuneforeldrebetaling, kommuneboligsosialeformaal and the standard unconfirmed', () => {
    expect(innholdFor('kommuneforeldrebetaling').innhold.bekreftet).toBe(false);
    expect(innholdFor('kommuneboligsosialeformaal').innhold.bekreftet).toBe(false);
    expect(standardRettighetspakkeInnhold.standard.bekreftet).toBe(false);
  });

  it('gives an entry only to packages of the September 2025 stage table', () => {
    const known = Object.keys(stadierPerRettighetspakke);
    expect(
      Object.keys(standardRettighetspakkeInnhold.rettighetspakker).filter(
        (p) => !known.includes(p),
      ),
    ).toEqual([]);
  });

  it('mentions only names that exist in some year, and a year-limited name in its years', () => {
    const all = new Set<string>(
      aarMedInformasjonsmodell.flatMap((aar) => [...informasjonsmodell(aar).tekniskNavn]),
    );
    expect(namesMentioned(standardRettighetspakkeInnhold).filter((n) => !all.has(n))).toEqual([]);
    for (const begrep of Object.values(standardRettighetspakkeInnhold.begreper))
      for (const e of begrep.tekniskNavn)
        if (typeof e !== 'string')
          for (let aar = e.fraOgMedAar ?? 2017; aar <= (e.tilOgMedAar ?? 2025); aar++)
            expect(
              informasjonsmodell(aar)?.isTekniskNavn(e.tekniskNavn),
              `${e.tekniskNavn} ${aar}`,
            ).toBe(true);
  });

  it('follows the 2025 revision: ungdomsprogramytelse goes with arbeidsavklaringspenger', () => {
    const rule = standardRettighetspakkeInnhold.foelger.find(
      (f) => f.tekniskNavn === 'ungdomsprogramytelse',
    );
    expect(rule?.foelgerTekniskNavn).toEqual(['arbeidsavklaringspenger']);
    for (const f of standardRettighetspakkeInnhold.foelger)
      expect(informasjonsmodell(2025).isTekniskNavn(f.tekniskNavn), f.tekniskNavn).toBe(true);
  });
});

describe('innholdFor', () => {
  it('matches the package ignoring case', () => {
    expect(innholdFor('kommuneForeldrebetaling')).toMatchObject({
      rettighetspakke: 'kommuneforeldrebetaling',
      kilde: 'egen',
    });
  });

  it('gives a package without an entry of its own the standard content', () => {
    expect(innholdFor('ssb')).toEqual({
      rettighetspakke: 'ssb',
      kilde: 'standard',
      innhold: standardRettighetspakkeInnhold.standard,
    });
  });
});

describe('validateRettighetspakkeInnhold', () => {
  it('refuses a rule naming a concept the document lacks, at the rule’s path', () => {
    const d = copy();
    d.standard.unntatt = { begreper: ['finnesIkke'] };
    const result = validateRettighetspakkeInnhold(d);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([
        {
          path: 'standard.unntatt.begreper[0]',
          message: 'names no concept of the document: finnesIkke',
        },
      ]);
  });

  it('refuses an item that follows itself, directly or through others', () => {
    const d = copy();
    d.foelger.push({
      tekniskNavn: 'arbeidsavklaringspenger',
      foelgerTekniskNavn: ['ungdomsprogramytelse'],
      kilde: 'test',
    });
    const result = validateRettighetspakkeInnhold(d);
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toContain(
      'arbeidsavklaringspenger follows itself',
    );
  });

  it('refuses a year range that runs backwards', () => {
    const d = copy();
    d.begreper.x = {
      merknad: 'x',
      tekniskNavn: [{ tekniskNavn: 'innskudd', fraOgMedAar: 2024, tilOgMedAar: 2022 }],
    };
    const result = validateRettighetspakkeInnhold(d);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'begreper.x.tekniskNavn[0]', message: 'fraOgMedAar is after tilOgMedAar' },
    ]);
  });

  it('refuses a package key that is not lower case, and an unknown kategori, by the schema', () => {
    const d = copy() as unknown as Record<string, Record<string, unknown>>;
    (d.rettighetspakker as Record<string, unknown>).kommuneForeldrebetaling =
      standardRettighetspakkeInnhold.standard;
    (d.standard as Record<string, unknown>).unntatt = { kategorier: ['gjeld'] };
    const result = validateRettighetspakkeInnhold(d);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('rettighetspakker');
      expect(result.message).toContain('standard.unntatt.kategorier[0]');
    }
  });
});

describe('validateInnhold', () => {
  it('accepts one package’s content whose concepts the document has', () => {
    const innhold = {
      bekreftet: true,
      merknad: 'm',
      unntatt: { begreper: ['fagforeningskontingent'] },
      spesifisering: false,
      andeler: false,
    };
    expect(validateInnhold(innhold)).toEqual({ ok: true, value: innhold });
  });

  it('refuses a missing flag and a concept the document lacks', () => {
    expect(validateInnhold({ bekreftet: true, merknad: 'm', andeler: false }).ok).toBe(false);
    const result = validateInnhold({
      bekreftet: true,
      merknad: 'm',
      grunnlag: { begreper: ['nope'] },
      spesifisering: false,
      andeler: false,
    });
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'grunnlag.begreper[0]', message: 'names no concept of the document: nope' },
    ]);
  });
});
