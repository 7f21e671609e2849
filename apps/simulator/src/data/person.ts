// The identity of a synthetic person: name, address, employers and salary level, exactly as
// @skattedeling/testdata's `createTestPerson(seed, personidentifikator)` gives them, so a vendor's
// test that builds the person with the same seed sees the same person the simulator serves.
import {
  createRng,
  createTestPerson,
  type PersonidentifikatorInfo,
  randomInt,
  syntheticEmployer,
  type TestEmployer,
  type TestEmployment,
  type TestPerson,
} from '@skattedeling/testdata';
import type { Context } from './context.js';

export type Identity = Pick<
  TestPerson,
  'firstName' | 'lastName' | 'address' | 'employers' | 'yearlySalary'
>;

/** Name and address need faker (~50 µs): only the person lookup asks for them. */
export function identityOf(ctx: Context, info: PersonidentifikatorInfo): Identity {
  return createTestPerson(ctx.seed, info.value);
}

export type EconomicIdentity = Pick<TestPerson, 'employers' | 'yearlySalary'>;

const EMPLOYER_POOL = 40;

/**
 * The employers and salary level of `createTestPerson(seed, personidentifikator)` without its
 * faker draws: the same generator (`person-numbers`) and the same steps, so the numbers are equal
 * (person.test.ts compares them) at a fraction of the cost. The generator builds every person-year
 * from these, so they must stay cheap.
 */
export function economicIdentity(seed: string, personidentifikator: string): EconomicIdentity {
  const rng = createRng('person-numbers', seed, personidentifikator);
  const yearlySalary = randomInt(rng, 280, 1_100) * 1_000;
  const main = randomInt(rng, 0, EMPLOYER_POOL - 1);
  const employers: TestEmployment[] = [];
  if (randomInt(rng, 1, 5) === 1) {
    const second = (main + randomInt(rng, 1, EMPLOYER_POOL - 1)) % EMPLOYER_POOL;
    const secondSalary = Math.round((yearlySalary * randomInt(rng, 10, 30)) / 100 / 1_000) * 1_000;
    employers.push({ ...syntheticEmployer(seed, main), yearlySalary: yearlySalary - secondSalary });
    employers.push({ ...syntheticEmployer(seed, second), yearlySalary: secondSalary });
  } else {
    employers.push({ ...syntheticEmployer(seed, main), yearlySalary });
  }
  return { employers, yearlySalary };
}

/** Employer `index` of the seed's pool of 40 (the pool createTestPerson draws from). */
export function poolEmployer(seed: string, index: number): TestEmployer {
  return syntheticEmployer(seed, ((index % EMPLOYER_POOL) + EMPLOYER_POOL) % EMPLOYER_POOL);
}
