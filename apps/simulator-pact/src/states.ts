// One handler per provider state of @skattedeling/pact's vocabulary. Each makes its domain fact
// true in the interaction's test run through the admin API (onboarding, Altinn delegations,
// fixtures, faults) and notes what it set, so the request filter knows which municipality and
// vendor the interaction is about. A state that names data pins it (state-fixtures.ts): the
// promise holds for any synthetic person, year or period, whatever the generator would have
// served. A profile state (profile-states.ts) returns the person it found, for the Pact core to
// inject into the request; so does the event-list state (support-states.ts), with the event's
// sekvensnummer.
import { inntektApi } from '@skattedeling/inntekt';
import { type StateName, stateNames } from '@skattedeling/pact';
import { summertSkattegrunnlagApi } from '@skattedeling/summert-skattegrunnlag';
import type { AdminClient } from './admin-client.js';
import type { VerifierCredentials } from './credentials.js';
import type { ApiFacts, ApiId, InteractionContext } from './interactions.js';
import { findProfilePerson } from './profile-states.js';
import { monthsBetween, oppgjoerPublished, pin, salaryReport, section } from './state-fixtures.js';
import { findOppgjoerEvent, pinNewestOppgjoer } from './support-states.js';

export interface StateDeps {
  readonly admin: AdminClient;
  readonly credentials: VerifierCredentials;
  /** The simulator's base URL, for the states that read its event list. */
  readonly simulatorUrl: string;
}

type Params = Readonly<Record<string, string>>;
/** Values for the Pact core's provider-state injection. */
export type InjectedValues = Readonly<Record<string, string>>;
/** Makes the state true; a handler that gives no values returns nothing. */
type Handler = (
  params: Params,
  context: InteractionContext,
  deps: StateDeps,
) => Promise<InjectedValues | undefined>;

const scopes: Readonly<Record<ApiId, readonly string[]>> = {
  summertskattegrunnlag: summertSkattegrunnlagApi.scopes,
  inntekt: inntektApi.scopes,
};

/** A rights package other than the one a state says is missing (a påkobling needs at least one). */
const otherPackages: Readonly<Record<ApiId, readonly string[]>> = {
  summertskattegrunnlag: ['kommuneforeldrebetaling', 'kommuneboligsosialeformaal', 'ssb'],
  inntekt: ['kommuneBoligsosialeFormaal', 'ssb'],
};

function param(params: Params, name: string): string {
  const value = params[name];
  if (typeof value !== 'string') throw new Error(`param ${name} is missing`);
  return value;
}

function facts(context: InteractionContext, api: ApiId): ApiFacts {
  let f = context.apis.get(api);
  if (f === undefined) {
    f = {};
    context.apis.set(api, f);
  }
  return f;
}

function api(params: Params): ApiId {
  const value = param(params, 'api');
  if (value !== 'summertskattegrunnlag' && value !== 'inntekt')
    throw new Error(`api ${value} is not summertskattegrunnlag or inntekt`);
  return value;
}

/**
 * A token on the municipality's behalf needs its påkobling before its delegation (Maskinporten
 * checks MP-250 first): a delegation state gives a municipality without one a påkobling for the
 * API, so the delegation is what decides. A request to the API still sets the package it asks for.
 */
async function ensurePaakobling(
  deps: StateDeps,
  context: InteractionContext,
  orgnr: string,
  apiId: ApiId,
): Promise<void> {
  if ((await currentPakker(deps, context, orgnr, apiId)).length > 0) return;
  await deps.admin.signTilslutningserklaering(context.run, orgnr);
  await deps.admin.putPaakobling(context.run, orgnr, apiId, [otherPackages[apiId][0] as string]);
}

async function currentPakker(
  deps: StateDeps,
  context: InteractionContext,
  orgnr: string,
  apiId: ApiId,
): Promise<string[]> {
  const onboarding = await deps.admin.getOnboarding(context.run, orgnr);
  return onboarding?.paakoblinger?.[apiId]?.rettighetspakker ?? [];
}

/**
 * The delegation states' common part: the vendor's client, a påkobling for the municipality when
 * the interaction has none yet, and the municipality and vendor the interaction acts as.
 */
async function delegationParties(params: Params, context: InteractionContext, deps: StateDeps) {
  const orgnr = param(params, 'orgnr');
  const apiId = api(params);
  const leverandoer = param(params, 'leverandoer');
  await deps.credentials.client(leverandoer);
  if (facts(context, apiId).paakobling === undefined)
    await ensurePaakobling(deps, context, orgnr, apiId);
  context.consumerOrg = orgnr;
  context.vendorOrg = leverandoer;
  return { orgnr, apiId, leverandoer };
}

export const stateHandlers: Readonly<Record<StateName, Handler>> = {
  async [stateNames.personHarOppgjoer](params, context, deps) {
    const year = param(params, 'inntektsaar');
    await pin(context, deps, param(params, 'personidentifikator'), (doc) =>
      oppgjoerPublished(doc, year),
    );
  },
  async [stateNames.personErUkjent](params, context, deps) {
    await pin(context, deps, param(params, 'personidentifikator'), (doc) => {
      doc.status = 'ukjent';
    });
  },
  async [stateNames.personErSkjermet](params, context, deps) {
    await pin(context, deps, param(params, 'personidentifikator'), (doc) => {
      doc.status = 'skjermet';
    });
  },
  async [stateNames.personManglerSummertSkattegrunnlag](params, context, deps) {
    await pin(context, deps, param(params, 'personidentifikator'), (doc) => {
      section(doc, 'summertSkattegrunnlag')[param(params, 'inntektsaar')] = 'ingenData';
    });
  },
  async [stateNames.summertSkattegrunnlagErSlettet](params, context, deps) {
    await pin(context, deps, param(params, 'personidentifikator'), (doc) => {
      section(doc, 'summertSkattegrunnlag')[param(params, 'inntektsaar')] = 'slettet';
    });
  },
  async [stateNames.personHarAOrdningInntekt](params, context, deps) {
    const pid = param(params, 'personidentifikator');
    const months = monthsBetween(param(params, 'fraOgMed'), param(params, 'tilOgMed'));
    await pin(context, deps, pid, (doc) => {
      const inntekt = section(doc, 'inntekt');
      for (const m of months) inntekt[m] = { oppgaver: [salaryReport(pid, m)] };
    });
  },
  async [stateNames.personManglerAOrdningInntekt](params, context, deps) {
    const months = monthsBetween(param(params, 'fraOgMed'), param(params, 'tilOgMed'));
    await pin(context, deps, param(params, 'personidentifikator'), (doc) => {
      const inntekt = section(doc, 'inntekt');
      for (const m of months) inntekt[m] = 'ingenData';
    });
  },
  async [stateNames.personIGruppeHarOppgjoer](params, context, deps) {
    return findProfilePerson(
      {
        profile: param(params, 'profile'),
        inntektsaar: param(params, 'inntektsaar'),
        tekniskNavn: [],
      },
      context,
      deps,
    );
  },
  async [stateNames.personIGruppeHarOppgjoerMed](params, context, deps) {
    return findProfilePerson(
      {
        profile: param(params, 'profile'),
        inntektsaar: param(params, 'inntektsaar'),
        tekniskNavn: param(params, 'tekniskNavn').split(','),
      },
      context,
      deps,
    );
  },
  async [stateNames.skatteoppgjoerHendelseFinnes](params, context, deps) {
    return findOppgjoerEvent(
      { inntektsaar: param(params, 'inntektsaar'), dato: param(params, 'dato') },
      context,
      deps,
    );
  },
  async [stateNames.sisteTilgjengeligeOppgjoerEr](params, context, deps) {
    await pinNewestOppgjoer(
      {
        personidentifikator: param(params, 'personidentifikator'),
        inntektsaar: param(params, 'inntektsaar'),
      },
      context,
      deps,
    );
  },
  async [stateNames.kommuneHarPaakobling](params, context, deps) {
    const orgnr = param(params, 'orgnr');
    const apiId = api(params);
    const pakke = param(params, 'rettighetspakke');
    await deps.admin.signTilslutningserklaering(context.run, orgnr);
    const pakker = await currentPakker(deps, context, orgnr, apiId);
    if (!pakker.some((p) => p.toLowerCase() === pakke.toLowerCase())) pakker.push(pakke);
    await deps.admin.putPaakobling(context.run, orgnr, apiId, pakker);
    context.consumerOrg = orgnr;
    facts(context, apiId).paakobling = 'set';
  },
  async [stateNames.kommuneManglerPaakobling](params, context, deps) {
    const orgnr = param(params, 'orgnr');
    const apiId = api(params);
    await deps.admin.deletePaakobling(context.run, orgnr, apiId);
    context.consumerOrg = orgnr;
    facts(context, apiId).paakobling = 'lacks';
  },
  async [stateNames.kommuneManglerRettighetspakke](params, context, deps) {
    const orgnr = param(params, 'orgnr');
    const apiId = api(params);
    const pakke = param(params, 'rettighetspakke').toLowerCase();
    await deps.admin.signTilslutningserklaering(context.run, orgnr);
    let pakker = (await currentPakker(deps, context, orgnr, apiId)).filter(
      (p) => p.toLowerCase() !== pakke,
    );
    if (pakker.length === 0)
      pakker = [otherPackages[apiId].find((p) => p.toLowerCase() !== pakke) as string];
    await deps.admin.putPaakobling(context.run, orgnr, apiId, pakker);
    context.consumerOrg = orgnr;
    facts(context, apiId).paakobling = 'lacksPakke';
  },
  async [stateNames.kommuneHarDelegert](params, context, deps) {
    const { orgnr, apiId, leverandoer } = await delegationParties(params, context, deps);
    await deps.admin.delegate(context.run, orgnr, leverandoer, apiId);
    facts(context, apiId).delegation = 'set';
  },
  async [stateNames.kommuneHarIkkeDelegert](params, context, deps) {
    const { orgnr, apiId, leverandoer } = await delegationParties(params, context, deps);
    for (const scope of scopes[apiId])
      await deps.admin.revokeDelegations(context.run, orgnr, leverandoer, scope);
    facts(context, apiId).delegation = 'revoked';
  },
  async [stateNames.tjenestenFeilerMidlertidig](params, context, deps) {
    const system = param(params, 'system');
    if (system === 'maskinporten') {
      await deps.admin.addFault(context.run, {
        api: 'maskinporten',
        status: 503,
        error: 'temporarily_unavailable',
      });
    } else {
      await deps.admin.addFault(context.run, { api: system, status: 500, kode: 'DAS-003' });
    }
  },
};

export { scopes as apiScopes };
