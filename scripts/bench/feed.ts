// Benchmark of the event-list reader (not a test): a list of 100 000 events served on loopback by
// a bare node:http server (scripts/bench/feed-server.ts, in a child process, so each side has a
// core), read to the end
//  1. through the package's reader: createSkatteoppgjoerHendelserClient(…).hendelser(…), i.e. the
//     generated SDK, the shared transport (a token per request, timeout) and the generic reader;
//  2. by a bare loop with plain fetch asking for exactly the same pages (the baseline).
// Runs alternate and the median of each is printed as events/s with the ratio to the baseline.
// Usage: node scripts/bench/feed.ts [--events n] [--antall 100,1000] [--rounds n]
// (build the package first: the root script `bench:feed` does).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startNode } from '../lib/processes.ts';
import { repoRoot } from '../lib/run.ts';
import { freePort, waitForHttp } from '../lib/simulator.ts';
import { helpIfAsked, parsed, positive } from './args.ts';

const help = `Usage: node scripts/bench/feed.ts [--events <n>] [--antall <n,n>] [--rounds <n>]

Serves <events> synthetic Skatteoppgjør hendelser from a bare node:http server on 127.0.0.1 and
reads them to the end through @skattedeling/summert-skattegrunnlag/hendelser and through a bare
fetch loop, <rounds> times each per page size, and prints events/s.`;

const { values: args } = parsed(() =>
  parseArgs({
    options: {
      events: { type: 'string', default: '100000' },
      antall: { type: 'string', default: '100,1000' },
      rounds: { type: 'string', default: '5' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }),
);
helpIfAsked(args.help, help);
const count = positive('events', args.events);
const rounds = positive('rounds', args.rounds);
const pageSizes = args.antall.split(',').map((v) => positive('antall', v));

/** What the benchmark uses of the package; imported from its build, which `bench:feed` makes. */
interface Reader extends AsyncIterable<{ sekvensnummer: number }> {
  readonly position: number;
}
interface HendelserModule {
  createSkatteoppgjoerHendelserClient(options: { baseUrl: string; getAccessToken: () => string }): {
    hendelser(options: { fraSekvensnummer: number; antall: number; follow: boolean }): Reader;
  };
}
const distEntry = join(repoRoot, 'packages/summert-skattegrunnlag/dist/hendelser/index.js');

interface Run {
  events: number;
  pages: number;
  ms: number;
}

async function throughReader(
  module: HendelserModule,
  baseUrl: string,
  antall: number,
): Promise<Run> {
  const client = module.createSkatteoppgjoerHendelserClient({
    baseUrl,
    getAccessToken: () => 'bench-token',
  });
  const started = performance.now();
  let events = 0;
  const reader = client.hendelser({ fraSekvensnummer: 1, antall, follow: false });
  for await (const _ of reader) events++;
  return { events, pages: Math.ceil(events / antall) + 1, ms: performance.now() - started };
}

/** What a vendor would write by hand: fetch, parse, step past the last event, stop at 404. */
async function bareLoop(baseUrl: string, antall: number): Promise<Run> {
  const started = performance.now();
  let events = 0;
  let pages = 0;
  let fra = 1;
  for (;;) {
    const response = await fetch(
      `${baseUrl}/v1/hendelser?fraSekvensnummer=${fra}&antall=${antall}`,
      { headers: { authorization: 'Bearer bench-token', accept: 'application/json' } },
    );
    pages++;
    if (response.status === 404) {
      await response.arrayBuffer();
      break;
    }
    const { hendelser } = (await response.json()) as { hendelser: { sekvensnummer: number }[] };
    if (hendelser.length === 0) break;
    for (const hendelse of hendelser) {
      events++;
      fra = hendelse.sekvensnummer + 1;
    }
  }
  return { events, pages, ms: performance.now() - started };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const perSecond = (run: Run) => (run.events / run.ms) * 1000;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US').replaceAll(',', ' ');

async function main(): Promise<void> {
  const module = (await import(pathToFileURL(distEntry).href)) as HendelserModule;
  const port = await freePort();
  const server = startNode(
    [join(repoRoot, 'scripts/bench/feed-server.ts'), String(port), String(count)],
    {
      stdio: 'inherit',
    },
  );
  try {
    const baseUrl = `http://127.0.0.1:${port}/skatteoppgjoerhendelser`;
    await waitForHttp(`${baseUrl}/v1/hendelser?fraSekvensnummer=1&antall=1`, server.child);
    console.log(`${fmt(count)} events, ${rounds} rounds per page size, median of each\n`);
    for (const antall of pageSizes) {
      // One untimed read of each kind: the server serialises its pages, both sides warm up.
      await bareLoop(baseUrl, antall);
      await throughReader(module, baseUrl, antall);
      const reader: Run[] = [];
      const bare: Run[] = [];
      for (let round = 0; round < rounds; round++) {
        reader.push(await throughReader(module, baseUrl, antall));
        bare.push(await bareLoop(baseUrl, antall));
      }
      for (const run of [...reader, ...bare])
        if (run.events !== count) throw new Error(`read ${run.events} events, not ${count}`);
      const r = median(reader.map(perSecond));
      const b = median(bare.map(perSecond));
      const pages = bare[0]?.pages ?? 0;
      console.log(`antall ${antall} (${pages} requests per read)`);
      console.log(`  package reader  ${fmt(r).padStart(12)} events/s`);
      console.log(`  bare fetch loop ${fmt(b).padStart(12)} events/s`);
      console.log(`  ratio           ${((r / b) * 100).toFixed(0).padStart(11)} %\n`);
    }
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
