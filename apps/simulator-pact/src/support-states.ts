// The states about Summert skattegrunnlag's support services.
//
// Skatteoppgjør hendelser: the simulator's list is its own — built from its seed, its fixture files
// and the publication calendar, shared by every test run and shown up to its data clock. A run's
// fixtures change what a lookup answers, not the list, so the verifier cannot put an event for a
// person at a sequence number a consumer names. The state names a year and a date instead: the
// verifier reads the list as the interaction will (same simulator, same clock), from the first
// event on or after the date to the first NY event for the year, pins that person's oppgjoer as
// published in the interaction's run, and gives the event's sekvensnummer and person to the Pact
// core. It reads in a test run of its own (`<run>.list`, reset afterwards), so the påkobling,
// delegation and token it needs to read never touch the interaction's run. Both runs read the same
// data clock: the verifier never moves a run's clock, so each reads the global one.
//
// Siste tilgjengelige skatteoppgjør reads the run's fixtures, so that state pins: the year
// published, every later year up to the data clock's missing.
import { demoKommuner, demoVendor, TEST_RUN_HEADER } from '@skattedeling/simulator';
import {
  createSkatteoppgjoerHendelserClient,
  type SkatteoppgjoerHendelse,
  skatteoppgjoerHendelserApi,
} from '@skattedeling/summert-skattegrunnlag/hendelser';
import { type InteractionContext, newInteractionContext } from './interactions.js';
import { providers } from './providers.js';
import { apiToken } from './request-filter.js';
import { oppgjoerPublished, pin, section } from './state-fixtures.js';
import type { StateDeps } from './states.js';

/** How far past the start the verifier reads for an event of the year (the list is small). */
export const MAX_EVENTS_READ = 100_000;

/**
 * A client of the simulator's list in test run `run`, as the demo municipality's vendor: the
 * request filter's token (påkobling for Summert skattegrunnlag, delegation, token) in that run.
 */
async function listReader(deps: StateDeps, run: string) {
  const token = await apiToken(newInteractionContext(run), {
    provider: providers['skatteoppgjoer-hendelser'],
    admin: deps.admin,
    credentials: deps.credentials,
    defaults: { kommune: demoKommuner.fullt.orgnr, leverandoer: demoVendor.orgnr },
  });
  return createSkatteoppgjoerHendelserClient({
    baseUrl: `${deps.simulatorUrl}/${skatteoppgjoerHendelserApi.id}`,
    getAccessToken: () => token,
    // The client has no headers option: the run header goes on through its fetch.
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set(TEST_RUN_HEADER, run);
      return fetch(input, { ...init, headers });
    },
  });
}

/** The first NY event for `inntektsaar` from the first event on or after `dato`, by the clock. */
async function firstOppgjoerEvent(
  deps: StateDeps,
  run: string,
  inntektsaar: string,
  dato: string,
): Promise<SkatteoppgjoerHendelse> {
  const client = await listReader(deps, run);
  const fra = await client.start({ dato });
  const clock = async () => (await deps.admin.clock(run)).now;
  if (fra === undefined)
    throw new Error(
      `the simulator's Skatteoppgjør hendelser list has no event on or after ${dato} by its data clock (${await clock()})`,
    );
  let read = 0;
  for await (const hendelse of client.hendelser({
    fraSekvensnummer: fra,
    antall: 1000,
    follow: false,
  })) {
    if (hendelse.gjelderPeriode === inntektsaar && (hendelse.hendelsetype ?? 'NY') === 'NY')
      return hendelse;
    if (++read >= MAX_EVENTS_READ) break;
  }
  throw new Error(
    `the simulator's Skatteoppgjør hendelser list has no NY event for ${inntektsaar} among the ${read} events on or after ${dato} by its data clock (${await clock()}); is that year's oppgjoer published yet?`,
  );
}

export async function findOppgjoerEvent(
  query: { readonly inntektsaar: string; readonly dato: string },
  context: InteractionContext,
  deps: StateDeps,
): Promise<{ personidentifikator: string; sekvensnummer: string }> {
  const run = `${context.run}.list`;
  let hendelse: SkatteoppgjoerHendelse;
  try {
    hendelse = await firstOppgjoerEvent(deps, run, query.inntektsaar, query.dato);
  } finally {
    await deps.admin.reset(run);
  }
  await pin(context, deps, hendelse.identifikator, (doc) =>
    oppgjoerPublished(doc, query.inntektsaar),
  );
  return {
    personidentifikator: hendelse.identifikator,
    sekvensnummer: String(hendelse.sekvensnummer),
  };
}

const osloYearFormat = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', year: 'numeric' });

/** The calendar year in Oslo at `instant` (the simulator's year: 2026 from 23:00Z on 31 Dec 2025). */
export function osloYear(instant: string): number {
  return Number(osloYearFormat.format(new Date(instant)));
}

export async function pinNewestOppgjoer(
  query: { readonly personidentifikator: string; readonly inntektsaar: string },
  context: InteractionContext,
  deps: StateDeps,
): Promise<void> {
  const { now } = await deps.admin.clock(context.run);
  const clockYear = osloYear(now);
  const year = Number(query.inntektsaar);
  if (year >= clockYear)
    throw new Error(
      `Siste tilgjengelige skatteoppgjør names at most last year: ${year} is not before the data clock's year (${now})`,
    );
  await pin(context, deps, query.personidentifikator, (doc) => {
    oppgjoerPublished(doc, query.inntektsaar);
    // Through next year too: the clock's Oslo year may already be the next one (or become it).
    for (let later = year + 1; later <= clockYear + 1; later++)
      section(section(doc, 'summertSkattegrunnlag'), String(later)).oppgjoer = 'ingenData';
  });
}
