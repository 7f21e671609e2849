import { MatchersV3 } from '@pact-foundation/pact';
import type { Inntekter } from '@skattedeling/inntekt';
import { maskinportenValidator } from '@skattedeling/maskinporten-client';
import type { SummertSkattegrunnlag } from '@skattedeling/summert-skattegrunnlag';
import { describe, expect, it } from 'vitest';
import {
  inntekterMatcher,
  oauthErrorMatcher,
  ssgFeilMatcher,
  summertSkattegrunnlagMatcher,
  tokenResponseMatcher,
} from './bodies.js';
import { bearerToken, decodeJwtClaims } from './jwt.js';
import { ContractShapeError } from './schema.js';

const oppgjoer: SummertSkattegrunnlag = {
  personidentifikator: '01818710190',
  inntektsaar: '2023',
  grunnlag: [
    {
      tekniskNavn: 'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt',
      beloep: 612400,
      kategori: 'inntekt',
      spesifisering: [{ type: 'LoennOgTilsvarendeYtelser', arbeidsgiversNavn: 'SYNTETISK AS' }],
    },
    { tekniskNavn: 'samletGjeld', beloep: 0, kategori: '-' },
  ],
  skjermet: false,
  skatteoppgjoersdato: '2024-04-18',
  stadie: 'oppgjoer',
  ajourholdstidspunkt: '2024-04-18T06:12:40.113Z',
};

type Node = Record<string, unknown>;
const at = (value: unknown, ...keys: (string | number)[]): Node =>
  keys.reduce<unknown>((v, k) => (v as Node)[k], value) as Node;

describe('summertSkattegrunnlagMatcher', () => {
  const matcher = summertSkattegrunnlagMatcher(oppgjoer);

  it('matches values by the rule the contract gives them', () => {
    expect(at(matcher, 'personidentifikator')).toMatchObject({
      'pact:matcher:type': 'regex',
      regex: '^[0-9]{11}$',
      value: '01818710190',
    });
    expect(at(matcher, 'inntektsaar')).toMatchObject({ regex: '^[0-9]{4}$', value: '2023' });
    expect(at(matcher, 'skjermet')).toMatchObject({ 'pact:matcher:type': 'type', value: false });
    expect(at(matcher, 'stadie')).toMatchObject({ regex: '^(oppgjoer|utkast|fastsatt)$' });
    expect(at(matcher, 'skatteoppgjoersdato')).toMatchObject({ 'pact:matcher:type': 'regex' });
  });

  it('matches grunnlag elements by the fields every example element has', () => {
    const grunnlag = at(matcher, 'grunnlag');
    expect(grunnlag).toMatchObject({ 'pact:matcher:type': 'type', min: 1 });
    const template = at(grunnlag, 'value', 0);
    expect(Object.keys(template)).toEqual(['tekniskNavn', 'beloep', 'kategori']);
    expect(at(template, 'beloep')).toMatchObject({ 'pact:matcher:type': 'integer' });
    expect(at(template, 'kategori')).toMatchObject({
      regex: expect.stringContaining('inntektsfradrag'),
    });
  });

  it('reifies back to the example for the consumer test', () => {
    const single = { ...oppgjoer, grunnlag: [oppgjoer.grunnlag?.[1]] } as SummertSkattegrunnlag;
    expect(MatchersV3.reify(summertSkattegrunnlagMatcher(single) as never)).toEqual(single);
  });

  it('refuses a field the contract does not have, naming the path', () => {
    const extra = { ...oppgjoer, sumPersoninntekt: 1 } as SummertSkattegrunnlag;
    expect(() => summertSkattegrunnlagMatcher(extra)).toThrow(ContractShapeError);
    expect(() => summertSkattegrunnlagMatcher(extra)).toThrow(
      'SummertSkattegrunnlag at sumPersoninntekt: the contract has no such field',
    );
  });

  it('refuses a value of the wrong type, naming the path and the rule', () => {
    const wrong = {
      ...oppgjoer,
      grunnlag: [{ tekniskNavn: 'x', beloep: '12', kategori: 'inntekt' }],
    } as unknown as SummertSkattegrunnlag;
    expect(() => summertSkattegrunnlagMatcher(wrong)).toThrow(
      /grunnlag\[0\]\.beloep: must be integer/,
    );
  });

  it('lets an undocumented field through only inside an open object (spesifisering)', () => {
    const shared = at(matcher, 'grunnlag', 'value', 0);
    expect(shared).not.toHaveProperty('spesifisering');
    const one = summertSkattegrunnlagMatcher({
      ...oppgjoer,
      grunnlag: oppgjoer.grunnlag?.slice(0, 1) ?? [],
    });
    const item = at(one, 'grunnlag', 'value', 0, 'spesifisering', 'value', 0);
    expect(at(item, 'arbeidsgiversNavn')).toMatchObject({ 'pact:matcher:type': 'type' });
  });
});

describe('a matcher of your own in the example', () => {
  it('keeps arrayContaining, after checking its variants against the contract', () => {
    const containing = MatchersV3.arrayContaining({
      tekniskNavn: 'gevinstVedRealisasjonAvAksje',
      beloep: MatchersV3.integer(30_000),
      kategori: 'inntekt',
    });
    const body = { ...oppgjoer, grunnlag: containing as never };
    const matcher = summertSkattegrunnlagMatcher(body) as Record<string, unknown>;
    expect(matcher.grunnlag).toBe(containing);
    const wrong = MatchersV3.arrayContaining({ tekniskNavn: 'x', beloep: '1', kategori: '-' });
    expect(() => summertSkattegrunnlagMatcher({ ...oppgjoer, grunnlag: wrong as never })).toThrow(
      /grunnlag\[0\]\.beloep/,
    );
  });
});

describe('inntekterMatcher', () => {
  it('keeps only the income-type fields every line shares', () => {
    const example: Inntekter = {
      oppgaveInntektsmottaker: [
        {
          opplysningspliktigId: '312345676',
          virksomhetId: '312345684',
          kalendermaaned: '2024-03',
          inntekt: [
            {
              fordel: 'kontantytelse',
              utloeserArbeidsgiveravgift: true,
              inngaarIGrunnlagForTrekk: true,
              beloep: 48250,
              loennsinntekt: { beskrivelse: 'fastloenn' },
            },
            {
              fordel: 'kontantytelse',
              utloeserArbeidsgiveravgift: false,
              inngaarIGrunnlagForTrekk: true,
              beloep: 12400,
              ytelseFraOffentlige: { beskrivelse: 'sykepenger' },
            },
          ],
        },
      ],
    };
    const line = at(inntekterMatcher(example), 'oppgaveInntektsmottaker', 'value', 0, 'inntekt');
    expect(Object.keys(at(line, 'value', 0))).toEqual([
      'fordel',
      'utloeserArbeidsgiveravgift',
      'inngaarIGrunnlagForTrekk',
      'beloep',
    ]);
    expect(at(line, 'value', 0, 'beloep')).toMatchObject({ 'pact:matcher:type': 'number' });
  });
});

describe('error and token matchers', () => {
  it('match an error body with exactly the given kode', () => {
    const feil = ssgFeilMatcher('SSG-007') as Node;
    expect(feil.kode).toMatchObject({ 'pact:matcher:type': 'equality', value: 'SSG-007' });
    expect(feil.korrelasjonsid).toMatchObject({ 'pact:matcher:type': 'regex' });
  });

  it('make a token response whose fake JWT satisfies the contract', () => {
    const body = MatchersV3.reify(
      tokenResponseMatcher({
        scope: 'skatteetaten:summertskattegrunnlag',
        consumerOrg: '312345678',
        supplierOrg: '398765432',
      }) as never,
    ) as { access_token: string };
    expect(maskinportenValidator.validate('TokenResponse', body).ok).toBe(true);
    const claims = decodeJwtClaims(body.access_token);
    expect(maskinportenValidator.validate('AccessTokenClaims', claims).ok).toBe(true);
    expect(claims?.supplier).toEqual({ authority: 'iso6523-actorid-upis', ID: '0192:398765432' });
  });

  it('match the MP code of a Maskinporten refusal through error_uri', () => {
    const body = oauthErrorMatcher('forbidden', 'MP-251') as Node;
    expect(body.error).toMatchObject({ 'pact:matcher:type': 'equality', value: 'forbidden' });
    expect(body.error_uri).toMatchObject({ regex: '^https?://.+/errors/MP-251$' });
  });

  it('never put a usable token in the Authorization example', () => {
    const example = String(bearerToken().value);
    expect(example).toMatch(/^Bearer /);
    const signature = Buffer.from(example.split('.')[2] ?? '', 'base64url').toString();
    expect(signature).toBe('example-signature');
  });
});
