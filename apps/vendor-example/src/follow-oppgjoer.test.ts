import { FeedError, type FeedReadOptions, RequestError, readFeed } from '@skattedeling/felles';
import type { SkatteoppgjoerHendelse } from '@skattedeling/summert-skattegrunnlag/hendelser';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, feil, json, serviceOnFake, ssgBody } from '../test/fake-skatteetaten.js';
import { type Decision, inMemoryDecisions } from './decisions.js';
import { MissingAccessError, ServiceUnavailableError, UnexpectedResponseError } from './errors.js';
import {
  followOppgjoerHendelser,
  inMemoryPosition,
  isTemporaryFailure,
  type OppgjoerFollowerOptions,
} from './follow-oppgjoer.js';
import type { ForeldrebetalingResultat } from './results.js';
import type { HouseholdRequest } from './service.js';

const kommune = '240655551';
const mor = '10898322748';
const far = '07889538362';
const dato = '2025-06-15';

const event = (sekvensnummer: number, identifikator: string, gjelderPeriode = '2024') =>
  ({ sekvensnummer, identifikator, gjelderPeriode, hendelsetype: 'NY' }) as SkatteoppgjoerHendelse;

/** The list as the package's reader reads it, from `events`; `start` gives the first one. */
function fakeList(events: SkatteoppgjoerHendelse[]) {
  const pages: number[] = [];
  const start = vi.fn(async (_request: { dato: string }) => events[0]?.sekvensnummer);
  const hendelser = (options: FeedReadOptions) =>
    readFeed(async ({ fraSekvensnummer, antall }) => {
      pages.push(fraSekvensnummer);
      return events.filter((e) => e.sekvensnummer >= fraSekvensnummer).slice(0, antall);
    }, options);
  return { client: { start, hendelser }, start, pages };
}

const resultat = { kommune, status: 'beregnet' } as ForeldrebetalingResultat;

async function withDecision(husholdning: string[]) {
  const decisions = inMemoryDecisions();
  await decisions.save({ kommune, husholdning, dato, resultat } satisfies Decision);
  return decisions;
}

function follower(
  list: ReturnType<typeof fakeList>,
  decisions: Awaited<ReturnType<typeof withDecision>>,
  position = inMemoryPosition(),
  reevaluate = vi.fn(async (_request: HouseholdRequest) => resultat),
  extra: Partial<OppgjoerFollowerOptions> = {},
) {
  const options = {
    kommune,
    hendelser: list.client,
    position,
    decisions,
    reevaluate,
    fraDato: '2025-03-01',
    ...extra,
  };
  return {
    run: (signal?: AbortSignal) =>
      followOppgjoerHendelser(options, signal === undefined ? { follow: false } : { signal }),
    position,
    reevaluate,
  };
}

const unavailable = () => new ServiceUnavailableError('summertskattegrunnlag', 3, 503, 'DAS-003');
const noAccess = () =>
  new MissingAccessError('rettighetspakke', kommune, 'summertskattegrunnlag', 'SSG-005');

describe('followOppgjoerHendelser', () => {
  it('the first time, starts at the first event on or after fraDato and saves the position after the last event', async () => {
    const list = fakeList([event(10, far), event(20, mor)]);
    const { run, position, reevaluate } = follower(list, await withDecision([mor]));
    expect(await run()).toBe(21);
    expect(list.start).toHaveBeenCalledWith({ dato: '2025-03-01' });
    expect(list.pages[0]).toBe(10);
    expect(reevaluate).toHaveBeenCalledExactlyOnceWith({ kommune, husholdning: [mor], dato });
    expect(position.saved.at(-1)).toBe(21);
  });

  it('resumes from the saved position', async () => {
    const list = fakeList([event(10, mor), event(20, mor), event(30, mor)]);
    const { run, reevaluate } = follower(list, await withDecision([mor]), inMemoryPosition(25));
    expect(await run()).toBe(31);
    expect(list.start).not.toHaveBeenCalled();
    expect(list.pages[0]).toBe(25);
    expect(reevaluate).toHaveBeenCalledOnce();
  });

  it('stops before an event whose re-evaluation fails for now, and resumes there', async () => {
    const list = fakeList([event(10, far), event(20, mor), event(30, mor)]);
    const decisions = await withDecision([mor]);
    const failing = follower(
      list,
      decisions,
      inMemoryPosition(),
      vi.fn(async () => {
        throw unavailable();
      }),
    );
    await expect(failing.run()).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(failing.reevaluate).toHaveBeenCalledOnce();
    expect(failing.position.saved.at(-1)).toBe(11);
    const again = follower(list, decisions, failing.position);
    expect(await again.run()).toBe(31);
    expect(list.pages.at(-2)).toBe(11);
    expect(again.reevaluate).toHaveBeenCalledTimes(2);
  });

  it('moves past a household whose re-evaluation fails for good, reporting it', async () => {
    const list = fakeList([event(10, mor), event(20, far)]);
    const decisions = await withDecision([mor]);
    await decisions.save({ kommune, husholdning: [far], dato, resultat });
    const onFailed = vi.fn();
    const error = noAccess();
    const reevaluate = vi.fn(async (request: HouseholdRequest) => {
      if (request.husholdning.includes(mor)) throw error;
      return resultat;
    });
    const { run, position } = follower(list, decisions, inMemoryPosition(), reevaluate, {
      onFailed,
    });
    expect(await run()).toBe(21);
    expect(onFailed).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ husholdning: [mor] }),
      error,
      expect.objectContaining({ sekvensnummer: 10 }),
    );
    expect(reevaluate).toHaveBeenLastCalledWith({ kommune, husholdning: [far], dato });
    expect(position.saved.at(-1)).toBe(21);
  });

  it('ends quietly with the position saved when aborted, after the re-evaluation under way', async () => {
    const list = fakeList([event(10, mor), event(20, mor)]);
    const controller = new AbortController();
    const reevaluate = vi.fn(async (_request: HouseholdRequest) => {
      controller.abort();
      return resultat;
    });
    const { run, position } = follower(list, await withDecision([mor]), undefined, reevaluate);
    expect(await run(controller.signal)).toBe(11);
    expect(reevaluate).toHaveBeenCalledOnce();
    expect(position.saved.at(-1)).toBe(11);
  });

  it('ends quietly when aborted before or while finding where to start', async () => {
    const list = fakeList([event(10, mor)]);
    list.start.mockImplementation(
      (request: { dato: string; signal?: AbortSignal }) =>
        new Promise<number | undefined>((_resolve, reject) =>
          request.signal?.addEventListener('abort', () => reject(request.signal?.reason)),
        ),
    );
    const { run, position } = follower(list, await withDecision([mor]));
    const controller = new AbortController();
    const running = run(controller.signal);
    await vi.waitFor(() => expect(list.start).toHaveBeenCalledOnce());
    controller.abort();
    expect(await running).toBeUndefined();
    expect(await run(AbortSignal.abort())).toBeUndefined();
    expect(list.start).toHaveBeenCalledOnce();
    expect(list.pages).toEqual([]);
    expect(position.saved).toEqual([]);
  });

  it('reads nothing while the list has no event on or after fraDato', async () => {
    const list = fakeList([]);
    const { run, position } = follower(list, await withDecision([mor]));
    expect(await run()).toBeUndefined();
    expect(list.pages).toEqual([]);
    expect(position.saved).toEqual([]);
  });

  it('re-evaluates through the service: the household decided on 2023 is decided again on the 2024 oppgjoer that arrived', async () => {
    const ssg = (aar: string) => `/v2/oppgjoer/kommuneforeldrebetaling/${aar}/${mor}`;
    const fake = fakeFetch({
      [ssg('2024')]: [feil(404, 'SSG-008'), json(200, ssgBody(mor, '2024', 480_000))],
      [ssg('2023')]: [json(200, ssgBody(mor, '2023', 450_000))],
    });
    const decisions = inMemoryDecisions();
    const service = serviceOnFake(fake.fetch, { decisions });
    await service.redusertForeldrebetaling({ kommune, husholdning: [mor], dato });
    expect(decisions.all()[0]?.resultat.personer[0]).toMatchObject({ inntektsaar: '2023' });

    const list = fakeList([event(10, far), event(20, mor, '2024')]);
    const { run } = follower(
      list,
      decisions,
      inMemoryPosition(),
      vi.fn(service.redusertForeldrebetaling),
    );
    await run();
    expect(decisions.all()).toHaveLength(1);
    expect(decisions.all()[0]?.resultat).toMatchObject({
      status: 'beregnet',
      samletInntekt: 480_000,
      personer: [{ inntektsaar: '2024' }],
    });
    expect(fake.calls.map((c) => c.url)).toEqual([ssg('2024'), ssg('2023'), ssg('2024')]);
  });
});

describe('isTemporaryFailure', () => {
  it('a system unavailable, a call without an answer and a 5xx from the list pass; the rest do not', () => {
    const requestError = (code: 'timeout' | 'network' | 'invalid_response') =>
      new RequestError({ code, method: 'GET', url: 'http://ssg.test', detail: code });
    const feedError = (status: number) =>
      new FeedError({ navn: 'Skatteoppgjør hendelser' }, 'the page', {
        ok: false,
        status,
        response: new Response(null, { status }),
        feil: undefined,
      } as never);
    expect(isTemporaryFailure(unavailable())).toBe(true);
    expect(isTemporaryFailure(requestError('timeout'))).toBe(true);
    expect(isTemporaryFailure(requestError('network'))).toBe(true);
    expect(isTemporaryFailure(feedError(503))).toBe(true);
    expect(isTemporaryFailure(requestError('invalid_response'))).toBe(false);
    expect(isTemporaryFailure(feedError(400))).toBe(false);
    expect(isTemporaryFailure(noAccess())).toBe(false);
    expect(
      isTemporaryFailure(new UnexpectedResponseError('summertskattegrunnlag', 200, undefined, 'x')),
    ).toBe(false);
    expect(isTemporaryFailure(new Error('bug'))).toBe(false);
  });
});
