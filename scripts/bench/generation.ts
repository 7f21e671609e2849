// Data generation behind the answer cache, measured in a process of its own (simulator.ts runs
// this file, so the load generator's heap and JIT state stay out of it): what a person-year
// nobody asked for before costs, without HTTP. CPU time (process.cpuUsage: this thread and the
// garbage collector's threads), so a busy shared machine moves it less than wall time; min and
// median of rounds over fresh persons, after a warm-up.
// Usage: node scripts/bench/generation.ts   (prints the GenerationCost as JSON)
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../lib/run.ts';
import { BENCH_TODAY, COLD_YEARS, coldPersons } from './cold.ts';

interface Source {
  summertSkattegrunnlag(pid: string, year: number, stadie: string): unknown;
  inntekter(pid: string, from: string, to: string): unknown;
}

export interface Spread {
  readonly min: number;
  readonly median: number;
}

export interface GenerationCost {
  readonly rounds: number;
  readonly persons: number;
  /** One Summert skattegrunnlag year of a new person, the person's profile built with it. */
  readonly newPersonYear: Spread;
  /** Each of a new person's COLD_YEARS in turn, as the distinct-persons round asks them. */
  readonly yearOfFour: Spread;
  /** Twelve months of Inntekt of a new person. */
  readonly inntektYear: Spread;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0] ?? Number.NaN,
    median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
  };
}

/** Microseconds of CPU per call of `each` over `items`. */
function perCall<T>(items: readonly T[], calls: number, each: (item: T) => void): number {
  const started = cpuMs();
  for (const item of items) each(item);
  return ((cpuMs() - started) * 1000) / calls;
}

/**
 * Measures the built data module over `rounds` × `persons` new persons; `dataModule` names
 * another build's `data/index.js` to compare two builds side by side.
 */
export async function generationCost({
  rounds = 7,
  persons = 2000,
  dataModule = join(repoRoot, 'apps/simulator/dist/data/index.js'),
} = {}): Promise<GenerationCost> {
  const { createDataSource } = (await import(dataModule)) as {
    createDataSource: (o: { seed: string; today: () => Date }) => Source;
  };
  const today = new Date(`${BENCH_TODAY}T12:00:00Z`);
  const source = createDataSource({ seed: 'bench', today: () => today });
  const fresh = (tag: string) => coldPersons(persons * COLD_YEARS.length, tag);
  const ssg = (pid: string, year: number) => source.summertSkattegrunnlag(pid, year, 'oppgjoer');
  const allYears = (pid: string) => {
    for (const year of COLD_YEARS) ssg(pid, year);
  };
  const inntekt = (pid: string) => source.inntekter(pid, '2025-01', '2025-12');
  // Warm-up: the same calls over twice as many persons, so the measured rounds run optimised code.
  for (const tag of ['gen-warm', 'gen-warm2'])
    for (const pid of await fresh(tag)) {
      ssg(pid, 2025);
      allYears(pid);
      inntekt(pid);
    }
  const one: number[] = [];
  const four: number[] = [];
  const months: number[] = [];
  for (let r = 0; r < rounds; r++) {
    one.push(perCall(await fresh(`gen-one${r}-`), persons, (pid) => ssg(pid, 2025)));
    four.push(perCall(await fresh(`gen-four${r}-`), persons * COLD_YEARS.length, allYears));
    months.push(perCall(await fresh(`gen-inntekt${r}-`), persons, inntekt));
  }
  return {
    rounds,
    persons,
    newPersonYear: spread(one),
    yearOfFour: spread(four),
    inntektYear: spread(months),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(JSON.stringify(await generationCost()));
