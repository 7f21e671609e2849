// The commands of skattedeling-simulator: `start` (default) runs the simulator; `token` gets an access token with
// the demo vendor's key; `verify-pacts` verifies vendors' pact files against the simulator.
import { createPrivateKey, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { inntektApi } from '@skattedeling/inntekt';
import { summertSkattegrunnlagApi } from '@skattedeling/summert-skattegrunnlag';
import { startSimulator } from './app.js';
import { ConfigError, loadConfig, parseArgs } from './config/load.js';
import { options } from './config/options.js';
import { demoYear } from './data/index.js';
import { type BannerPerson, personLines } from './demo/banner.js';
import { REASON_HEADER } from './http/headers.js';
import { signJws } from './maskinporten/jwt.js';
import { loadVerifyPacts } from './verify-pacts.js';

/** What `token` asks for without --scope: Summert skattegrunnlag's main scope. */
const defaultScope = summertSkattegrunnlagApi.scopes[0];
const out = (line = '') => process.stdout.write(`${line}\n`);
const err = (line = '') => process.stderr.write(`${line}\n`);

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line !== '' && line.length + w.length + 1 > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  return lines.join(`\n${indent}`);
}

const mainHelp = `Usage: skattedeling-simulator [command] [options]

A local simulator of Maskinporten, Altinn delegation, KS onboarding and Skatteetaten's
Summert skattegrunnlag and Inntekt APIs.

Commands:
  start          Start the simulator (default)
  token          Get an access token from a running simulator with the demo vendor's key
  verify-pacts   Verify pact files against the simulator and check them against the contracts
                 (the optional package @skattedeling/simulator-pact)

Run "skattedeling-simulator <command> --help" for a command's options.`;

function startHelp(): string {
  const rows = options.map((o) => {
    const flag =
      o.kind.type === 'boolean' ? `${o.flag} / --no-${o.flag.slice(2)}` : `${o.flag} <value>`;
    const def =
      o.default === undefined
        ? ''
        : ` [default: ${typeof o.default === 'object' ? JSON.stringify(o.default) : String(o.default)}]`;
    return `  ${flag}\n      ${wrap(`${o.help}${def} (env ${o.env})`, 90, '      ')}`;
  });
  return `Usage: skattedeling-simulator [start] [options]

Starts the simulator on 127.0.0.1:5280 with generated keys, an in-memory store, the default seed
and a demo set-up. Precedence: flags > environment > config file > defaults.

Options:
  --config <path>
      A YAML or JSON file with option keys (${options
        .slice(0, 3)
        .map((o) => o.key)
        .join(', ')}, …) (env SKATTEDELING_SIM_CONFIG)
${rows.join('\n')}
  --help, -h
      Show this help.`;
}

const tokenHelp = `Usage: skattedeling-simulator token [options]

Signs a JWT grant with the demo vendor's key (from <state-dir>/demo.json), posts it to the token
endpoint of the simulator that wrote that file (demo.json names its URL) and prints the access
token. The state folder is found as start finds it: --state-dir, SKATTEDELING_SIM_STATE_DIR, the
config file's stateDir (--config, SKATTEDELING_SIM_CONFIG), .simulator. On a refusal it prints the
error body and the simulator's reason to stderr and exits with 1.

Options:
  --consumer-org <orgnr>   Ask on behalf of this municipality (Altinn delegation); default: none
  --scope <scope>          Scope to ask for [default: ${defaultScope}]
  --certificate            Authenticate with the virksomhetssertifikat (x5c) client instead of the key (kid)
  --state-dir <path>       Folder with demo.json and the vendor key [default: .simulator]
  --config <path>          Config file whose stateDir to use
  --json                   Print the whole token response as JSON
  --help, -h               Show this help.`;

async function start(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    out(startHelp());
    return 0;
  }
  if (args.positionals.length > 0)
    throw new ConfigError(`Unexpected argument ${args.positionals[0]}; run with --help`);
  const config = await loadConfig(args);
  const sim = await startSimulator(config);
  const u = sim.ctx.urls;
  out(`Skattedeling simulator ready in ${Math.round(sim.startupMs)} ms on ${u.base}`);
  out(
    `  Maskinporten            issuer ${u.issuer}  (token ${u.tokenEndpoint}, keys ${u.jwksUri})`,
  );
  out(
    `  Summert skattegrunnlag  ${u.summertSkattegrunnlag}/${summertSkattegrunnlagApi.versjon}/{stadie}/{rettighetspakke}/{inntektsaar}/{personidentifikator}`,
  );
  out(
    `  Inntekt                 ${u.inntekt}/${inntektApi.versjon}/{rettighetspakke}/{personidentifikator}/inntekter?fraOgMed=YYYY-MM&tilOgMed=YYYY-MM`,
  );
  out(
    `  Retired shared host     ${u.base}/api/formueinntekt/summertskattegrunnlag/…, ${u.base}/api/innrapportert/inntektsmottaker/… ${config.serveRetiredPaths ? '(served, --serve-retired-paths)' : '(answered as retired: 404; --serve-retired-paths serves them)'}`,
  );
  out(`  Console                 ${u.admin}/console/  (journal, onboarding, persons, API docs)`);
  out(
    `  Simulator admin         ${u.admin}  (journal ${u.admin}/journal, Altinn ${u.admin}/altinn/delegations)`,
  );
  const demo = sim.demo;
  if (demo !== undefined) {
    const rel = (p: string) => relative(process.cwd(), p) || p;
    out('');
    out(`Demo set-up (files in ${rel(join(demo.files.demo, '..'))}/):`);
    out(`  Vendor   ${demo.vendor.navn} ${demo.vendor.orgnr}`);
    out(`    client ${demo.clients.kid.clientId}  registered key kid ${demo.clients.kid.kid}`);
    out(
      `           private key ${rel(demo.files.privateKey)}, public JWK ${rel(demo.files.publicJwk)}`,
    );
    out(
      `    client ${demo.clients.sertifikat.clientId}  virksomhetssertifikat ${rel(demo.files.chain)} (same private key)`,
    );
    for (const k of demo.kommuner) out(`  Kommune  ${k.navn} ${k.orgnr}: ${k.beskrivelse}`);
    // The demo list is the data module's: generated entries carry their household group.
    const persons = demo.persons as readonly BannerPerson[];
    for (const line of personLines(persons, u.admin, demoYear(sim.ctx.today()))) out(line);
    const pid = demo.persons[0]?.personidentifikator ?? '<personidentifikator>';
    // The newest year whose oppgjoer is out for this person: the call a vendor makes first.
    const latest = sim.ctx.data.sisteTilgjengeligeInntektsaar(pid);
    const year = latest.kind === 'data' ? latest.inntektsaar : sim.ctx.today().getUTCFullYear() - 2;
    const kommune = demo.kommuner[0]?.orgnr ?? '';
    out('');
    out('First call (in another terminal):');
    out(
      `  TOKEN=$(npx skattedeling-simulator token --consumer-org ${kommune} --scope ${defaultScope})`,
    );
    out(
      `  curl -H "Authorization: Bearer $TOKEN" ${u.summertSkattegrunnlag}/${summertSkattegrunnlagApi.versjon}/oppgjoer/kommuneforeldrebetaling/${year}/${pid}`,
    );
    const bearer =
      config.adminToken === undefined
        ? ''
        : '-H "Authorization: Bearer $SKATTEDELING_SIM_ADMIN_TOKEN" ';
    out(
      `  curl -s ${bearer}${u.admin}/journal?limit=1   # why the last request was answered as it was`,
    );
  }
  const stop = () => {
    sim.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

async function token(argv: string[]): Promise<number> {
  const args = parseArgs(
    argv.filter((a) => a !== '--certificate' && a !== '--json'),
    ['--consumer-org', '--scope'],
  );
  if (args.help) {
    out(tokenHelp);
    return 0;
  }
  const get = (name: string) => args.values.get(name)?.at(-1) as string | undefined;
  // The folder of the simulator started with the same flag, environment or config file.
  const { stateDir } = await loadConfig(args);
  let demo: {
    issuer: string;
    tokenEndpoint: string;
    clients: { kid: { clientId: string; kid: string }; sertifikat: { clientId: string } };
    files: { privateKey: string };
    x5c: string[];
  };
  try {
    demo = JSON.parse(await readFile(join(stateDir, 'demo.json'), 'utf8'));
  } catch {
    err(
      `No ${join(stateDir, 'demo.json')}: start the simulator (with its demo set-up) in this folder first, or pass --state-dir.`,
    );
    return 1;
  }
  const key = createPrivateKey(await readFile(demo.files.privateKey, 'utf8'));
  const certificate = argv.includes('--certificate');
  const iat = Math.floor(Date.now() / 1000);
  const consumerOrg = get('--consumer-org');
  const claims: Record<string, unknown> = {
    aud: demo.issuer,
    iss: certificate ? demo.clients.sertifikat.clientId : demo.clients.kid.clientId,
    scope: get('--scope') ?? defaultScope,
    iat,
    exp: iat + 120,
    jti: randomUUID(),
    ...(consumerOrg === undefined ? {} : { consumer_org: consumerOrg }),
  };
  const header = certificate
    ? { alg: 'RS256', x5c: demo.x5c }
    : { alg: 'RS256', kid: demo.clients.kid.kid };
  const assertion = signJws(header, claims, key);
  let response: Response;
  try {
    response = await fetch(demo.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion,
      }),
    });
  } catch (error) {
    err(
      `Cannot reach ${demo.tokenEndpoint}: ${(error as Error).message}. Is the simulator running?`,
    );
    return 1;
  }
  const text = await response.text();
  if (!response.ok) {
    err(`${response.status} ${text}`);
    const reason = response.headers.get(REASON_HEADER);
    if (reason !== null) err(`reason: ${reason}`);
    return 1;
  }
  out(argv.includes('--json') ? text : (JSON.parse(text) as { access_token: string }).access_token);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    out(mainHelp);
    return 0;
  }
  if (command === undefined || command.startsWith('-')) return start(argv);
  if (command === 'start') return start(rest);
  if (command === 'token') return token(rest);
  if (command === 'verify-pacts') {
    // An optional package of its own: Pact's native core has no place in the start-up path.
    const pact = await loadVerifyPacts();
    if (typeof pact === 'string') {
      err(pact);
      return 1;
    }
    return pact.runVerifyPactsCommand(rest);
  }
  err(`Unknown command ${command}.\n\n${mainHelp}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) err(error.message);
    else if (
      error instanceof Error &&
      (error.name === 'FixtureError' || error.name === 'StartError')
    )
      err(error.message);
    else err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
