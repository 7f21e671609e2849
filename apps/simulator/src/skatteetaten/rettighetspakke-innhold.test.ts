import {
  filtrerMedRegelspor,
  standardRettighetspakkeInnhold,
} from '@skattedeling/summert-skattegrunnlag';
import { describe, expect, it } from 'vitest';
import { describeFiltering, InnholdRegister } from './rettighetspakke-innhold.js';

const open = { bekreftet: true, merknad: 'a', spesifisering: true, andeler: true };

describe('InnholdRegister.cacheKey', () => {
  it('is the same for packages whose rules are the same, whatever their remarks', () => {
    const register = new InnholdRegister(standardRettighetspakkeInnhold);
    register.setPakke('a', open);
    register.setPakke('b', { ...open, merknad: 'b', bekreftet: false });
    expect(register.cacheKey('a')).toBe(register.cacheKey('b'));
    expect(register.cacheKey('ssb')).toBe(register.cacheKey('udi'));
  });

  it('changes when a package’s rules change, and reset brings the first key back', () => {
    const register = new InnholdRegister(standardRettighetspakkeInnhold);
    const before = register.cacheKey('kommuneforeldrebetaling');
    expect(register.cacheKey('kommuneboligsosialeformaal')).not.toBe(before);
    register.setPakke('kommuneForeldrebetaling', open);
    expect(register.cacheKey('kommuneforeldrebetaling')).not.toBe(before);
    register.reset();
    expect(register.cacheKey('kommuneforeldrebetaling')).toBe(before);
  });

  it('deletePakke gives the package the standard, and is false when it had no entry', () => {
    const register = new InnholdRegister(standardRettighetspakkeInnhold);
    expect(register.deletePakke('sbl')).toBe(true);
    expect(register.cacheKey('sbl')).toBe(register.cacheKey('ssb'));
    expect(register.deletePakke('sbl')).toBe(false);
  });
});

describe('describeFiltering', () => {
  const body = {
    inntektsaar: '2024',
    grunnlag: [
      { tekniskNavn: 'fradragForFagforeningskontingent', beloep: 1, kategori: 'inntektsfradrag' },
      {
        tekniskNavn: 'innskudd',
        beloep: 1,
        kategori: 'formue',
        spesifisering: [{ type: 'Konto' }],
      },
      { tekniskNavn: 'gjeldIInnenlandskeBanker', beloep: 1, kategori: 'formuesfradrag' },
    ],
    svalbardGrunnlag: [{ tekniskNavn: 'bruttoformue', beloep: 1, kategori: '-' }],
  };

  it('names the package, where its content comes from, then each withheld item by rule', () => {
    expect(describeFiltering(filtrerMedRegelspor(body, 'kommuneforeldrebetaling'))).toEqual([
      'kommuneforeldrebetaling (own entry, unconfirmed): withheld 4',
      'fradragForFagforeningskontingent by unntatt.begreper fagforeningskontingent',
      'innskudd by unntatt.kategorier formue',
      'gjeldIInnenlandskeBanker by unntatt.kategorier formuesfradrag',
      'svalbardGrunnlag.bruttoformue by unntatt.begreper formueOgGjeldUtenKategori',
    ]);
    expect(describeFiltering(filtrerMedRegelspor(body, 'ssb'))).toEqual([
      'ssb (standard, unconfirmed): withheld 1; spesifisering removed from 1',
      'fradragForFagforeningskontingent by unntatt.begreper fagforeningskontingent',
    ]);
  });

  it('splits a rule with many items over lines that the journal keeps whole (500 characters)', () => {
    const many = {
      inntektsaar: '2024',
      grunnlag: Array.from({ length: 60 }, (_, i) => ({
        tekniskNavn: `formuesverdiForNummer${i}`,
        beloep: 1,
        kategori: 'formue',
      })),
    };
    const lines = describeFiltering(filtrerMedRegelspor(many, 'kommuneforeldrebetaling'));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(500);
    const named = lines.slice(1).flatMap((l) => l.replace(/ by .*$/, '').split(', '));
    expect(named).toEqual(many.grunnlag.map((g) => g.tekniskNavn));
  });
});
