// Provider verification: the simulator is verified against pact files, one file at a time, with
// Pact's Verifier. Each interaction gets its own test run; its provider states are set through the
// admin API (states.ts), its request gets a fresh token (request-filter.ts), and an unknown state
// fails the pact before any request is sent (Pact itself only logs a warning).
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Verifier } from '@pact-foundation/pact';
import { checkProviderState, describeProviderState, type StateName } from '@skattedeling/pact';
import { startSimulator } from '../app.js';
import { defaultConfig } from '../config/load.js';
import type { SimulatorConfig } from '../config/options.js';
import { demoKommuner, demoVendor } from '../demo/demo.js';
import type { JournalEntry } from '../journal/journal.js';
import { AdminClient } from './admin-client.js';
import {
  type BrokerOptions,
  brokerFromEnv,
  fetchPactsForVerification,
  publishPacts,
} from './broker.js';
import { type ContractCheckReport, checkPactsAgainstContracts } from './contract-check.js';
import { VerifierCredentials } from './credentials.js';
import { type InteractionContext, InteractionTracker } from './interactions.js';
import { findPactFiles, type PactFile, type PactInteraction, readPactFile } from './pact-files.js';
import { type ProviderInfo, providerInfo, providers } from './providers.js';
import { createRequestFilter } from './request-filter.js';
import { stateHandlers } from './states.js';

export interface VerifyPactsOptions {
  /** Pact files or folders of them. Optional when a broker is configured. */
  readonly pacts?: readonly string[];
  /** A running simulator's base URL (`http://127.0.0.1:5280`); default: start one in-process. */
  readonly simulatorUrl?: string;
  /** Settings for the in-process simulator (port 0 on 127.0.0.1 and no log output by default). */
  readonly simulator?: Partial<SimulatorConfig>;
  /** Also check every interaction against the OpenAPI contracts; default true. */
  readonly checkContracts?: boolean;
  /** Provider name → OpenAPI file for the contract check; default: the contracts the packages ship. */
  readonly contracts?: Readonly<Record<string, string>>;
  /** Fetch pacts from (and publish results to) a Pact Broker; default from PACT_BROKER_* variables. */
  readonly broker?: BrokerOptions | undefined;
  /** Progress lines while verifying (the report comes at the end). */
  readonly log?: (line: string) => void;
  /** Pact core log level; default `error`. */
  readonly logLevel?: 'error' | 'warn' | 'info' | 'debug' | 'trace';
}

export interface InteractionReport {
  readonly description: string;
  /** The provider states with their params filled in. */
  readonly states: readonly string[];
  readonly ok: boolean;
  /** What differed between the pact and the simulator's answer. */
  readonly mismatches: readonly string[];
  /** Why the simulator answered as it did (from its journal), for failed interactions. */
  readonly simulatorReasons: readonly string[];
}

export interface PactReport {
  readonly file: string;
  readonly consumer: string;
  readonly provider: string;
  readonly ok: boolean;
  /** Why the pact was not (fully) verified: unknown provider or states, a broken file. */
  readonly problems: readonly string[];
  readonly interactions: readonly InteractionReport[];
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly simulatorUrl: string;
  readonly pacts: readonly PactReport[];
  readonly contractCheck: ContractCheckReport | undefined;
  /** Problems outside any one pact (no pact files, a broker failure). */
  readonly problems: readonly string[];
}

interface CoreMismatch {
  readonly type?: string;
  readonly path?: string;
  readonly mismatch?: string;
  readonly description?: string;
  readonly expected?: unknown;
  readonly actual?: unknown;
}

interface CoreInteractionResult {
  readonly consumer?: string;
  readonly description?: string;
  readonly result?: string;
  readonly mismatch?: {
    readonly type?: string;
    readonly message?: string;
    readonly mismatches?: readonly CoreMismatch[];
  };
}

function describeMismatch(m: CoreMismatch): string {
  const where = m.path === undefined || m.path === '' ? '' : ` ${m.path}`;
  const what =
    m.mismatch ??
    m.description ??
    `expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`;
  return `${m.type ?? 'Mismatch'}${where}: ${what}`;
}

/** `$.grunnlag[10].beloep` sorts after `$.grunnlag[9].beloep`. */
function byPath(a: CoreMismatch, b: CoreMismatch): number {
  return (a.path ?? '').localeCompare(b.path ?? '', 'en', { numeric: true });
}

/** Many elements failing the same way (every beloep of a list) read as one line and a count. */
function summarise(mismatches: readonly CoreMismatch[], shown = 3): string[] {
  const sorted = [...mismatches].sort(byPath);
  const groups = new Map<string, CoreMismatch[]>();
  for (const m of sorted) {
    const key = `${m.type}|${(m.path ?? '').replace(/\[\d+\]/g, '[*]')}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const lines: string[] = [];
  for (const group of groups.values()) {
    lines.push(...group.slice(0, shown).map(describeMismatch));
    if (group.length > shown) lines.push(`… and ${group.length - shown} more like it`);
  }
  return lines;
}

/** The Pact core's JSON result (`pactffi_verifier_json`): what failed, by consumer and interaction. */
function parseCoreResult(text: string): {
  failures: Map<string, string[]>;
  verified: Set<string>;
  parsed: boolean;
} {
  const failures = new Map<string, string[]>();
  const verified = new Set<string>();
  let json: { interactionResults?: CoreInteractionResult[] };
  try {
    json = JSON.parse(text) as { interactionResults?: CoreInteractionResult[] };
  } catch {
    return { failures, verified, parsed: false };
  }
  for (const r of json.interactionResults ?? []) {
    const key = `${r.consumer ?? ''}|${r.description ?? '(unknown interaction)'}`;
    verified.add(key);
    if (r.mismatch === undefined || r.result === 'OK') continue;
    const mismatches = r.mismatch.mismatches ?? [];
    failures.set(
      key,
      mismatches.length > 0
        ? summarise(mismatches)
        : [r.mismatch.message ?? r.mismatch.type ?? 'failed'],
    );
  }
  return { failures, verified, parsed: true };
}

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
        (c.request.method === interaction.method && c.request.path === requestPath)),
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

interface VerifyContext {
  readonly simulatorUrl: string;
  readonly admin: AdminClient;
  readonly credentials: VerifierCredentials;
  readonly options: VerifyPactsOptions;
}

/** Where the Pact core reads the pacts: one local file, or the broker's pacts for a provider. */
type Source =
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
async function runVerification(
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
  const deps = { admin: ctx.admin, credentials: ctx.credentials };
  // Pact JS looks a state's handler up by name; a Proxy answers every name, so states are
  // matched here (and an unknown one is recorded, not silently skipped).
  const handlers = new Proxy(
    {},
    {
      get(_target, name) {
        if (typeof name !== 'string') return undefined;
        return {
          setup: async (params?: Record<string, unknown>) => {
            const { context, previous } = tracker.forSetup();
            if (previous !== undefined) await finish(previous);
            // An interaction without states gets one setup call with the empty name.
            if (name === '') return;
            const state = { name, params: params ?? {} };
            context.states.push(state);
            const problems = checkProviderState(state);
            if (problems.length > 0) {
              context.errors.push(
                ...problems.map(
                  (p) =>
                    `state "${describeProviderState(state)}": ${p.problem.replace(/; known states are: .*$/, '')}`,
                ),
              );
              return;
            }
            try {
              await stateHandlers[name as StateName](
                state.params as Record<string, string>,
                context,
                deps,
              );
            } catch (error) {
              context.errors.push(
                `state "${describeProviderState(state)}": ${(error as Error).message}`,
              );
            }
          },
          teardown: async () => {
            const context = tracker.forTeardown();
            if (context !== undefined) await finish(context);
          },
        };
      },
      has: () => true,
    },
  );
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
async function verifyPactFile(pact: PactFile, ctx: VerifyContext): Promise<PactReport> {
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

async function startInProcess(overrides: Partial<SimulatorConfig>) {
  const stateDir = join(tmpdir(), `skattedeling-verify-${randomUUID().slice(0, 8)}`);
  const config = defaultConfig({
    host: '127.0.0.1',
    port: 0,
    logLevel: 'quiet',
    stateDir,
    ...overrides,
  });
  const simulator = await startSimulator(config);
  return {
    url: simulator.url,
    close: async () => {
      await simulator.close();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}

/**
 * Verifies pact files against the simulator (a running one, or one started here), then checks
 * every interaction against the contracts. Never throws for a failing pact: the report says what
 * failed and why.
 */
export async function verifyPacts(options: VerifyPactsOptions): Promise<VerifyReport> {
  const log = options.log ?? (() => {});
  const broker = options.broker === undefined ? brokerFromEnv() : options.broker;
  const problems: string[] = [];
  let files: string[] = [];
  if (options.pacts !== undefined && options.pacts.length > 0) {
    try {
      files = await findPactFiles(options.pacts);
    } catch (error) {
      problems.push((error as Error).message);
    }
  } else if (broker === undefined) {
    problems.push(
      'no pact files given (pass a folder or files) and no Pact Broker configured (PACT_BROKER_BASE_URL)',
    );
  }
  if (problems.length > 0)
    return {
      ok: false,
      simulatorUrl: options.simulatorUrl ?? '',
      pacts: [],
      contractCheck: undefined,
      problems,
    };

  const pactFiles: PactFile[] = [];
  const reports: PactReport[] = [];
  for (const file of files) {
    try {
      pactFiles.push(await readPactFile(file));
    } catch (error) {
      reports.push({
        file,
        consumer: '?',
        provider: '?',
        ok: false,
        problems: [(error as Error).message],
        interactions: [],
      });
    }
  }
  if (broker !== undefined && broker.publishPacts !== undefined && pactFiles.length > 0) {
    try {
      await publishPacts(broker, pactFiles);
      log(`published ${pactFiles.length} pact file(s) to ${broker.url}`);
    } catch (error) {
      problems.push(`publishing pacts to ${broker.url}: ${(error as Error).message}`);
    }
  }

  const brokerPacts: PactFile[] = [];
  const started =
    options.simulatorUrl === undefined ? await startInProcess(options.simulator ?? {}) : undefined;
  const simulatorUrl = (options.simulatorUrl ?? started?.url ?? '').replace(/\/$/, '');
  const admin = new AdminClient(simulatorUrl);
  let credentials: VerifierCredentials | undefined;
  try {
    const { issuer } = await admin.health();
    credentials = new VerifierCredentials(admin, issuer);
    const ctx: VerifyContext = {
      simulatorUrl,
      admin,
      credentials,
      options: { ...options, broker },
    };
    // Pact files one at a time: each has its own proxy, test runs and verdict.
    for (const pact of pactFiles) {
      log(
        `verifying ${pact.consumer} → ${pact.provider} (${pact.interactions.length} interactions)`,
      );
      reports.push(await verifyPactFile(pact, ctx));
    }
    if (broker !== undefined && (options.pacts === undefined || options.pacts.length === 0)) {
      // The broker's pacts: read first (for the report and the contract check), then verified by
      // the Pact core from the broker itself, so that it can publish the results there.
      for (const provider of Object.values(providers)) {
        let fetched: Awaited<ReturnType<typeof fetchPactsForVerification>> = [];
        try {
          fetched = await fetchPactsForVerification(broker, provider.name);
        } catch (error) {
          problems.push(
            `fetching pacts for ${provider.name} from ${broker.url}: ${(error as Error).message}`,
          );
          continue;
        }
        if (fetched.length === 0) continue;
        log(`verifying ${fetched.length} pact(s) for ${provider.name} from ${broker.url}`);
        const pacts = fetched.map((f) => f.pact);
        brokerPacts.push(...pacts);
        reports.push(...(await runVerification(provider, pacts, { kind: 'broker', broker }, ctx)));
      }
    }
  } catch (error) {
    problems.push(`cannot verify against ${simulatorUrl}: ${(error as Error).message}`);
  } finally {
    await credentials?.close();
    await started?.close();
  }

  let contractCheck: ContractCheckReport | undefined;
  if (options.checkContracts !== false && pactFiles.length + brokerPacts.length > 0) {
    log('checking every interaction against the contracts');
    contractCheck = await checkPactsAgainstContracts({
      pacts: [...pactFiles, ...brokerPacts],
      ...(options.contracts === undefined ? {} : { contracts: options.contracts }),
    });
  }
  const ok = problems.length === 0 && reports.every((r) => r.ok) && (contractCheck?.ok ?? true);
  return { ok, simulatorUrl, pacts: reports, contractCheck, problems };
}
