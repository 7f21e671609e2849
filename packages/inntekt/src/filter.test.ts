import { describe, expect, it } from 'vitest';
import { filtrerForRettighetspakke } from './filter.js';
import type { Inntekt, Inntekter } from './generated/v1/types.gen.js';
import { normaliserRettighetspakke, tilgangsgrunnlag } from './rettighetspakke.js';
import { validateInntekter } from './validate.js';

const employer = '312345676';
const otherPayer = '312345692';

function line(
  type: 'loennsinntekt' | 'ytelseFraOffentlige' | 'pensjonEllerTrygd' | 'naeringsinntekt',
  beskrivelse: string,
): Inntekt {
  return {
    fordel: 'kontantytelse',
    utloeserArbeidsgiveravgift: true,
    inngaarIGrunnlagForTrekk: true,
    beloep: 1000,
    [type]: { beskrivelse },
  };
}

function body(): Inntekter {
  return {
    oppgaveInntektsmottaker: [
      {
        opplysningspliktigId: employer,
        virksomhetId: '312345684',
        kalendermaaned: '2024-03',
        inntekt: [
          line('loennsinntekt', 'fastloenn'), // sbl yes, otp yes
          line('loennsinntekt', 'reiseKostMedOvernattingPaaHotell'), // sbl no, otp no
          line('loennsinntekt', 'smusstillegg'), // sbl no, otp yes
          line('loennsinntekt', 'styrehonorarOgGodtgjoerelseVerv'), // sbl yes, otp no
          line('loennsinntekt', 'kodeFraEnFremtidigAarsrevisjon'), // unknown
        ],
      },
      {
        opplysningspliktigId: otherPayer,
        virksomhetId: '312345706',
        kalendermaaned: '2024-03',
        inntekt: [
          line('ytelseFraOffentlige', 'sykepenger'), // sbl yes, otp X* (also from other payers)
          line('loennsinntekt', 'timeloenn'), // sbl yes, otp X (only from the agreement's employer)
          line('naeringsinntekt', 'omsorgspengerTilDagmamma'), // revision-table spelling; sbl yes, otp no
        ],
      },
      {
        opplysningspliktigId: '312345714',
        virksomhetId: '312345722',
        kalendermaaned: '2024-03',
        inntekt: [line('loennsinntekt', 'flyttegodtgjoerelse')], // sbl no, otp no
      },
    ],
  };
}

const codes = (inntekter: Inntekter) =>
  inntekter.oppgaveInntektsmottaker.map((o) =>
    o.inntekt.map(
      (i) =>
        (i.loennsinntekt ?? i.ytelseFraOffentlige ?? i.pensjonEllerTrygd ?? i.naeringsinntekt)
          ?.beskrivelse,
    ),
  );

describe('filtrerForRettighetspakke', () => {
  it('sbl keeps only the lines whose code is marked sbl, and drops unknown codes', () => {
    expect(codes(filtrerForRettighetspakke(body(), 'sbl'))).toEqual([
      ['fastloenn', 'styrehonorarOgGodtgjoerelseVerv'],
      ['sykepenger', 'timeloenn', 'omsorgspengerTilDagmamma'],
    ]);
  });

  it('removes a report left with no lines, so the payer relationship is not revealed', () => {
    const filtered = filtrerForRettighetspakke(body(), 'sbl');
    expect(filtered.oppgaveInntektsmottaker.map((o) => o.opplysningspliktigId)).toEqual([
      employer,
      otherPayer,
    ]);
  });

  it('otp keeps only the lines whose code is marked otp', () => {
    expect(codes(filtrerForRettighetspakke(body(), 'otp'))).toEqual([
      ['fastloenn', 'smusstillegg'],
      ['sykepenger', 'timeloenn'],
    ]);
  });

  it("otp with the agreement's payers keeps lines from other payers only for codes marked X*", () => {
    const filtered = filtrerForRettighetspakke(body(), 'otp', {
      otpOpplysningspliktige: [employer],
    });
    expect(codes(filtered)).toEqual([['fastloenn', 'smusstillegg'], ['sykepenger']]);
  });

  it('a package with a legal basis (hjemmel) sees every line, unknown codes included', () => {
    for (const pakke of ['kommuneBoligsosialeFormaal', 'nav', 'digisos', 'ukjentPakke']) {
      expect(filtrerForRettighetspakke(body(), pakke)).toEqual(body());
    }
  });

  it('matches package names ignoring case', () => {
    expect(filtrerForRettighetspakke(body(), 'SBL')).toEqual(
      filtrerForRettighetspakke(body(), 'sbl'),
    );
    expect(normaliserRettighetspakke('kommuneboligsosialeformaal')).toBe(
      'kommuneBoligsosialeFormaal',
    );
    expect(tilgangsgrunnlag('Otp')).toBe('otp');
    expect(tilgangsgrunnlag('kommuneboligsosialeformaal')).toBe('hjemmel');
  });

  it('does not change its input and keeps fields it does not know', () => {
    const input = { ...body(), skjermet: false, nyttFelt: 1 } as Inntekter;
    const before = structuredClone(input);
    const filtered = filtrerForRettighetspakke(input, 'sbl');
    expect(input).toEqual(before);
    expect(filtered).toMatchObject({ skjermet: false, nyttFelt: 1 });
  });

  it('keeps the body valid against the contract', () => {
    for (const pakke of ['sbl', 'otp', 'nav']) {
      const result = validateInntekter(filtrerForRettighetspakke(body(), pakke));
      expect(result.ok ? '' : result.message).toBe('');
    }
  });
});
