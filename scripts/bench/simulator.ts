// Benchmark of the simulator against baselines measured in the same run (not a test):
//  1. start-up to ready, on the embedded defaults;
//  2. authenticated Summert skattegrunnlag GET vs a bare node:http server serving a body of the
//     same size (target ≥ 40 %): one cached URL again and again, then a round over ≥ 20 000
//     distinct person-years, each asked a few times with one token (target ≥ 30 % of bare and
//     ≥ 5× Prism's static mock of the same contract, p99 < 25 ms; see cold.ts);
//  3. the token endpoint vs an in-process loop that verifies the same grants and signs an access
//     token (target ≥ 50 %);
//  4. the simulator's resident memory over a long run of token requests (the jti cache is bounded);
//  5. data generation without HTTP, in a process of its own: a new person-year (target < 60 µs)
//     and a new person's Inntekt year, in CPU µs (generation.ts).
// Servers run in child processes and the load generator (autocannon) in this one, so on a
// two-core machine each side has a core. Usage: node scripts/bench/simulator.ts [--duration s]
import { createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { jwtVerify, SignJWT } from 'jose';
import { type Helper, startNode } from '../lib/processes.ts';
import { repoRoot, runCaptured } from '../lib/run.ts';
import {
  demoVendor,
  freePort,
  startSimulatorProcess,
  tokenRequestBody,
  waitForHttp,
} from '../lib/simulator.ts';
import { helpIfAsked, parsed, positive } from './args.ts';
import { BENCH_TODAY, COLD_YEARS, coldRound } from './cold.ts';
import { groupCpuSeconds } from './cpu.ts';
import type { GenerationCost, Spread } from './generation.ts';
import { mib, rssBytes } from './rss.ts';

const help = `Usage: node scripts/bench/simulator.ts [--duration <seconds>] [--connections <n>] [--grants <n>] [--person-years <n>]

Starts the simulator (apps/simulator/dist, build it first), a bare node:http server and Prism's
mock of the Summert skattegrunnlag contract, loads them on 127.0.0.1 with autocannon and prints req/s, p50/p99 latency and the ratios to the
baselines, then start-up time, memory over a long token run and the CPU time of generating a new
person-year (scripts/bench/generation.ts, in a process of its own).`;

const { values: args } = parsed(() =>
  parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '32' },
      grants: { type: 'string', default: '6000' },
      'person-years': { type: 'string', default: '20000' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }),
);
helpIfAsked(args.help, help);
const duration = positive('duration', args.duration);
const connections = positive('connections', args.connections);
const grantCount = positive('grants', args.grants);
const personYears = positive('person-years', args['person-years']);

interface Load {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** CPU µs the server's processes spent per request answered (cpu.ts). */
  cpuMicros: number;
}

/** Loads the server whose helper process group is `server`. */
async function load(options: autocannon.Options, server: number): Promise<Load> {
  const cpuBefore = groupCpuSeconds(server);
  // Samples every 100 ms: autocannon ends a run on its next sample, so with its default of one a
  // second a round of a fixed number of requests counted up to a second of idle time.
  const result = await autocannon({ connections, sampleInt: 100, ...options });
  const cpu = groupCpuSeconds(server) - cpuBefore;
  return {
    // total ÷ duration, not autocannon's per-second average, which is coarse for short runs.
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
    cpuMicros: (cpu * 1_000_000) / result.requests.total,
  };
}

const row = (name: string, l: Load) =>
  `${name.padEnd(44)} ${l.rps.toFixed(0).padStart(8)} req/s   p50 ${String(l.p50).padStart(4)} ms   p99 ${String(l.p99).padStart(4)} ms   server CPU ${l.cpuMicros.toFixed(0).padStart(4)} µs/req`;

// The simulator and the bare server end with this script, however it ends (lib/processes.ts).
const helpers: { stop(): Promise<unknown> }[] = [];

async function main(): Promise<void> {
  const simulator = await startSimulatorProcess(['--today', BENCH_TODAY]);
  helpers.push(simulator);
  const base = simulator.url;
  const startup = simulator.readyMs;
  const issuer = `${base}/maskinporten/`;
  const vendor = await demoVendor(simulator.stateDir, issuer);
  const scope = 'skatteetaten:summertskattegrunnlag';
  const grant = () => vendor.grant({ scope, consumerOrg: vendor.kommuner[0]?.orgnr });
  const tokenRequest = tokenRequestBody;
  const tokenResponse = await fetch(`${issuer}token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: tokenRequest(await grant()),
  });
  if (!tokenResponse.ok) throw new Error(`token request refused: ${await tokenResponse.text()}`);
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };

  // A person and year with data, as a vendor would ask for it.
  let path: string | undefined;
  let body = '';
  for (const person of vendor.persons) {
    for (const year of [...COLD_YEARS].reverse()) {
      const candidate = `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/${year}/${person.personidentifikator}`;
      const response = await fetch(base + candidate, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      });
      if (response.ok) {
        path = candidate;
        body = await response.text();
        break;
      }
    }
    if (path !== undefined) break;
  }
  if (path === undefined)
    throw new Error(`no demo person has Summert skattegrunnlag for ${COLD_YEARS.join(', ')}`);

  const barePort = await freePort();
  const bare: Helper = startNode(
    [
      '-e',
      `const body = Buffer.from(process.env.BODY); require('node:http').createServer((req, res) => { res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }); res.end(body); }).listen(${barePort}, '127.0.0.1');`,
    ],
    { stdio: 'inherit', env: { ...process.env, BODY: body } },
  );
  helpers.push(bare);
  await waitForHttp(`http://127.0.0.1:${barePort}/`, bare.child);

  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
  const simulatorPid = simulator.child.pid ?? 0;
  await load({ url: base + path, headers, duration: 2 }, simulatorPid); // warm-up
  const simulatorGet = await load({ url: base + path, headers, duration }, simulatorPid);
  await load({ url: `http://127.0.0.1:${barePort}/`, duration: 2 }, bare.pid);
  const bareGet = await load({ url: `http://127.0.0.1:${barePort}/`, duration }, bare.pid);

  // The cold path: distinct person-years, then Prism's mock over the same paths (cold.ts).
  const {
    distinct,
    prism: prismGet,
    personYears: coldCount,
  } = await coldRound({
    base,
    server: simulatorPid,
    headers,
    personYears,
    duration,
    load,
    helpers,
  });

  // Token endpoint: every request needs a fresh grant (jti replay), so grants are signed first.
  const grants: string[] = [];
  for (let i = 0; i < grantCount; i++) grants.push(await grant());
  // Each load replays the grants in order: the first run gets tokens, later runs are replays
  // (refused after the jti check), the steady state of a client that keeps the cache full.
  const loadTokens = () => {
    let next = 0;
    return load(
      {
        url: `${issuer}token`,
        amount: grants.length,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            setupRequest: (request) => ({
              ...request,
              body: tokenRequest(grants[next++ % grants.length] ?? ''),
            }),
          },
        ],
      },
      simulatorPid,
    );
  };
  const rss = () => rssBytes(simulator.child.pid ?? 0, (path) => readFileSync(path, 'utf8'));
  const rssBefore = rss();
  const tokenLoad = await loadTokens();
  const rssAfterTokens = rss();

  // Baseline: the same work in-process — verify each grant, sign an access token.
  const grantKey = createPublicKey(vendor.privateKeyPem);
  const signer = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const loopStart = performance.now();
  for (const g of grants) {
    const { payload } = await jwtVerify(g, grantKey, { algorithms: ['RS256'] });
    await new SignJWT({
      scope: String(payload.scope),
      client_id: payload.iss,
      token_type: 'Bearer',
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setIssuer(issuer)
      .setIssuedAt()
      .setExpirationTime('120s')
      .setJti(randomUUID())
      .sign(signer);
  }
  const loopRps = grants.length / ((performance.now() - loopStart) / 1000);

  // Memory over a longer run.
  for (let i = 0; i < 3; i++) await loadTokens();
  const rssEnd = rss();

  // Data generation behind the cache: fresh person-years, in a process of its own (generation.ts).
  const measured = runCaptured('scripts/bench/generation.ts', process.execPath, [
    join(repoRoot, 'scripts/bench/generation.ts'),
  ]);
  const generation = JSON.parse(measured.stdout) as GenerationCost;
  const bareMicros = bareGet.cpuMicros;

  const ratio = (a: number, b: number) => `${((100 * a) / b).toFixed(0)} %`;
  console.log(
    `\nSimulator benchmark (${duration} s per run, ${connections} connections, body ${body.length} bytes, node ${process.version})\n`,
  );
  console.log(row('bare node:http, same body', bareGet));
  console.log(row('simulator, authenticated SSG V2 GET', simulatorGet));
  // Server CPU per request, bare's over the simulator's: what the ratio would be if each had a
  // core of its own, which a loaded machine's throughput figures only approach.
  const cpuRatio = (l: Load) =>
    `   (server CPU per request: ${ratio(bareGet.cpuMicros, l.cpuMicros)})`;
  console.log(
    `${'  ratio (target ≥ 40 %)'.padEnd(44)} ${ratio(simulatorGet.rps, bareGet.rps)}${cpuRatio(simulatorGet)}`,
  );
  console.log(row(`simulator, ${coldCount} distinct person-years ×3`, distinct));
  console.log(
    `${'  ratio to bare (target ≥ 30 %)'.padEnd(44)} ${ratio(distinct.rps, bareGet.rps)}${cpuRatio(distinct)}`,
  );
  console.log(row('Prism mock, same contract and paths', prismGet));
  console.log(
    `${'  distinct ÷ Prism (target ≥ 5×)'.padEnd(44)} ${(distinct.rps / prismGet.rps).toFixed(1)}×   (p99 target < 25 ms)`,
  );
  console.log(
    `${'in-process verify grant + sign token'.padEnd(44)} ${loopRps.toFixed(0).padStart(8)} ops/s`,
  );
  console.log(row('simulator, POST /maskinporten/token', tokenLoad));
  console.log(`${'  ratio (target ≥ 50 %)'.padEnd(44)} ${ratio(tokenLoad.rps, loopRps)}`);
  const micros = (name: string, cost: Spread, note: string) =>
    console.log(
      `${`  ${name}`.padEnd(44)} ${cost.min.toFixed(0).padStart(5)} / ${cost.median.toFixed(0)} µs (median ${(cost.median / bareMicros).toFixed(1)}× a bare request's server CPU)${note}`,
    );
  console.log(
    `data generation without HTTP, CPU µs min / median of ${generation.rounds} rounds × ${generation.persons} new persons:`,
  );
  micros('new person-year (SSG, profile built)', generation.newPersonYear, ' (target < 60 µs)');
  micros(`each of a new person's ${COLD_YEARS.length} years`, generation.yearOfFour, '');
  micros("new person's Inntekt year (12 months)", generation.inntektYear, '');
  console.log(
    `${'start-up to ready (spawn → health 200)'.padEnd(44)} ${startup.toFixed(0).padStart(8)} ms (target < 1000 ms, process start included)`,
  );
  console.log(
    `${'simulator RSS: before / after tokens / +3 rounds'.padEnd(44)} ${mib(rssBefore)} / ${mib(rssAfterTokens)} / ${mib(rssEnd)}`,
  );
  const failures =
    simulatorGet.non2xx + bareGet.non2xx + tokenLoad.non2xx + distinct.non2xx + prismGet.non2xx;
  if (failures > 0)
    console.log(`\nnote: ${failures} non-2xx responses or errors in the measured runs`);
}

main()
  .catch((error: unknown) => {
    console.error(`benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => Promise.all(helpers.map((h) => h.stop())));
