// One handler per provider state of @skattedeling/pact's vocabulary. Each makes its domain fact
// true in the interaction's test run through the admin API (onboarding, Altinn delegations,
// fixtures, faults) and notes what it set, so the request filter knows which municipality and
// vendor the interaction is about. Data facts that the generator already makes true (a settled
// year, a-ordning income of an employed adult) are left to the generator, which is then what the
// pact is verified against.
import { type StateName, stateNames } from '@skattedeling/pact';
import type { AdminClient } from './admin-client.js';
import type { VerifierCredentials } from './credentials.js';
import type { ApiFacts, ApiId, InteractionContext } from './interactions.js';

export interface StateDeps {
  readonly admin: AdminClient;
  readonly credentials: VerifierCredentials;
}

type Params = Readonly<Record<string, string>>;
type Handler = (params: Params, context: InteractionContext, deps: StateDeps) => Promise<void>;

const scopes: Readonly<Record<ApiId, readonly string[]>> = {
  summertskattegrunnlag: [
    'skatteetaten:summertskattegrunnlag',
    'skatteetaten:spesifisertsummertskattegrunnlag',
  ],
  inntekt: ['skatteetaten:inntekt'],
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

async function fixture(
  context: InteractionContext,
  deps: StateDeps,
  pid: string,
  change: (doc: Record<string, unknown>) => void,
): Promise<void> {
  const doc = context.fixtures.get(pid) ?? {};
  change(doc);
  context.fixtures.set(pid, doc);
  await deps.admin.putFixture(context.run, pid, doc);
}

function section(doc: Record<string, unknown>, key: string): Record<string, unknown> {
  const existing = doc[key];
  if (existing !== null && typeof existing === 'object') return existing as Record<string, unknown>;
  const created: Record<string, unknown> = {};
  doc[key] = created;
  return created;
}

function monthsBetween(fraOgMed: string, tilOgMed: string): string[] {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const from = index(fraOgMed);
  const to = index(tilOgMed);
  if (to < from) throw new Error(`fraOgMed ${fraOgMed} is after tilOgMed ${tilOgMed}`);
  if (to - from > 120)
    throw new Error(`the period ${fraOgMed}–${tilOgMed} is longer than 120 months`);
  return Array.from({ length: to - from + 1 }, (_, i) => {
    const m = from + i;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
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

export const stateHandlers: Readonly<Record<StateName, Handler>> = {
  async [stateNames.personHarOppgjoer]() {
    // The generator serves every settled year of an adult synthetic person; nothing to pin.
  },
  async [stateNames.personErUkjent](params, context, deps) {
    await fixture(context, deps, param(params, 'personidentifikator'), (doc) => {
      doc.status = 'ukjent';
    });
  },
  async [stateNames.personErSkjermet](params, context, deps) {
    await fixture(context, deps, param(params, 'personidentifikator'), (doc) => {
      doc.status = 'skjermet';
    });
  },
  async [stateNames.personManglerSummertSkattegrunnlag](params, context, deps) {
    await fixture(context, deps, param(params, 'personidentifikator'), (doc) => {
      section(doc, 'summertSkattegrunnlag')[param(params, 'inntektsaar')] = 'ingenData';
    });
  },
  async [stateNames.summertSkattegrunnlagErSlettet](params, context, deps) {
    await fixture(context, deps, param(params, 'personidentifikator'), (doc) => {
      section(doc, 'summertSkattegrunnlag')[param(params, 'inntektsaar')] = 'slettet';
    });
  },
  async [stateNames.personHarAOrdningInntekt]() {
    // The generator reports salary every month for an employed adult; nothing to pin.
  },
  async [stateNames.personManglerAOrdningInntekt](params, context, deps) {
    const months = monthsBetween(param(params, 'fraOgMed'), param(params, 'tilOgMed'));
    await fixture(context, deps, param(params, 'personidentifikator'), (doc) => {
      const inntekt = section(doc, 'inntekt');
      for (const m of months) inntekt[m] = 'ingenData';
    });
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
    const orgnr = param(params, 'orgnr');
    const apiId = api(params);
    const leverandoer = param(params, 'leverandoer');
    await deps.credentials.client(leverandoer);
    await deps.admin.delegate(context.run, orgnr, leverandoer, apiId);
    context.consumerOrg = orgnr;
    context.vendorOrg = leverandoer;
    facts(context, apiId).delegation = 'set';
  },
  async [stateNames.kommuneHarIkkeDelegert](params, context, deps) {
    const orgnr = param(params, 'orgnr');
    const apiId = api(params);
    const leverandoer = param(params, 'leverandoer');
    await deps.credentials.client(leverandoer);
    for (const scope of scopes[apiId])
      await deps.admin.revokeDelegations(context.run, orgnr, leverandoer, scope);
    context.consumerOrg = orgnr;
    context.vendorOrg = leverandoer;
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
