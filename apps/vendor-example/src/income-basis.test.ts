// The income basis of redusert foreldrebetaling with gains, losses, `oppjustertTillegg…` items
// and benefits: what counts, what is not subtracted, with each year's own names (every body here
// is checked against its year's information model).
import {
  type Grunnlag,
  informasjonsmodell,
  type SummertSkattegrunnlag,
  validateInformasjonsmodell,
} from '@skattedeling/summert-skattegrunnlag';
import { describe, expect, it } from 'vitest';
import { incomeBasis, SUM_INNTEKTER } from './income-basis.js';
import { postrolle } from './income-items.js';

/** An item with the kategori its year's model gives it. */
function item(year: number, tekniskNavn: string, beloep: number): Grunnlag {
  const kategori = informasjonsmodell(year)?.kategoriIApi(tekniskNavn);
  if (kategori === undefined) throw new Error(`${tekniskNavn} is not a name of ${year}`);
  return { tekniskNavn, beloep, kategori } as Grunnlag;
}

function body(year: number, items: [string, number][]): SummertSkattegrunnlag {
  const b = {
    personidentifikator: '10898322748',
    inntektsaar: String(year),
    grunnlag: items.map(([name, beloep]) => item(year, name, beloep)),
    skjermet: false,
  } as SummertSkattegrunnlag;
  const valid = validateInformasjonsmodell(b);
  if (!valid.ok) throw new Error(`not a ${year} body: ${JSON.stringify(valid)}`);
  return b;
}

// An investor's 2024: salary, a dividend and a gain on shares with their uplifts (× 0.72), a
// loss on an equity fund with its uplift, minstefradrag. Sum inntekter is Skatteetaten's total.
const investor2024: [string, number][] = [
  ['samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt', 600_000],
  ['utbytteFraAksje', 20_000],
  ['oppjustertTilleggTilUtbytteFraAksje', 14_400],
  ['gevinstVedRealisasjonAvAksje', 50_000],
  ['oppjustertTilleggTilGevinstVedRealisasjonAvAksje', 36_000],
  ['tapVedRealisasjonAvAndelIAksjedelIVerdipapirfond', 30_000],
  ['oppjustertTilleggTilTapVedRealisasjonAvAndelIAksjedelIVerdipapirfond', 21_600],
  ['minstefradragIInntekt', 92_000],
];
const sumInntekter = 600_000 + 20_000 + 14_400 + 50_000 + 36_000;

describe('incomeBasis with gains, losses and their uplifts', () => {
  it('takes Sum inntekter, which holds the gain and the uplifts, and reports the loss it leaves in', () => {
    const b = body(2024, [
      ...investor2024,
      [SUM_INNTEKTER, sumInntekter],
      ['alminneligInntektFoerSaerfradrag', sumInntekter - 30_000 - 21_600 - 92_000],
    ]);
    expect(incomeBasis(b)).toEqual({
      beloep: 720_400,
      metode: 'sumInntekter',
      tekniskNavn: [SUM_INNTEKTER],
      oppjustertTillegg: 50_400,
      tapIkkeTrukketFra: 51_600,
    });
  });

  it('without the total, counts gains and the uplifts of gains and dividends, and subtracts no loss: the same amount', () => {
    const basis = incomeBasis(body(2024, investor2024));
    expect(basis).toMatchObject({
      beloep: sumInntekter,
      metode: 'sumAvInntektsposter',
      oppjustertTillegg: 50_400,
      tapIkkeTrukketFra: 51_600,
    });
    expect(basis.tekniskNavn).toEqual([
      'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt',
      'utbytteFraAksje',
      'oppjustertTilleggTilUtbytteFraAksje',
      'gevinstVedRealisasjonAvAksje',
      'oppjustertTilleggTilGevinstVedRealisasjonAvAksje',
    ]);
  });

  it('reads 2017, whose uplifts have no kategori and whose gain has its old name, by the 2017 model', () => {
    const basis = incomeBasis(
      body(2017, [
        ['samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt', 500_000],
        ['skattepliktigAksjegevinst', 40_000],
        ['oppjustertTilleggTilSkattepliktigAksjegevinst', 9_600],
        ['tapVedRealisasjonAvAksje', 10_000],
        ['oppjustertTilleggTilTapVedRealisasjonAvAksje', 2_400],
      ]),
    );
    expect(basis).toMatchObject({
      beloep: 549_600,
      oppjustertTillegg: 9_600,
      tapIkkeTrukketFra: 12_400,
    });
  });

  it('counts an SDF distribution’s uplift, and leaves out the uplift of a latent loss the model lists no item for', () => {
    const basis = incomeBasis(
      body(2024, [
        ['andelIFellesTilleggIAlminneligInntektFraSDF', 100_000],
        ['oppjustertTilleggTilAndelIFellesTilleggIAlminneligInntektFraSDF', 72_000],
        [
          'oppjustertTilleggTilLatentTapPaaAksjeAndelMvVedUtflyttingMedUtsattBetalingAvSkatt',
          5_000,
        ],
      ]),
    );
    expect(basis).toMatchObject({ beloep: 172_000, tapIkkeTrukketFra: 5_000 });
  });

  it('counts a business surplus once: the personinntekt computed from it is not income again', () => {
    const basis = incomeBasis(
      body(2024, [
        ['samletOverskuddAvEnkeltpersonforetakInnenAnnenNaering', 400_000],
        [
          'samletPersoninntektFraEnkeltpersonforetakInnenJordbrukReindriftSkiferproduksjonOgAnnenNaering',
          388_000,
        ],
        ['overskuddAvSDF', 100_000],
        ['personinntektFraSDFInnenAnnenNaering', 80_000],
      ]),
    );
    expect(basis).toMatchObject({ beloep: 500_000 });
  });

  it('reads 2018, whose table gives a loss on shares no kategori, as a loss', () => {
    const basis = incomeBasis(
      body(2018, [
        ['samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt', 500_000],
        ['tapVedRealisasjonAvAksje', 20_000],
        ['oppjustertTilleggTilTapVedRealisasjonAvAksje', 6_600],
      ]),
    );
    expect(basis).toMatchObject({
      beloep: 500_000,
      tapIkkeTrukketFra: 26_600,
      oppjustertTillegg: 0,
    });
  });

  it('counts a rental surplus and a business surplus, and subtracts neither a rental nor a business deficit', () => {
    const basis = incomeBasis(
      body(2024, [
        ['nettoinntektVedUtleieAvFastEiendomMv', 80_000],
        ['samletOverskuddAvEnkeltpersonforetakInnenAnnenNaering', 300_000],
        ['underskuddVedUtleieMvAvFastEiendomUtenforNaering', 15_000],
        ['samletUnderskuddINaeringsvirksomhet', 40_000],
        ['samledePaaloepteRenterPaaGjeldIInnenlandskeBanker', 60_000],
      ]),
    );
    expect(basis).toMatchObject({ beloep: 380_000, tapIkkeTrukketFra: 55_000 });
  });
});

describe('incomeBasis with benefits', () => {
  it('counts AAP, uføretrygd, dagpenger in the salary item, overgangsstønad, omstillingsstønad, gjenlevende- and barnepensjon', () => {
    const benefits: [string, number][] = [
      ['samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt', 90_000],
      ['arbeidsavklaringspenger', 180_000],
      ['samletUfoeretrygdFraFolketrygdenEksklusiveEktefelletillegg', 250_000],
      ['overgangsstoenadTilEnsligForelder', 120_000],
      ['omstillingsstoenad', 110_000],
      ['etterlattepensjonFraFolketrygden', 60_000],
      ['barnepensjonFraFolketrygden', 70_000],
      ['saerskiltFradragIBarnepensjon', 30_000],
    ];
    const basis = incomeBasis(body(2024, benefits));
    expect(basis).toMatchObject({ beloep: 880_000, tapIkkeTrukketFra: 0 });
    expect(basis.tekniskNavn).not.toContain('saerskiltFradragIBarnepensjon');
  });
});

describe('postrolle', () => {
  it('classifies by the year’s model: income, uplift, loss, or not counted', () => {
    const cases: [number, string, string][] = [
      [2024, 'gevinstVedRealisasjonAvAksjesparekonto', 'inntekt'],
      [2024, 'oppjustertTilleggTilGevinstVedRealisasjonAvAksjesparekonto', 'oppjustertTillegg'],
      [2024, 'tapVedRealisasjonAvAksjesparekonto', 'tap'],
      [2024, 'oppjustertTilleggTilTapVedRealisasjonAvAksjesparekonto', 'tap'],
      [2024, 'andelIFellesTapVedSalgAvAndelISDF', 'tap'],
      [2024, 'inntektsfradragFraGevinstOgTapskonto', 'ikkeMedregnet'],
      [2024, 'minstefradragIInntekt', 'ikkeMedregnet'],
      [2024, 'pensjonFraUtlandetSkattefriINorge', 'ikkeMedregnet'],
      [2024, SUM_INNTEKTER, 'ikkeMedregnet'],
      [2019, 'oppjustertTilleggTilUtbytteFraVerdipapirfond', 'oppjustertTillegg'],
      [2025, 'ungdomsprogramytelse', 'inntekt'],
    ];
    for (const [year, tekniskNavn, rolle] of cases) {
      expect(postrolle(item(year, tekniskNavn, 1), String(year)), `${year} ${tekniskNavn}`).toBe(
        rolle,
      );
    }
  });

  it('falls back to the body’s kategori for a year without a model', () => {
    expect(postrolle({ tekniskNavn: 'nyInntekt', kategori: 'inntekt' }, '2026')).toBe('inntekt');
    expect(postrolle({ tekniskNavn: 'tapVedNoe', kategori: 'inntektsfradrag' }, '2026')).toBe(
      'tap',
    );
  });
});
