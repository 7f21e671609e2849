import type { Inntekter } from '@skattedeling/inntekt';
import { Maaned, Maanedsperiode } from '@skattedeling/inntekt';
import {
  informasjonsmodell,
  type SummertSkattegrunnlag,
  validateInformasjonsmodell,
} from '@skattedeling/summert-skattegrunnlag';
import { describe, expect, it } from 'vitest';
import { incomeBasis, SKATTEFRIE_INNTEKTSPOSTER, SUM_INNTEKTER } from './income-basis.js';
import { incomeYearsFor } from './income-year.js';
import { monthlyIncome } from './monthly-income.js';

describe('incomeYearsFor', () => {
  it('asks for last year from 1 April, the year before that until then (Oslo dates)', () => {
    expect(incomeYearsFor('2025-04-01')).toEqual({ first: '2024', fallback: '2023' });
    expect(incomeYearsFor('2025-03-31')).toEqual({ first: '2023', fallback: '2022' });
    expect(incomeYearsFor('2025-12-31')).toEqual({ first: '2024', fallback: '2023' });
    // 23:30 UTC on 31 March is already 1 April in Oslo.
    expect(incomeYearsFor(new Date('2025-03-31T23:30:00Z'))).toEqual({
      first: '2024',
      fallback: '2023',
    });
  });
});

const body = (
  grunnlag: SummertSkattegrunnlag['grunnlag'],
  svalbardGrunnlag?: SummertSkattegrunnlag['grunnlag'],
  inntektsaar = '2024',
): SummertSkattegrunnlag => ({
  personidentifikator: '10898322748',
  inntektsaar,
  skjermet: false,
  ...(grunnlag === undefined ? {} : { grunnlag }),
  ...(svalbardGrunnlag === undefined ? {} : { svalbardGrunnlag }),
});

describe('incomeBasis', () => {
  it('uses sumInntekterIAlminneligInntektFoerFordelingsfradrag (gross, before deductions)', () => {
    const basis = incomeBasis(
      body([
        {
          tekniskNavn: 'sumInntekterIAlminneligInntektFoerFordelingsfradrag',
          beloep: 650_000,
          kategori: '-',
        },
        { tekniskNavn: 'alminneligInntektFoerSaerfradrag', beloep: 520_000, kategori: '-' },
        {
          tekniskNavn: 'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt',
          beloep: 600_000,
          kategori: 'inntekt',
        },
      ]),
    );
    expect(basis).toEqual({
      beloep: 650_000,
      metode: 'sumInntekter',
      tekniskNavn: ['sumInntekterIAlminneligInntektFoerFordelingsfradrag'],
      oppjustertTillegg: 0,
      tapIkkeTrukketFra: 0,
    });
  });

  it('without the total, sums the taxable income items (wages and capital income alike)', () => {
    const basis = incomeBasis(
      body([
        {
          tekniskNavn: 'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt',
          beloep: 600_000,
          kategori: 'inntekt',
        },
        {
          tekniskNavn: 'samledeOpptjenteRenterIInnenlandskeBanker',
          beloep: 3_000,
          kategori: 'inntekt',
        },
        { tekniskNavn: 'pensjonFraUtlandetSkattefriINorge', beloep: 50_000, kategori: 'inntekt' },
        { tekniskNavn: 'samletGjeld', beloep: 2_000_000, kategori: '-' },
        { tekniskNavn: 'sumMinstefradrag', beloep: 100_000, kategori: 'inntektsfradrag' },
      ]),
    );
    expect(basis.beloep).toBe(603_000);
    expect(basis.metode).toBe('sumAvInntektsposter');
  });

  it('adds Svalbard income and treats a body without grunnlag as 0', () => {
    const svalbard = [
      {
        tekniskNavn: 'sumInntekterIAlminneligInntektFoerFordelingsfradrag',
        beloep: 10_000,
        kategori: '-' as const,
      },
    ];
    expect(
      incomeBasis(
        body(
          [
            {
              tekniskNavn: 'sumInntekterIAlminneligInntektFoerFordelingsfradrag',
              beloep: 1,
              kategori: '-',
            },
          ],
          svalbard,
        ),
      ).beloep,
    ).toBe(10_001);
    expect(incomeBasis(body(undefined)).beloep).toBe(0);
  });
});

describe('incomeBasis in the current income years', () => {
  it('reads names that exist in 2023, 2024 and 2025', () => {
    for (const aar of [2023, 2024, 2025] as const) {
      expect(informasjonsmodell(aar).isTekniskNavn(SUM_INNTEKTER)).toBe(true);
      // Each tax-exempt item is a name of some current year (2025 dropped one of them).
      for (const navn of SKATTEFRIE_INNTEKTSPOSTER) {
        expect(
          [2023, 2024, 2025].some((y) => informasjonsmodell(y)?.isTekniskNavn(navn)),
          navn,
        ).toBe(true);
      }
    }
  });

  it('sums a 2025 body without the total from 2025 names, leaving out tax-exempt pension', () => {
    const b = body(
      [
        {
          tekniskNavn: 'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt',
          beloep: 560_000,
          kategori: 'inntekt',
        },
        { tekniskNavn: 'alderspensjonFraFolketrygden', beloep: 120_000, kategori: 'inntekt' },
        { tekniskNavn: 'ungdomsprogramytelse', beloep: 40_000, kategori: 'inntekt' },
        {
          tekniskNavn: 'pensjonsinntektFritattForSkattEtterSkatteavtale',
          beloep: 30_000,
          kategori: 'inntekt',
        },
        { tekniskNavn: 'innskudd', beloep: 250_000, kategori: 'formue' },
      ],
      undefined,
      '2025',
    );
    expect(validateInformasjonsmodell(b).ok).toBe(true);
    expect(incomeBasis(b)).toEqual({
      beloep: 720_000,
      metode: 'sumAvInntektsposter',
      tekniskNavn: [
        'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt',
        'alderspensjonFraFolketrygden',
        'ungdomsprogramytelse',
      ],
      oppjustertTillegg: 0,
      tapIkkeTrukketFra: 0,
    });
  });

  it('uses only names of their year in the bodies of these tests', () => {
    const b = body([
      { tekniskNavn: SUM_INNTEKTER, beloep: 1, kategori: '-' },
      { tekniskNavn: 'pensjonFraUtlandetSkattefriINorge', beloep: 1, kategori: 'inntekt' },
    ]);
    expect(validateInformasjonsmodell(b).ok).toBe(true);
    expect(validateInformasjonsmodell({ ...b, inntektsaar: '2025' }).ok).toBe(false);
  });
});

describe('monthlyIncome', () => {
  it('counts cash per month, leaves out benefits in kind and reimbursed expenses', () => {
    const inntekter: Inntekter = {
      oppgaveInntektsmottaker: [
        {
          opplysningspliktigId: '1',
          virksomhetId: '2',
          kalendermaaned: '2025-04',
          inntekt: [
            {
              fordel: 'kontantytelse',
              utloeserArbeidsgiveravgift: true,
              inngaarIGrunnlagForTrekk: true,
              beloep: 30_000,
              loennsinntekt: { beskrivelse: 'fastloenn' },
            },
            {
              fordel: 'naturalytelse',
              utloeserArbeidsgiveravgift: true,
              inngaarIGrunnlagForTrekk: true,
              beloep: 4_000,
              loennsinntekt: { beskrivelse: 'bil' },
            },
            {
              fordel: 'utgiftsgodtgjoerelse',
              utloeserArbeidsgiveravgift: false,
              inngaarIGrunnlagForTrekk: false,
              beloep: 900,
              loennsinntekt: { beskrivelse: 'reiseKostMedOvernattingPaaHotell' },
            },
          ],
        },
        {
          opplysningspliktigId: '3',
          virksomhetId: '4',
          inntekt: [
            {
              utloeserArbeidsgiveravgift: false,
              inngaarIGrunnlagForTrekk: true,
              beloep: 3_000,
              ytelseFraOffentlige: { beskrivelse: 'sykepenger' },
            },
          ],
        },
      ],
    };
    const result = monthlyIncome(inntekter, Maanedsperiode(Maaned('2025-03'), Maaned('2025-05')));
    expect(result.maaneder).toEqual([
      { maaned: '2025-03', beloep: 0 },
      { maaned: '2025-04', beloep: 30_000 },
      { maaned: '2025-05', beloep: 0 },
    ]);
    expect(result).toMatchObject({ utenMaaned: 3_000, sum: 33_000, snittPerMaaned: 11_000 });
  });
});
