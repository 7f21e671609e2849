// `skattedeling-simulator verify-pacts`: verify pact files (or a Pact Broker's pacts) against the
// simulator and the contracts, print the report, exit 0 when everything holds, 1 when something
// fails, 2 on a usage error.
import { writeFile } from 'node:fs/promises';
import { providerStates } from '@skattedeling/pact';
import { brokerFromEnv } from './broker.js';
import { formatVerifyReport } from './report.js';
import { type VerifyPactsOptions, verifyPacts } from './verify.js';

export const verifyPactsHelp = `Usage: skattedeling-simulator verify-pacts [options] <pact file or folder>...

Verifies pact files against the simulator: every interaction is replayed with its provider
states set through the simulator's admin API (each interaction in a test run of its own) and a
fresh Maskinporten token injected, and is checked against the OpenAPI contracts of the real APIs.
Providers: maskinporten, summert-skattegrunnlag, inntekt (the provider name in the pact file).
Provider states must come from the vocabulary of @skattedeling/pact (--list-states); an
unknown state fails the pact before any request is sent.

Options:
  --simulator-url <url>      Verify against a running simulator (e.g. http://127.0.0.1:5280).
                             Default: start one in-process on 127.0.0.1 with a free port.
  --admin-token <token>      The running simulator's admin token, if it has one
                             [default: env SKATTEDELING_SIM_ADMIN_TOKEN]
  --seed <seed>              Seed of the in-process simulator's data [default: skattedeling]
  --today <YYYY-MM-DD>       Date of the in-process simulator [default: today]
  --no-contract-check        Do not check the interactions against the contracts.
  --contract <provider>=<openapi file>
                             Check that provider's interactions against this file (repeatable).
  --json-report <file>       Also write the report as JSON to <file>.
  --log-level <level>        Pact core log level: error, warn, info, debug [default: error]
  --list-states              Print the provider states the simulator knows, and exit.
  --help, -h                 Show this help.

Pact Broker (optional; no broker is needed): set PACT_BROKER_BASE_URL and PACT_BROKER_TOKEN (or
PACT_BROKER_USERNAME/PACT_BROKER_PASSWORD). With pact files given and PACT_CONSUMER_VERSION set,
they are published to the broker first. With no pact files given, the pacts to verify are fetched
from the broker for each provider. PACT_BROKER_PUBLISH_VERIFICATION_RESULTS=true with
PACT_PROVIDER_VERSION (and PACT_PROVIDER_BRANCH) publishes the results of broker pacts.

Exit status: 0 every pact verified and conforms, 1 something failed, 2 wrong usage.`;

class UsageError extends Error {}

function parse(argv: readonly string[]): {
  options: VerifyPactsOptions;
  jsonReport?: string;
  listStates: boolean;
  help: boolean;
} {
  const pacts: string[] = [];
  const contracts: Record<string, string> = {};
  const simulator: Record<string, string> = {};
  let simulatorUrl: string | undefined;
  let adminToken: string | undefined;
  let checkContracts = true;
  let jsonReport: string | undefined;
  let logLevel: VerifyPactsOptions['logLevel'];
  let listStates = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    // --flag=value as well as --flag value (the value of --contract contains "=" itself).
    const eq = arg.indexOf('=');
    const [flag, inline] =
      arg.startsWith('--') && eq > 2 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined || next.startsWith('--'))
        throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--help':
      case '-h':
        help = true;
        break;
      case '--list-states':
        listStates = true;
        break;
      case '--simulator-url': {
        const url = value();
        if (!/^https?:\/\/[^/]+/.test(url))
          throw new UsageError(`--simulator-url must be an http(s) URL, got ${url}`);
        simulatorUrl = url;
        break;
      }
      case '--admin-token':
        adminToken = value();
        break;
      case '--seed':
        simulator.seed = value();
        break;
      case '--today': {
        const today = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(today))
          throw new UsageError(`--today must be YYYY-MM-DD, got ${today}`);
        simulator.today = today;
        break;
      }
      case '--no-contract-check':
        checkContracts = false;
        break;
      case '--contract': {
        const spec = value();
        const at = spec.indexOf('=');
        if (at < 1)
          throw new UsageError(`--contract must be <provider>=<openapi file>, got ${spec}`);
        contracts[spec.slice(0, at)] = spec.slice(at + 1);
        break;
      }
      case '--json-report':
        jsonReport = value();
        break;
      case '--log-level': {
        const level = value();
        if (!['error', 'warn', 'info', 'debug', 'trace'].includes(level))
          throw new UsageError(`--log-level must be error, warn, info or debug, got ${level}`);
        logLevel = level as VerifyPactsOptions['logLevel'];
        break;
      }
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
        pacts.push(arg);
    }
  }
  const options: VerifyPactsOptions = {
    pacts,
    checkContracts,
    ...(simulatorUrl === undefined ? {} : { simulatorUrl }),
    ...(adminToken === undefined ? {} : { adminToken }),
    ...(Object.keys(simulator).length === 0 ? {} : { simulator }),
    ...(Object.keys(contracts).length === 0 ? {} : { contracts }),
    ...(logLevel === undefined ? {} : { logLevel }),
  };
  return { options, ...(jsonReport === undefined ? {} : { jsonReport }), listStates, help };
}

/**
 * Runs the command with the arguments after `verify-pacts`; returns the exit status. Output goes
 * to `out` (the report) and `err` (usage errors), default the process's streams.
 */
export async function runVerifyPactsCommand(
  argv: readonly string[],
  io: { out?: (line: string) => void; err?: (line: string) => void } = {},
): Promise<number> {
  const out = io.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err = io.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`verify-pacts: ${error.message}\n\n${verifyPactsHelp}`);
    return 2;
  }
  if (parsed.help) {
    out(verifyPactsHelp);
    return 0;
  }
  if (parsed.listStates) {
    for (const s of providerStates)
      out(`${s.name}\n    ${s.description}\n    answers: ${s.answers}`);
    return 0;
  }
  if ((parsed.options.pacts ?? []).length === 0 && brokerFromEnv() === undefined) {
    err(
      `verify-pacts: name pact files or a folder of them (or configure a Pact Broker)\n\n${verifyPactsHelp}`,
    );
    return 2;
  }
  process.env.PACT_DO_NOT_TRACK ??= '1';
  const report = await verifyPacts({ ...parsed.options, log: (line) => out(`… ${line}`) });
  out('');
  out(formatVerifyReport(report));
  if (parsed.jsonReport !== undefined)
    await writeFile(parsed.jsonReport, `${JSON.stringify(report, null, 2)}\n`);
  return report.ok ? 0 : 1;
}
