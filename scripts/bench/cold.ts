// The cold path of the simulator's benchmark (simulator.ts): a round over many distinct
// person-years, as vendors' suites and load tests touch many persons, each a few times, and
// Stoplight Prism's static mock of the same contract as a baseline.
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { startPrismMock } from '../lib/prism.ts';
import { repoRoot } from '../lib/run.ts';
import { freePort, waitForHttp } from '../lib/simulator.ts';

/**
 * Today's years, which vendors ask for most: every adult born 1950–1995 has an oppgjoer for each
 * of them by BENCH_TODAY, the data clock the benchmark's simulator and data source run on (a fixed
 * day, so a run gives the same bodies whenever it is made).
 */
export const COLD_YEARS = [2022, 2023, 2024, 2025] as const;
export const BENCH_TODAY = '2026-12-15';

/** Each person-year is asked this many times, in blocks of this many person-years. */
const VISITS = 3;
const BLOCK = 500;

/** Synthetic fødselsnumre of adults, enough for `personYears` over COLD_YEARS. */
export async function coldPersons(personYears: number, tag = 'cold'): Promise<string[]> {
  const { syntheticFoedselsnummer } = (await import(
    join(repoRoot, 'packages/testdata/dist/index.js')
  )) as {
    syntheticFoedselsnummer: (seed: string, o: { bornFrom: string; bornTo: string }) => string;
  };
  const count = Math.ceil(personYears / COLD_YEARS.length);
  return Array.from({ length: count }, (_, i) =>
    syntheticFoedselsnummer(`${tag}${i}`, { bornFrom: '1950-01-01', bornTo: '1995-12-31' }),
  );
}

/**
 * The request paths of the round: every person-year `VISITS` times; a block of person-years is
 * finished before the next starts, so repeats come soon after the first (cold) request, as a
 * suite's do, and the tokens are reused throughout.
 */
export function coldPaths(prefix: string, pids: readonly string[]): string[] {
  const personYears = pids.flatMap((pid) => COLD_YEARS.map((year) => `${prefix}/${year}/${pid}`));
  const paths: string[] = [];
  for (let start = 0; start < personYears.length; start += BLOCK) {
    const block = personYears.slice(start, start + BLOCK);
    for (let v = 0; v < VISITS; v++) paths.push(...block);
  }
  return paths;
}

/** autocannon options that send `paths` in order: once each, or round and round for `duration`. */
export function roundOptions(
  base: string,
  paths: readonly string[],
  headers: Record<string, string>,
  duration?: number,
): autocannon.Options {
  let next = 0;
  return {
    url: base,
    ...(duration === undefined ? { amount: paths.length } : { duration }),
    requests: [
      {
        method: 'GET',
        headers,
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }),
      },
    ],
  };
}

interface Measured {
  rps: number;
}

/**
 * Warms the simulator up on other persons (the code, not the cache), sends the round over
 * `personYears` distinct person-years, then loads Prism's mock with the same paths for `duration`.
 */
export async function coldRound<L extends Measured>(o: {
  base: string;
  /** The simulator's process group, for load's CPU reading. */
  server: number;
  headers: Record<string, string>;
  personYears: number;
  duration: number;
  load: (options: autocannon.Options, server: number) => Promise<L>;
  helpers: { stop(): Promise<unknown> }[];
}): Promise<{ distinct: L; prism: L; personYears: number }> {
  const { base, headers, load } = o;
  const prefix = '/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling';
  const warm = coldPaths(prefix, await coldPersons(4000, 'warm'));
  await load(roundOptions(base, warm, headers), o.server);
  const pids = await coldPersons(o.personYears);
  const distinct = await load(roundOptions(base, coldPaths(prefix, pids), headers), o.server);
  const port = await freePort();
  const prism = startPrismMock('contracts/skatteetaten/summert-skattegrunnlag/openapi.yaml', port);
  o.helpers.push(prism);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/v2/oppgjoer/kommuneforeldrebetaling/2025/${pids[0]}`, prism.child, {
    headers,
    ok: false,
  });
  const paths = coldPaths('/v2/oppgjoer/kommuneforeldrebetaling', pids);
  await load(roundOptions(url, paths, headers, 2), prism.pid);
  const prismLoad = await load(roundOptions(url, paths, headers, o.duration), prism.pid);
  await prism.stop();
  return { distinct, prism: prismLoad, personYears: pids.length * COLD_YEARS.length };
}
