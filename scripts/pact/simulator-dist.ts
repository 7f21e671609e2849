// The simulator's verification and contract-check code (@skattedeling/simulator-pact), as built
// (scripts run on Node's type stripping and cannot load its TypeScript sources). Build it first:
// `npx -y pnpm@10 turbo run build --filter=@skattedeling/simulator-pact...`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, StepFailed } from '../lib/run.ts';

/**
 * What the scripts use of apps/simulator-pact/src/index.ts. Declared here rather than imported
 * from dist/, so the scripts type-check before anything is built.
 */
export interface PactModule {
  findPactFiles(paths: readonly string[]): Promise<string[]>;
  checkPactsAgainstContracts(options: {
    pactFiles: readonly string[];
    contracts: Readonly<Record<string, string>>;
  }): Promise<ContractReport>;
  formatContractReport(report: ContractReport, relative?: (file: string) => string): string;
  verifyPacts(options: {
    pacts: readonly string[];
    simulatorUrl: string;
    checkContracts: boolean;
    contracts: Readonly<Record<string, string>>;
  }): Promise<VerifyReport>;
  formatVerifyReport(report: VerifyReport, cwd?: string): string;
  verdict(report: VerifyReport): string;
}

export interface ContractReport {
  readonly ok: boolean;
  readonly results: readonly { readonly interactions: number }[];
}

export interface VerifyReport {
  readonly ok: boolean;
}

export const simulatorPactDist = join(repoRoot, 'apps/simulator-pact/dist');

export async function loadPactModule(): Promise<PactModule> {
  const entry = join(simulatorPactDist, 'index.js');
  if (!existsSync(entry)) {
    throw new StepFailed(
      `${entry.slice(repoRoot.length + 1)} is missing: build first (npx -y pnpm@10 turbo run build --filter=@skattedeling/simulator-pact...)`,
    );
  }
  return (await import(pathToFileURL(entry).href)) as PactModule;
}

/** Provider name → the contract in contracts/ (the source of truth, not the packages' copies). */
export const repoContracts: Readonly<Record<string, string>> = {
  'summert-skattegrunnlag': join(
    repoRoot,
    'contracts/skatteetaten/summert-skattegrunnlag/openapi.yaml',
  ),
  inntekt: join(repoRoot, 'contracts/skatteetaten/inntekt/openapi.yaml'),
  maskinporten: join(repoRoot, 'contracts/maskinporten/openapi.yaml'),
  'skatteoppgjoer-hendelser': join(
    repoRoot,
    'contracts/skatteetaten/skatteoppgjoer-hendelser/openapi.yaml',
  ),
  'siste-tilgjengelige-skatteoppgjoer': join(
    repoRoot,
    'contracts/skatteetaten/siste-tilgjengelige-skatteoppgjoer/openapi.yaml',
  ),
};
