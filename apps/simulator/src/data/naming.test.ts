import { aarMedInformasjonsmodell, informasjonsmodell } from '@skattedeling/summert-skattegrunnlag';
import { describe, expect, it } from 'vitest';
import { CONCEPTS, roleOf, tekniskNavn } from './naming.js';
import { modelFor } from './year-model.js';

describe('the naming table', () => {
  it('gives only names that exist in the information model of each year it is used in', () => {
    for (const year of aarMedInformasjonsmodell) {
      const model = informasjonsmodell(year);
      for (const concept of CONCEPTS) {
        const name = tekniskNavn(concept, year);
        if (name !== undefined)
          expect(model.isTekniskNavn(name), `${concept} ${year}: ${name}`).toBe(true);
      }
    }
  });

  it('leaves a concept out only before its first year, as the README lists', () => {
    const firstYear: Partial<Record<(typeof CONCEPTS)[number], number>> = {
      ordinaryIncome: 2018,
      incomeTaxBasis: 2018,
      collectionDebt: 2018,
      collectionInterest: 2018,
      discountTotal: 2018,
      partnershipDeficit: 2019,
      fundFee: 2020,
      oldAgePensionSupplement: 2022,
      adjustmentAllowance: 2024,
      youthProgrammeBenefit: 2025,
    };
    for (const concept of CONCEPTS)
      for (const year of aarMedInformasjonsmodell)
        expect(tekniskNavn(concept, year) !== undefined, `${concept} ${year}`).toBe(
          year >= (firstYear[concept] ?? 2017),
        );
  });

  it('gives every concept the total it counts towards', () => {
    expect(roleOf('shareGainUplift')).toBe('inntekt');
    expect(roleOf('shareLossUplift')).toBe('fradrag');
    expect(roleOf('businessPersonalIncome')).toBe('info');
    expect(roleOf('shareDiscount')).toBe('rabatt');
    expect(roleOf('svalbardSalary')).toBe('svalbard');
    expect(roleOf('collectionDebt')).toBe('gjeld');
  });

  it('uses the 2022 names of deposits and old-age pension from 2022, the old ones before', () => {
    expect(tekniskNavn('deposits', 2021)).toBe('samletInnskuddIInnenlandskeBanker');
    expect(tekniskNavn('deposits', 2022)).toBe('innskudd');
    expect(tekniskNavn('oldAgePension', 2021)).toBe('samletPensjonFraFolketrygden');
    expect(tekniskNavn('oldAgePension', 2022)).toBe('alderspensjonFraFolketrygden');
    // The old names are gone from 2023: a table that kept them would fail the first test.
    expect(informasjonsmodell(2023).isTekniskNavn('samletInnskuddIInnenlandskeBanker')).toBe(false);
  });

  it('serves a year newer than every model with the newest model', () => {
    expect(modelFor(2031).inntektsaar).toBe(aarMedInformasjonsmodell.at(-1));
    expect(modelFor(2024).inntektsaar).toBe(2024);
    expect(() => modelFor(2016)).toThrow(RangeError);
  });
});
