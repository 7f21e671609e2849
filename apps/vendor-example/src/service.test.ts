import { MaskinportenError } from '@skattedeling/maskinporten-client';
import { describe, expect, it, vi } from 'vitest';
import { type Answer, fakeFetch, feil, json, ssgBody } from '../test/fake-skatteetaten.js';
import { MissingAccessError, ServiceUnavailableError, UnexpectedResponseError } from './errors.js';
import { createVendorService } from './service.js';
import type { TokenSource } from './tokens.js';

const kommune = '240655551';
const mor = '10898322748';
const far = '07889538362';
const dato = '2025-06-15';
const ssg = (aar: string, pid: string, pakke = 'kommuneforeldrebetaling') =>
  `/v2/oppgjoer/${pakke}/${aar}/${pid}`;
const inntekt = (pid: string, fra = '2025-03', til = '2025-05') =>
  `/v1/kommuneBoligsosialeFormaal/${pid}/inntekter?fraOgMed=${fra}&tilOgMed=${til}`;

function service(
  routes: Record<string, Answer[]>,
  tokens: TokenSource = async ({ scope }) => `token-for-${scope}`,
) {
  const fake = fakeFetch(routes);
  const sleep = vi.fn(async (_ms: number) => {});
  const svc = createVendorService({
    tokens,
    summertSkattegrunnlagBaseUrl: 'http://ssg.test',
    inntektBaseUrl: 'http://inntekt.test',
    fetch: fake.fetch,
    sleep,
  });
  return { svc, calls: fake.calls, sleep };
}

describe('redusertForeldrebetaling', () => {
  it('adds the household members’ sumInntekter from the latest settled year', async () => {
    const { svc, calls } = service({
      [ssg('2024', mor)]: [json(200, ssgBody(mor, '2024', 512_000))],
      [ssg('2024', far)]: [json(200, ssgBody(far, '2024', 388_500))],
    });
    const result = await svc.redusertForeldrebetaling({ kommune, husholdning: [mor, far], dato });
    expect(result.status).toBe('beregnet');
    expect(result.samletInntekt).toBe(900_500);
    expect(result.personer[0]).toMatchObject({
      status: 'funnet',
      inntektsaar: '2024',
      inntekt: { metode: 'sumInntekter' },
    });
    expect(calls.map((c) => c.authorization)).toEqual([
      'Bearer token-for-skatteetaten:summertskattegrunnlag',
      'Bearer token-for-skatteetaten:summertskattegrunnlag',
    ]);
  });

  it('asks for the municipality’s token with the scope of the API', async () => {
    const tokens = vi.fn<TokenSource>(async () => 'x');
    const { svc } = service({ [ssg('2024', mor)]: [json(200, ssgBody(mor, '2024', 1))] }, tokens);
    await svc.redusertForeldrebetaling({ kommune, husholdning: [mor], dato });
    expect(tokens).toHaveBeenCalledWith({
      scope: 'skatteetaten:summertskattegrunnlag',
      consumerOrg: kommune,
    });
  });

  it('falls back to the year before on SSG-008, once', async () => {
    const { svc, calls } = service({
      [ssg('2024', mor)]: [feil(404, 'SSG-008')],
      [ssg('2023', mor)]: [json(200, ssgBody(mor, '2023', 400_000))],
    });
    const result = await svc.redusertForeldrebetaling({ kommune, husholdning: [mor], dato });
    expect(result).toMatchObject({
      status: 'beregnet',
      samletInntekt: 400_000,
      personer: [{ inntektsaar: '2023' }],
    });
    expect(calls).toHaveLength(2);
  });

  it('reports no tax basis when both years answer SSG-008', async () => {
    const { svc, calls } = service({
      [ssg('2024', mor)]: [feil(404, 'SSG-008')],
      [ssg('2023', mor)]: [feil(404, 'SSG-008')],
    });
    const result = await svc.redusertForeldrebetaling({ kommune, husholdning: [mor], dato });
    expect(result.status).toBe('manuellBehandling');
    expect(result.personer[0]).toEqual({
      status: 'ingenSkattegrunnlag',
      personidentifikator: mor,
      inntektsaar: ['2024', '2023'],
      kode: 'SSG-008',
    });
    expect(calls).toHaveLength(2);
  });

  it('asks for the year before last before 1 April', async () => {
    const { svc, calls } = service({ [ssg('2023', mor)]: [json(200, ssgBody(mor, '2023', 1))] });
    await svc.redusertForeldrebetaling({ kommune, husholdning: [mor], dato: '2025-03-31' });
    expect(calls[0]?.url).toBe(ssg('2023', mor));
  });

  it('answers an unknown person (SSG-007) as a result for manual handling, not an error', async () => {
    const { svc } = service({ [ssg('2024', mor)]: [feil(404, 'SSG-007')] });
    const result = await svc.redusertForeldrebetaling({ kommune, husholdning: [mor], dato });
    expect(result.status).toBe('manuellBehandling');
    expect(result.personer).toEqual([
      { status: 'ukjentPerson', personidentifikator: mor, kode: 'SSG-007' },
    ]);
    expect(result.melding).toContain('check it with the applicant');
  });

  it('says the data is shielded for a skjermet person', async () => {
    const { svc } = service({
      [ssg('2024', mor)]: [
        json(200, { personidentifikator: mor, inntektsaar: '2024', skjermet: true }),
      ],
    });
    const result = await svc.redusertForeldrebetaling({ kommune, husholdning: [mor], dato });
    expect(result.personer).toEqual([{ status: 'skjermet', personidentifikator: mor }]);
    expect(result.melding).toContain('shielded');
  });

  it('treats a deleted tax basis (410 SSG-011) as no tax basis, without a fallback', async () => {
    const { svc, calls } = service({ [ssg('2024', mor)]: [feil(410, 'SSG-011')] });
    const result = await svc.redusertForeldrebetaling({ kommune, husholdning: [mor], dato });
    expect(result.personer[0]).toMatchObject({ status: 'ingenSkattegrunnlag', kode: 'SSG-011' });
    expect(calls).toHaveLength(1);
  });

  it('names the missing rettighetspakke on 403 SSG-005', async () => {
    const { svc } = service({ [ssg('2024', mor)]: [feil(403, 'SSG-005')] });
    const error = await svc
      .redusertForeldrebetaling({ kommune, husholdning: [mor], dato })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingAccessError);
    expect(error).toMatchObject({
      code: 'MANGLER_RETTIGHETSPAKKE',
      step: 'rettighetspakke',
      kilde: 'SSG-005',
    });
    expect((error as Error).message).toContain(
      'rettighetspakke kommuneforeldrebetaling for Summert skattegrunnlag API',
    );
  });

  it('retries a 5xx twice with backoff, then gives up with a typed error', async () => {
    const { svc, calls, sleep } = service({ [ssg('2024', mor)]: [feil(500, 'DAS-003')] });
    const error = await svc
      .redusertForeldrebetaling({ kommune, husholdning: [mor], dato })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error).toMatchObject({
      system: 'summertskattegrunnlag',
      attempts: 3,
      lastStatus: 500,
      lastKode: 'DAS-003',
    });
    expect(calls).toHaveLength(3);
    expect(sleep.mock.calls.map((c) => c[0])).toEqual([250, 500]);
  });

  it('succeeds when a retry succeeds', async () => {
    const { svc, calls } = service({
      [ssg('2024', mor)]: [
        feil(500, 'SSG-002'),
        { networkError: true },
        json(200, ssgBody(mor, '2024', 7)),
      ],
    });
    const result = await svc.redusertForeldrebetaling({ kommune, husholdning: [mor], dato });
    expect(result.samletInntekt).toBe(7);
    expect(calls).toHaveLength(3);
  });

  it('maps Maskinporten MP-250 and MP-251 to the missing onboarding step', async () => {
    for (const [mpCode, step, words] of [
      ['MP-250', 'paakobling', 'no påkobling for Summert skattegrunnlag API'],
      ['MP-251', 'delegering', 'has not delegated "Summert skattegrunnlag API - På vegne av"'],
    ] as const) {
      const tokens: TokenSource = async () => {
        throw new MaskinportenError({
          error: 'forbidden',
          description: 'refused',
          errorUri: `https://test.maskinporten.no/errors/${mpCode}`,
          status: 403,
        });
      };
      const { svc, calls } = service({}, tokens);
      const error = await svc
        .redusertForeldrebetaling({ kommune, husholdning: [mor], dato })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'MissingAccessError', step, kilde: mpCode });
      expect((error as Error).message).toContain(words);
      expect(calls).toHaveLength(0);
    }
  });

  it('retries Maskinporten’s 503 and then names Maskinporten as unavailable', async () => {
    const tokens: TokenSource = async () => {
      throw new MaskinportenError({
        error: 'temporarily_unavailable',
        description: 'down',
        status: 503,
      });
    };
    const { svc } = service({}, tokens);
    const error = await svc
      .redusertForeldrebetaling({ kommune, husholdning: [mor], dato })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'ServiceUnavailableError',
      system: 'maskinporten',
      attempts: 3,
      lastStatus: 503,
    });
  });

  it('refuses a body that breaks the contract', async () => {
    const broken = {
      ...ssgBody(mor, '2024', 1),
      grunnlag: [{ tekniskNavn: 'x', beloep: '1', kategori: 'inntekt' }],
    };
    const { svc } = service({ [ssg('2024', mor)]: [json(200, broken)] });
    await expect(
      svc.redusertForeldrebetaling({ kommune, husholdning: [mor], dato }),
    ).rejects.toThrow(UnexpectedResponseError);
  });

  it('refuses bad input before calling anyone', async () => {
    const { svc, calls } = service({});
    await expect(
      svc.redusertForeldrebetaling({ kommune: '123', husholdning: [mor], dato }),
    ).rejects.toThrow(/kommune "123"/);
    await expect(
      svc.redusertForeldrebetaling({ kommune, husholdning: ['10898322749'], dato }),
    ).rejects.toThrow(/not a fødselsnummer/);
    expect(calls).toHaveLength(0);
  });
});

describe('boligsosialStoette', () => {
  const pakke = 'kommuneboligsosialeformaal';
  const oppgave = (maaned: string, beloep: number) => ({
    opplysningspliktigId: '312345676',
    virksomhetId: '312345684',
    kalendermaaned: maaned,
    inntekt: [
      {
        fordel: 'kontantytelse',
        utloeserArbeidsgiveravgift: true,
        inngaarIGrunnlagForTrekk: true,
        beloep,
        loennsinntekt: { beskrivelse: 'fastloenn' },
      },
      {
        fordel: 'naturalytelse',
        utloeserArbeidsgiveravgift: true,
        inngaarIGrunnlagForTrekk: true,
        beloep: 3900,
        loennsinntekt: { beskrivelse: 'bil' },
      },
    ],
  });

  it('combines the latest oppgjoer with the last three complete months of cash income', async () => {
    const { svc, calls } = service({
      [ssg('2024', mor, pakke)]: [json(200, ssgBody(mor, '2024', 480_000))],
      [inntekt(mor)]: [
        json(200, {
          oppgaveInntektsmottaker: [
            oppgave('2025-03', 40_000),
            oppgave('2025-04', 40_000),
            oppgave('2025-05', 43_000),
          ],
        }),
      ],
    });
    const result = await svc.boligsosialStoette({ kommune, husholdning: [mor], dato });
    expect(result).toMatchObject({
      status: 'beregnet',
      periode: { fraOgMed: '2025-03', tilOgMed: '2025-05' },
      samletAarsinntekt: 480_000,
      snittMaanedsinntekt: 41_000,
    });
    expect(calls.map((c) => c.authorization)).toEqual([
      'Bearer token-for-skatteetaten:summertskattegrunnlag',
      'Bearer token-for-skatteetaten:inntekt',
    ]);
  });

  it('counts a period with nothing reported (IM-008) as no income', async () => {
    const { svc } = service({
      [ssg('2024', mor, pakke)]: [json(200, ssgBody(mor, '2024', 100_000))],
      [inntekt(mor)]: [feil(404, 'IM-008')],
    });
    const result = await svc.boligsosialStoette({ kommune, husholdning: [mor], dato });
    expect(result).toMatchObject({ status: 'beregnet', snittMaanedsinntekt: 0 });
  });

  it('does not ask the Inntekt API about a shielded person', async () => {
    const { svc, calls } = service({
      [ssg('2024', mor, pakke)]: [
        json(200, { personidentifikator: mor, inntektsaar: '2024', skjermet: true }),
      ],
    });
    const result = await svc.boligsosialStoette({ kommune, husholdning: [mor], dato });
    expect(result.status).toBe('manuellBehandling');
    expect(calls).toHaveLength(1);
  });

  it('names the missing Inntekt rettighetspakke on 403 IM-005', async () => {
    const { svc } = service({
      [ssg('2024', mor, pakke)]: [json(200, ssgBody(mor, '2024', 1))],
      [inntekt(mor)]: [feil(403, 'IM-005')],
    });
    await expect(
      svc.boligsosialStoette({ kommune, husholdning: [mor], dato }),
    ).rejects.toMatchObject({
      code: 'MANGLER_RETTIGHETSPAKKE',
      api: 'inntekt',
      kilde: 'IM-005',
    });
  });

  it('uses the months complete at the date (the 10th rule)', async () => {
    const { svc, calls } = service({
      [ssg('2024', mor, pakke)]: [json(200, ssgBody(mor, '2024', 1))],
      [inntekt(mor, '2025-02', '2025-04')]: [feil(404, 'IM-008')],
    });
    await svc.boligsosialStoette({ kommune, husholdning: [mor], dato: '2025-06-09' });
    expect(calls[1]?.url).toBe(inntekt(mor, '2025-02', '2025-04'));
  });
});
