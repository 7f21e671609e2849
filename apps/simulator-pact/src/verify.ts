// Provider verification: the simulator is verified against pact files, one file at a time, with
// Pact's Verifier. Each interaction gets its own test run; its provider states are set through the
// admin API (states.ts), its request gets a fresh token (request-filter.ts), and an unknown state
// fails the pact before any request is sent (Pact itself only logs a warning).
import { type HarnessOptions, startSimulator } from '@skattedeling/simulator';
import { AdminClient } from './admin-client.js';
import { brokerFromEnv, fetchPactsForVerification, publishPacts } from './broker.js';
import { type ContractCheckReport, checkPactsAgainstContracts } from './contract-check.js';
import { VerifierCredentials } from './credentials.js';
import { findPactFiles, type PactFile, readPactFile } from './pact-files.js';
import { providers } from './providers.js';
import { runVerification, type VerifyContext, verifyPactFile } from './run-verification.js';
import type { PactReport, VerifyPactsOptions, VerifyReport } from './types.js';

export type { InteractionReport, PactReport, VerifyPactsOptions, VerifyReport } from './types.js';

/** A simulator of its own on a free port, its files in a temporary folder (the test harness). */
async function startInProcess(overrides: HarnessOptions) {
  const simulator = await startSimulator(overrides);
  return { url: simulator.url, close: () => simulator.close() };
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
  const admin = new AdminClient(simulatorUrl, {
    token:
      options.adminToken ??
      (started === undefined
        ? process.env.SKATTEDELING_SIM_ADMIN_TOKEN
        : options.simulator?.adminToken),
  });
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
