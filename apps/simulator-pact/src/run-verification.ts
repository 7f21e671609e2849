// One run of Pact's Verifier for one provider: a state-handler Proxy that sets each state
// through the admin API (an unknown state is recorded, not skipped as Pact would), the request
// filter, and the run's result turned into one report per pact.
import { randomUUID } from 'node:crypto';
import { Verifier } from '@pact-foundation/pact';
import { checkProviderState, describeProviderState } from '@skattedeling/pact';
import { demoKommuner, demoVendor, type JournalEntry } from '@skattedeling/simulator';
import type { AdminClient } from './admin-client.js';
import type { BrokerOptions } from './broker.js';
import { parseCoreResult } from './core-result.js';
import type { VerifierCredentials } from './credentials.js';
import { type InteractionContext, InteractionTracker } from './interactions.js';
import type { PactFile, PactInteraction } from './pact-files.js';
import { type ProviderInfo, providerInfo, providers } from './providers.js';
import { createRequestFilter } from './request-filter.js';
import { stateSetupHandlers } from './state-setup.js';
import type { InteractionReport, PactReport, VerifyPactsOptions } from './types.js';

function sameStates(
  a: readonly { name: string; params: Readonly<Record<string, unknown>> }[],
  b: readonly { name: string; params: Readonly<Record<string, unknown>> }[],
): boolean {
  return (
    a.length === b.length &&
    a.every(
      (s, i) => s.name === b[i]?.name && JSON.stringify(s.params) === JSON.stringify(b[i]?.params),
    )
  );
}

/** The run the interaction was verified in: same states (in order) and same request. */
function contextOf(
  interaction: PactInteraction,
  contexts: readonly InteractionContext[],
): InteractionContext | undefined {
  const requestPath = interaction.path?.split('?')[0];
  return contexts.find(
    (c) =>
      sameStates(c.states, interaction.states) &&
      (c.request === undefined ||
        (c.request.method === interaction.method &&
          // A path filled from a provider state differs from the pact's example.
          (interaction.pathFromState || c.request.path === requestPath))),
  );
}

function reasonsOf(entries: readonly JournalEntry[], provider: ProviderInfo): string[] {
  return entries
    .filter((e) => e.system === provider.system)
    .map(
      (e) =>
        `${e.method} ${e.path} → ${e.status}${e.kode === undefined ? '' : ` ${e.kode}`}${e.reason === undefined ? '' : `: ${e.reason}`}`,
    );
}

export interface VerifyContext {
  readonly simulatorUrl: string;
  readonly admin: AdminClient;
  readonly credentials: VerifierCredentials;
  readonly options: VerifyPactsOptions;
}

/** Where the Pact core reads the pacts: one local file, or the broker's pacts for a provider. */
export type Source =
  | { readonly kind: 'file'; readonly file: string }
  | { readonly kind: 'broker'; readonly broker: BrokerOptions };

/** The Verifier options that say where the pacts come from (and where results go). */
function sourceOptions(source: Source, provider: ProviderInfo): Record<string, unknown> {
  if (source.kind === 'file') return { pactUrls: [source.file] };
  const { broker } = source;
  const publish = broker.publishResults === true && broker.providerVersion !== undefined;
  return {
    pactBrokerUrl: broker.url,
    provider: provider.name,
    consumerVersionSelectors: broker.consumerVersionSelectors ?? [
      { mainBranch: true },
      { deployedOrReleased: true },
    ],
    failIfNoPactsFound: false,
    ...(broker.token === undefined ? {} : { pactBrokerToken: broker.token }),
    ...(broker.username === undefined ? {} : { pactBrokerUsername: broker.username }),
    ...(broker.password === undefined ? {} : { pactBrokerPassword: broker.password }),
    ...(publish
      ? {
          publishVerificationResult: true,
          providerVersion: broker.providerVersion,
          ...(broker.providerBranch === undefined
            ? {}
            : { providerVersionBranch: broker.providerBranch }),
        }
      : {}),
  };
}

function stateProblems(pact: PactFile): string[] {
  return pact.interactions.flatMap((i) =>
    i.states.flatMap((s) =>
      checkProviderState(s).map(
        (p) => `"${i.description}": state "${describeProviderState(s)}": ${p.problem}`,
      ),
    ),
  );
}

/**
 * Runs Pact's Verifier once for `pacts` (all of one provider) from `source`, and reports per pact.
 * A local pact with an unknown state is refused before this (Pact would only warn); for broker
 * pacts the same check fails the interaction when the state comes up.
 */
export async function runVerification(
  provider: ProviderInfo,
  pacts: readonly PactFile[],
  source: Source,
  ctx: VerifyContext,
): Promise<PactReport[]> {
  const tracker = new InteractionTracker(`pact-${randomUUID().slice(0, 8)}`);
  const finished = new Set<InteractionContext>();
  const finish = async (context: InteractionContext): Promise<void> => {
    if (finished.has(context)) return;
    finished.add(context);
    context.ended = true;
    try {
      context.journal = await ctx.admin.journal(context.run);
      await ctx.admin.reset(context.run);
    } catch (error) {
      context.errors.push(`cleaning up test run ${context.run}: ${(error as Error).message}`);
    }
  };
  const deps = { admin: ctx.admin, credentials: ctx.credentials, simulatorUrl: ctx.simulatorUrl };
  const handlers = stateSetupHandlers(tracker, finish, deps);
  const stateSetupPath = '/_pactSetup';
  const verifier = new Verifier({
    providerBaseUrl: `${ctx.simulatorUrl}${provider.basePath}`,
    provider: provider.name,
    stateHandlers: handlers as never,
    requestFilter: createRequestFilter({
      provider,
      tracker,
      admin: ctx.admin,
      credentials: ctx.credentials,
      defaults: { kommune: demoKommuner.fullt.orgnr, leverandoer: demoVendor.orgnr },
      finish,
      ownPaths: [stateSetupPath, '/_messages'],
    }) as never,
    logLevel: ctx.options.logLevel ?? 'error',
    ...sourceOptions(source, provider),
  });
  let coreText: string;
  let coreOk: boolean;
  try {
    coreText = String(await verifier.verifyProvider());
    coreOk = true;
  } catch (error) {
    coreText = error instanceof Error ? error.message : String(error);
    coreOk = false;
  }
  const last = tracker.current();
  if (last !== undefined) await finish(last);

  const core = parseCoreResult(coreText);
  const used = new Set<InteractionContext>();
  return pacts.map((pact): PactReport => {
    const pactProblems: string[] = [...(source.kind === 'broker' ? stateProblems(pact) : [])];
    if (!coreOk && !core.parsed) pactProblems.push(`the Pact verifier failed: ${coreText}`);
    const interactions = pact.interactions.map((interaction): InteractionReport => {
      const context = contextOf(
        interaction,
        tracker.all.filter((c) => !used.has(c)),
      );
      if (context !== undefined) used.add(context);
      const key = `${pact.consumer}|${interaction.description}`;
      const mismatches = [...(core.failures.get(key) ?? [])];
      if (core.parsed && !core.verified.has(key))
        mismatches.push('not verified: the Pact core did not run this interaction');
      const verifierErrors = context?.errors ?? [];
      const ok = mismatches.length === 0 && verifierErrors.length === 0;
      return {
        description: interaction.description,
        states: interaction.states.map(describeProviderState),
        ok,
        mismatches: [...verifierErrors.map((e) => `verifier: ${e}`), ...mismatches],
        simulatorReasons: ok || context === undefined ? [] : reasonsOf(context.journal, provider),
      };
    });
    const failedHere = interactions.some((i) => !i.ok);
    if (!coreOk && core.parsed && !failedHere && pacts.length === 1)
      pactProblems.push('the Pact verifier reported a failure outside any interaction');
    const ok = pactProblems.length === 0 && !failedHere && (coreOk || pacts.length > 1);
    return {
      file: pact.file,
      consumer: pact.consumer,
      provider: pact.provider,
      ok,
      problems: pactProblems,
      interactions,
    };
  });
}

/** Verifies one local pact file. */
export async function verifyPactFile(pact: PactFile, ctx: VerifyContext): Promise<PactReport> {
  const provider = providerInfo(pact.provider);
  if (provider === undefined) {
    return {
      file: pact.file,
      consumer: pact.consumer,
      provider: pact.provider,
      ok: false,
      problems: [
        `unknown provider "${pact.provider}"; the simulator verifies ${Object.keys(providers).join(', ')}`,
      ],
      interactions: [],
    };
  }
  const problems = stateProblems(pact);
  if (problems.length > 0)
    return {
      file: pact.file,
      consumer: pact.consumer,
      provider: pact.provider,
      ok: false,
      problems,
      interactions: [],
    };
  const [report] = await runVerification(provider, [pact], { kind: 'file', file: pact.file }, ctx);
  return report as PactReport;
}
