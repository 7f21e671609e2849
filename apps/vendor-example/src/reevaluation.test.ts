import { describe, expect, it } from 'vitest';
import type { Decision } from './decisions.js';
import { decisionsToReevaluate } from './reevaluation.js';

const kommune = '240655551';
const mor = '10898322748';
const far = '07889538362';
const annen = '12849028764';

/** Decided on 15 June 2025: income year 2024, falling back to 2023. */
const decision = (husholdning: string[]): Decision => ({
  kommune,
  husholdning,
  dato: '2025-06-15',
  resultat: {
    kommune,
    status: 'manuellBehandling',
    personer: [],
    samletInntekt: undefined,
    melding: '',
  },
});

describe('decisionsToReevaluate', () => {
  const familie = decision([mor, far]);
  const alene = decision([annen]);

  it('re-evaluates a household when a member’s oppgjør for the decision’s income year arrives', () => {
    expect(
      decisionsToReevaluate({ identifikator: far, gjelderPeriode: '2024' }, [familie, alene]),
    ).toEqual([familie]);
  });

  it('re-evaluates it for the fallback year too, which a member not settled for the income year is decided on', () => {
    expect(
      decisionsToReevaluate({ identifikator: mor, gjelderPeriode: '2023' }, [familie]),
    ).toEqual([familie]);
  });

  it('ignores events for persons not in any household', () => {
    expect(
      decisionsToReevaluate({ identifikator: '29879019409', gjelderPeriode: '2024' }, [
        familie,
        alene,
      ]),
    ).toEqual([]);
  });

  it('ignores an oppgjør for a year the decision does not read', () => {
    for (const year of ['2022', '2025'])
      expect(
        decisionsToReevaluate({ identifikator: mor, gjelderPeriode: year }, [familie]),
      ).toEqual([]);
  });

  it('reads the income year from each decision’s date (before 1 April: two years back)', () => {
    const mars = { ...decision([mor]), dato: '2025-03-31' };
    expect(decisionsToReevaluate({ identifikator: mor, gjelderPeriode: '2024' }, [mars])).toEqual(
      [],
    );
    expect(decisionsToReevaluate({ identifikator: mor, gjelderPeriode: '2023' }, [mars])).toEqual([
      mars,
    ]);
  });
});
