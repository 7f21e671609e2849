// The identity of a synthetic person: name, address, employers and salary level, exactly as
// @skattedeling/testdata's `createTestPerson(seed, personidentifikator)` gives them, so a vendor's
// test that builds the person with the same seed sees the same person the simulator serves.
//
// Why not call createTestPerson: it builds three faker instances per call (~0.2 ms), which is most
// of the budget of one request. This draws the same values from the data source's one reseeded
// faker instance and the seed's employer table (~0.02 ms). person.test.ts compares the two over
// many persons, so any change in testdata that would make them differ fails the build.
import {
  createRng,
  hashWords,
  type PersonidentifikatorInfo,
  randomInt,
  type TestEmployment,
} from '@skattedeling/testdata';
import { type Context, EMPLOYER_POOL_SIZE } from './context.js';

export interface Identity {
  readonly firstName: string;
  readonly lastName: string;
  readonly address: {
    readonly streetAddress: string;
    readonly postalCode: string;
    readonly city: string;
  };
  /** One or two employers; the first is the main one. */
  readonly employers: readonly TestEmployment[];
  /** Gross yearly salary over all employers (testdata's reference level). */
  readonly yearlySalary: number;
}

export function identityOf(ctx: Context, info: PersonidentifikatorInfo): Identity {
  const pid = info.value;
  const { firstName, lastName, address } = ctx.withSeededFaker(
    hashWords('person', ctx.seed, pid),
    (faker) => ({
      firstName: faker.person.firstName(info.sex),
      lastName: faker.person.lastName(),
      address: {
        streetAddress: faker.location.streetAddress(),
        postalCode: faker.location.zipCode('####'),
        city: faker.location.city(),
      },
    }),
  );
  const rng = createRng('person-numbers', ctx.seed, pid);
  const yearlySalary = randomInt(rng, 280, 1_100) * 1_000;
  const main = randomInt(rng, 0, EMPLOYER_POOL_SIZE - 1);
  const employer = (index: number) => ctx.employers[index] as (typeof ctx.employers)[number];
  const employers: TestEmployment[] = [];
  if (randomInt(rng, 1, 5) === 1) {
    const second = (main + randomInt(rng, 1, EMPLOYER_POOL_SIZE - 1)) % EMPLOYER_POOL_SIZE;
    const secondSalary = Math.round((yearlySalary * randomInt(rng, 10, 30)) / 100 / 1_000) * 1_000;
    employers.push({ ...employer(main), yearlySalary: yearlySalary - secondSalary });
    employers.push({ ...employer(second), yearlySalary: secondSalary });
  } else {
    employers.push({ ...employer(main), yearlySalary });
  }
  return { firstName, lastName, address, employers, yearlySalary };
}
