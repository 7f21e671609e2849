// Soak benchmark (not a test; bounded in count and time): does the simulator's resident memory
// stay flat within its byte budgets under the two floods of issue 8, item 1?
//  1. the sweep: one token, GETs for one person over thousands of Inntekt periods, alternating
//     JSON and XML (without a byte budget this grew ~240 MiB per 1 000 periods);
//  2. the grants: a flood of unique grants to the token endpoint, signed here with jose.
// The simulator runs as a child process (its real binary); its RSS (/proc/<pid>/status) is
// sampled every second and printed against its own idle baseline from the same run.
// Usage: node scripts/bench/soak.ts [--periods n] [--grants n] [--max-seconds s] …
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  adminHeaders,
  demoVendor,
  type SimulatorProcess,
  startSimulatorProcess,
  tokenRequestBody,
} from '../lib/simulator.ts';
import { helpIfAsked, parsed, positive } from './args.ts';
import { flatness, mib, rssBytes, type Sample, Sampler, table } from './rss.ts';

const help = `Usage: node scripts/bench/soak.ts [options]   (build first: npx -y pnpm@10 bench:soak does)

  --periods <n>          Inntekt periods in the sweep, JSON and XML alternating (default 20000;
                         the answer cache is full after ~1 000, V8's heap settles after ~9 000)
  --grants <n>           unique grants sent to the token endpoint (default 200000)
  --connections <n>      concurrent requests in the grant flood (default 16; the sweep uses 4)
  --grant-lifetime <s>   exp − iat of each grant (default 120, the longest a client may use)
  --max-seconds <s>      time limit of the grant flood (default 300); the rate reached is printed
  --cache-max-bytes <n>  passed to the simulator (default: its own, 64 MiB)`;

const { values: args } = parsed(() =>
  parseArgs({
    options: {
      periods: { type: 'string', default: '20000' },
      grants: { type: 'string', default: '200000' },
      connections: { type: 'string', default: '16' },
      'grant-lifetime': { type: 'string', default: '120' },
      'max-seconds': { type: 'string', default: '300' },
      'cache-max-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }),
);
helpIfAsked(args.help, help);
const periodCount = positive('periods', args.periods);
const grantCount = positive('grants', args.grants);
const connections = positive('connections', args.connections);
const grantLifetime = positive('grant-lifetime', args['grant-lifetime']);
const maxSeconds = positive('max-seconds', args['max-seconds']);
const cacheMaxBytes =
  args['cache-max-bytes'] === undefined
    ? undefined
    : positive('cache-max-bytes', args['cache-max-bytes']);

const MiB = 1024 * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const count = (tally: Map<number, number>, status: number) =>
  tally.set(status, (tally.get(status) ?? 0) + 1);
const tallyText = (tally: Map<number, number>) =>
  [...tally]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');

/** A deterministic PRNG (mulberry32), so every run sweeps the same periods. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const maaned = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/**
 * `n` different periods, most of them long (so answers are large), half of them reaching past
 * the months with data (2015-01 … last month) on one side or both, as a careless client's are.
 */
function periods(n: number): [string, string][] {
  const now = new Date();
  const first = 2015 * 12;
  const last = now.getUTCFullYear() * 12 + now.getUTCMonth() - 1;
  const span = last - first;
  const next = random(8);
  const seen = new Set<string>();
  const out: [string, string][] = [];
  while (out.length < n) {
    let from = first + Math.floor(next() ** 2 * span);
    let to = last - Math.floor(next() ** 2 * (last - from));
    if (next() < 0.5) from -= Math.floor(next() * 120);
    if (next() < 0.5) to += Math.floor(next() * 60);
    const key = `${from}|${to}`;
    if (to - from >= 1200 || seen.has(key)) continue;
    seen.add(key);
    out.push([maaned(from), maaned(to)]);
  }
  return out;
}

/** Runs `worker` on `n` concurrent loops until it returns false. */
async function concurrently(n: number, worker: () => Promise<boolean>): Promise<void> {
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (await worker()) {
        // next
      }
    }),
  );
}

interface Phase {
  readonly name: string;
  readonly samples: Sample[];
  readonly summary: string;
}

async function main(): Promise<void> {
  const simulator = await startSimulatorProcess(
    cacheMaxBytes === undefined ? [] : ['--cache-max-bytes', String(cacheMaxBytes)],
  );
  try {
    await soak(simulator);
  } finally {
    await simulator.stop();
  }
}

async function soak(simulator: SimulatorProcess): Promise<void> {
  const pid = simulator.child.pid ?? 0;
  const rss = () => rssBytes(pid, (path) => readFileSync(path, 'utf8'));
  const issuer = `${simulator.url}/maskinporten/`;

  // Idle baseline: the started simulator before any request, median of five samples.
  await sleep(2000);
  const idleSamples: number[] = [];
  for (let i = 0; i < 5; i++, await sleep(200)) idleSamples.push(rss());
  const idle = idleSamples.sort((a, b) => a - b)[2] as number;
  console.log(
    `\nSoak benchmark: simulator pid ${pid} at ${simulator.url}, node ${process.version}\n` +
      `cache budgets: answers ${cacheMaxBytes === undefined ? '64 MiB (default)' : mib(cacheMaxBytes)}, ` +
      'verified tokens an eighth of it, replay cache 200 000 ids of at most ~400 bytes, journal 8 MiB\n' +
      `idle baseline: ${mib(idle)} RSS (median of 5 samples)\n`,
  );
  const vendor = await demoVendor(simulator.stateDir, issuer);
  const consumerOrg = vendor.kommuner[0]?.orgnr;

  const phases = [await sweep(simulator.url, issuer, vendor, consumerOrg, rss, idle)];
  phases.push(await flood(simulator.url, issuer, vendor, consumerOrg, rss, idle));
  verdict(phases, idle);
}

type Vendor = Awaited<ReturnType<typeof demoVendor>>;

async function token(issuer: string, vendor: Vendor, consumerOrg: string | undefined) {
  const response = await fetch(`${issuer}token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: tokenRequestBody(await vendor.grant({ scope: 'skatteetaten:inntekt', consumerOrg })),
  });
  if (!response.ok) throw new Error(`token request refused: ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function sweep(
  base: string,
  issuer: string,
  vendor: Vendor,
  consumerOrg: string | undefined,
  rss: () => number,
  idle: number,
): Promise<Phase> {
  let bearer = await token(issuer, vendor, consumerOrg);
  let tokenAt = Date.now();
  const person = vendor.persons.find((p) => /employee with salary/.test(p.beskrivelse));
  const pid = person?.personidentifikator ?? vendor.persons[0]?.personidentifikator;
  const list = periods(periodCount);
  const tally = new Map<number, number>();
  let next = 0;
  const sampler = new Sampler(rss, () => next);
  const started = performance.now();
  await concurrently(4, async () => {
    const i = next++;
    const period = list[i];
    if (period === undefined) return false;
    // Access tokens live 120 s; fetch a new one each minute.
    if (Date.now() - tokenAt > 60_000) {
      tokenAt = Date.now();
      bearer = await token(issuer, vendor, consumerOrg);
    }
    const response = await fetch(
      `${base}/inntekt/v1/kommuneBoligsosialeFormaal/${pid}/inntekter?fraOgMed=${period[0]}&tilOgMed=${period[1]}`,
      {
        headers: {
          authorization: `Bearer ${bearer}`,
          accept: i % 2 === 0 ? 'application/json' : 'application/xml',
        },
      },
    );
    await response.arrayBuffer();
    count(tally, response.status);
    return true;
  });
  const seconds = (performance.now() - started) / 1000;
  const samples = sampler.stop();
  console.log(
    `sweep: ${list.length} Inntekt periods of one person, JSON and XML alternating, 4 connections`,
  );
  console.log(table(samples, idle));
  const summary = `${list.length} requests in ${seconds.toFixed(0)} s (${(list.length / seconds).toFixed(0)}/s); ${tallyText(tally)}`;
  console.log(`  ${summary}\n`);
  return { name: 'sweep', samples, summary };
}

async function flood(
  base: string,
  issuer: string,
  vendor: Vendor,
  consumerOrg: string | undefined,
  rss: () => number,
  idle: number,
): Promise<Phase> {
  const tally = new Map<number, number>();
  let sent = 0;
  let remembered = '';
  const health = setInterval(() => {
    fetch(`${base}/_simulator/health`, { headers: adminHeaders() })
      .then((r) => r.json() as Promise<{ rememberedGrants: number }>)
      .then((h) => {
        remembered = String(h.rememberedGrants);
      })
      .catch(() => {});
  }, 1000);
  const sampler = new Sampler(
    rss,
    () => sent,
    () => remembered,
  );
  const started = performance.now();
  const deadline = started + maxSeconds * 1000;
  await concurrently(connections, async () => {
    if (sent >= grantCount || performance.now() > deadline) return false;
    sent++;
    const grant = await vendor.grant({
      scope: 'skatteetaten:summertskattegrunnlag',
      consumerOrg,
      lifetimeSeconds: grantLifetime,
    });
    try {
      const response = await fetch(`${issuer}token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: tokenRequestBody(grant),
      });
      await response.arrayBuffer();
      count(tally, response.status);
    } catch {
      count(tally, 0); // no answer (connection refused or reset)
    }
    return true;
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(health);
  const samples = sampler.stop();
  console.log(
    `grants: ${grantCount} unique grants (lifetime ${grantLifetime} s), ${connections} connections, at most ${maxSeconds} s`,
  );
  console.log(table(samples, idle, 'replay cache'));
  const stopped = sent < grantCount ? ` (time limit reached: ${sent} of ${grantCount} sent)` : '';
  const summary = `${sent} grants in ${seconds.toFixed(0)} s (${(sent / seconds).toFixed(0)}/s)${stopped}; ${tallyText(tally)}`;
  console.log(`  ${summary}\n`);
  return { name: 'grants', samples, summary };
}

function verdict(phases: readonly Phase[], idle: number): void {
  // What the byte budgets allow the caches to hold at the defaults: answers, verified tokens
  // (an eighth on top), the replay cache (200 000 ids of at most ~400 bytes) and the journal.
  const budget = (cacheMaxBytes ?? 64 * MiB) * (9 / 8) + 200_000 * 400 + 8 * MiB;
  let flat = true;
  for (const phase of phases) {
    const f = flatness(phase.samples);
    flat &&= f.flat;
    console.log(
      `${phase.name}: highest RSS ${mib(f.firstHalf)} in the first half, ${mib(f.secondHalf)} in the second (${f.growth >= 0 ? '+' : ''}${(100 * f.growth).toFixed(1)} %): ${f.flat ? 'flat' : 'GROWING'}; peak ${mib(f.peak)} = idle + ${mib(f.peak - idle)} (${((f.peak - idle) / budget).toFixed(1)}× the caches' budgets of ${mib(budget)})`,
    );
  }
  console.log(
    flat
      ? '\n✔ flat: resident memory stops growing once the bounded caches are full'
      : '\n✖ growing: resident memory still rises in the second half of a phase',
  );
  process.exitCode = flat ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(`soak failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
