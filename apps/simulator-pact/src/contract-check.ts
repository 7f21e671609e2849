// Pact ⇄ contract check: every interaction of a pact file against the OpenAPI contract of its
// provider, offline, with @pactflow/openapi-pact-comparator (path and method exist, parameters
// valid, status documented, bodies conform to the schema of that status).
//
// The comparator reads a document with its references resolved, so each contract is first
// bundled with @redocly/openapi-core (as scripts/codegen does). Two adaptations of the bundled
// document, because the comparator measurably misreads these contracts without them:
//  1. It strips `required` from response schemas (a pact body may be partial), except on a schema
//     that itself has `oneOf`. Inntekt's "exactly one income type per line" is a `oneOf` of four
//     branches that only say `required: [...]`; stripped, all four branches are empty and match,
//     so every valid income line fails "must match exactly one schema in oneOf". A presence-only
//     `oneOf`/`anyOf` is removed: presence is exactly what the comparator chose not to check in
//     responses, so nothing it would check is lost.
//  2. It sets `additionalProperties: false` on every response object whose
//     `additionalProperties` is absent or `true`, so that a pact expecting a field the contract
//     lacks fails (the check we want). It also closes objects the contract opens on purpose
//     (`Spesifisering`: new specification fields arrive without notice). `true` is rewritten as the
//     equivalent `{}`, which the comparator leaves alone.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as openapiPactComparator from '@pactflow/openapi-pact-comparator';
import { bundle, createConfig } from '@redocly/openapi-core';
import { describeProviderState } from '@skattedeling/pact';
import { type PactFile, readPactFile } from './pact-files.js';

/** Provider name (as in pact files) → the contract's package path, shipped with the packages. */
const packagedContracts: Readonly<Record<string, string>> = {
  'summert-skattegrunnlag':
    '@skattedeling/summert-skattegrunnlag/contracts/skatteetaten/summert-skattegrunnlag/openapi.yaml',
  inntekt: '@skattedeling/inntekt/contracts/skatteetaten/inntekt/openapi.yaml',
  maskinporten: '@skattedeling/maskinporten-client/contracts/maskinporten/openapi.yaml',
  'skatteoppgjoer-hendelser':
    '@skattedeling/summert-skattegrunnlag/contracts/skatteetaten/skatteoppgjoer-hendelser/openapi.yaml',
  'siste-tilgjengelige-skatteoppgjoer':
    '@skattedeling/summert-skattegrunnlag/contracts/skatteetaten/siste-tilgjengelige-skatteoppgjoer/openapi.yaml',
};

/** File → the package path it was resolved from, to show readers where a contract comes from. */
const labels = new Map<string, string>();

/** The contract files the simulator ships with (through the API packages it depends on). */
export function defaultContracts(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(packagedContracts).map(([provider, specifier]) => {
      const file = fileURLToPath(import.meta.resolve(specifier));
      labels.set(file, specifier);
      return [provider, file];
    }),
  );
}

export interface ContractProblem {
  readonly type: 'error' | 'warning';
  /** The comparator's rule code, e.g. `response.body.incompatible`. */
  readonly code: string;
  readonly message: string;
  readonly interaction: string;
  readonly index: number | undefined;
  readonly states: readonly string[];
  /** Where in the interaction, e.g. `response.body.grunnlag[0].beloep`. */
  readonly path: string;
  /** Where in the contract, e.g. `paths./v2/…/get.responses.200.content.application/json.schema`. */
  readonly rule: string;
}

export interface ContractCheckResult {
  readonly file: string;
  readonly consumer: string;
  readonly provider: string;
  readonly contract: string | undefined;
  readonly interactions: number;
  readonly errors: readonly ContractProblem[];
  readonly warnings: readonly ContractProblem[];
}

export interface ContractCheckReport {
  readonly ok: boolean;
  readonly results: readonly ContractCheckResult[];
}

export interface ContractCheckOptions {
  /** Pact files to read. */
  readonly pactFiles?: readonly string[];
  /** Pacts already read (for example fetched from a broker). */
  readonly pacts?: readonly PactFile[];
  /** Provider name → OpenAPI file; default: the contracts shipped with the API packages. */
  readonly contracts?: Readonly<Record<string, string>>;
}

type Json = Record<string, unknown>;

function isPresenceOnly(branches: unknown): boolean {
  return (
    Array.isArray(branches) &&
    branches.length > 0 &&
    branches.every(
      (b) =>
        b !== null &&
        typeof b === 'object' &&
        Object.keys(b).every((k) => k === 'required' || k === 'description'),
    )
  );
}

/** The two adaptations described at the top of this file, applied in place. */
export function adaptForComparator(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) adaptForComparator(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const schema = node as Json;
  if (schema.additionalProperties === true) schema.additionalProperties = {};
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    if (isPresenceOnly(schema[keyword])) delete schema[keyword];
  }
  for (const value of Object.values(schema)) adaptForComparator(value);
}

const bundled = new Map<string, Promise<Json>>();

async function loadContract(file: string): Promise<Json> {
  let pending = bundled.get(file);
  if (pending === undefined) {
    pending = (async () => {
      await readFile(file); // a clear ENOENT before redocly's own message
      const result = await bundle({
        ref: file,
        config: await createConfig({}),
        dereference: false,
      });
      const problems = result.problems.filter((p) => p.severity === 'error');
      if (problems.length > 0)
        throw new Error(`${file}: cannot bundle: ${problems.map((p) => p.message).join('; ')}`);
      const document = structuredClone(result.bundle.parsed) as Json;
      adaptForComparator(document);
      return document;
    })();
    bundled.set(file, pending);
  }
  return pending;
}

/** `[root].interactions[2].response.body.a.0.b` → `response.body.a[0].b`. */
function readablePath(location: string | undefined): string {
  if (location === undefined) return '';
  return location
    .replace(/^\[root\]\.interactions\[\d+\]\.?/, '')
    .replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

function indexOf(location: string | undefined): number | undefined {
  const match = location === undefined ? null : /^\[root\]\.interactions\[(\d+)\]/.exec(location);
  return match ? Number(match[1]) : undefined;
}

interface ComparatorResult {
  code: string;
  message: string;
  type: 'error' | 'warning' | 'info';
  mockDetails?: { interactionDescription?: string | null; location?: string };
  specDetails?: { location?: string };
}

// The package's exports map lists `types` after `import`, so TypeScript finds no declarations for
// the ESM entry; this is the part of its API used here (dist/src/compare/index.d.ts).
const { Comparator } = openapiPactComparator as unknown as {
  Comparator: new (options: {
    oas: unknown;
  }) => { compare(pact: unknown): AsyncGenerator<ComparatorResult> };
};

export async function checkPact(
  pact: PactFile,
  contracts: Readonly<Record<string, string>>,
): Promise<ContractCheckResult> {
  const contract = contracts[pact.provider];
  const base = {
    file: pact.file,
    consumer: pact.consumer,
    provider: pact.provider,
    contract,
    interactions: pact.interactions.length,
  };
  if (contract === undefined) {
    const problem: ContractProblem = {
      type: 'error',
      code: 'provider.unknown',
      message: `no contract for provider "${pact.provider}"; known providers: ${Object.keys(contracts).join(', ')}`,
      interaction: '(all)',
      index: undefined,
      states: [],
      path: 'provider.name',
      rule: 'provider name → contract map',
    };
    return { ...base, errors: [problem], warnings: [] };
  }
  const comparator = new Comparator({ oas: await loadContract(contract) });
  const errors: ContractProblem[] = [];
  const warnings: ContractProblem[] = [];
  for await (const raw of comparator.compare(pact.document)) {
    if (raw.type === 'info') continue;
    const index = indexOf(raw.mockDetails?.location);
    const interaction = index === undefined ? undefined : pact.interactions[index];
    const problem: ContractProblem = {
      type: raw.type,
      code: raw.code,
      message: raw.message,
      interaction:
        interaction?.description ??
        raw.mockDetails?.interactionDescription ??
        '(unknown interaction)',
      index,
      states: interaction?.states.map(describeProviderState) ?? [],
      path: readablePath(raw.mockDetails?.location),
      rule: raw.specDetails?.location?.replace(/^\[root\]\./, '') ?? '',
    };
    (raw.type === 'error' ? errors : warnings).push(problem);
  }
  return { ...base, errors, warnings };
}

export async function checkPactsAgainstContracts(
  options: ContractCheckOptions,
): Promise<ContractCheckReport> {
  const contracts = options.contracts ?? defaultContracts();
  const results: ContractCheckResult[] = [];
  // One file at a time: the results read in file order and the schemas compile once per contract.
  for (const file of options.pactFiles ?? [])
    results.push(await checkPact(await readPactFile(file), contracts));
  for (const pact of options.pacts ?? []) results.push(await checkPact(pact, contracts));
  return { ok: results.every((r) => r.errors.length === 0), results };
}

/** The report for people: one line per pact, then each problem with interaction, path and rule. */
export function formatContractReport(
  report: ContractCheckReport,
  relative: (file: string) => string = (f) => f,
): string {
  const lines: string[] = ['Pact ⇄ contract check'];
  for (const r of report.results) {
    const where =
      r.contract === undefined ? '(no contract)' : (labels.get(r.contract) ?? relative(r.contract));
    if (r.errors.length === 0) {
      lines.push(
        `  ✔ ${r.consumer} → ${r.provider}: ${r.interactions} interactions conform to ${where}`,
      );
    } else {
      const broken = new Set(r.errors.map((e) => e.index ?? -1)).size;
      lines.push(
        `  ✖ ${r.consumer} → ${r.provider} (${relative(r.file)}): ${broken} of ${r.interactions} interactions break ${where}`,
      );
    }
    for (const p of [...r.errors, ...r.warnings]) {
      lines.push(
        `      ${p.type === 'error' ? '✖' : '!'} "${p.interaction}"${p.states.length > 0 ? ` [given ${p.states.join('; ')}]` : ''}`,
      );
      lines.push(`          at ${p.path || '(interaction)'}: ${p.message}`);
      lines.push(`          rule: ${p.rule || '(none)'} (${p.code})`);
    }
  }
  const errors = report.results.reduce((n, r) => n + r.errors.length, 0);
  lines.push(
    report.ok
      ? '  all interactions conform to their contracts'
      : `  ${errors} problem${errors === 1 ? '' : 's'}: the pacts expect behaviour the contracts do not have`,
  );
  return lines.join('\n');
}
