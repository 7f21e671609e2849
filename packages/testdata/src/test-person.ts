// A deterministic test person: a pure function of (seed, personidentifikator). Names and
// addresses come from @faker-js/faker's Norwegian locale, seeded from a SHA-256 of the inputs,
// so the same inputs give the same person on every machine (for a given faker version, which
// the workspace pins).
import { base, en, Faker, nb_NO } from '@faker-js/faker';
import { InvalidIdentifierError } from './errors.js';
import type { Organisasjonsnummer } from './organisasjonsnummer.js';
import {
  type Personidentifikator,
  type PersonidentifikatorKind,
  parsePersonidentifikator,
  type Sex,
} from './personidentifikator.js';
import { createRng, hashWords, randomInt } from './random.js';
import { syntheticOrganisasjonsnummer } from './synthetic.js';

export interface TestEmployer {
  /** The legal entity (juridisk enhet), the Inntekt API's `opplysningspliktigId`. */
  readonly organisasjonsnummer: Organisasjonsnummer;
  /** The sub-unit where the person works (underenhet), the Inntekt API's `virksomhetId`. */
  readonly virksomhetsnummer: Organisasjonsnummer;
  /** Tenor-style name: two adjectives, an animal and a legal form, upper case. */
  readonly name: string;
}

export interface TestEmployment extends TestEmployer {
  /** Gross yearly salary from this employer in whole kroner. */
  readonly yearlySalary: number;
}

export interface TestPerson {
  readonly personidentifikator: Personidentifikator;
  readonly kind: PersonidentifikatorKind;
  readonly synthetic: boolean;
  /** `YYYY-MM-DD`, as encoded in the personidentifikator. */
  readonly birthDate: string;
  /** As encoded in the personidentifikator. */
  readonly sex: Sex;
  readonly firstName: string;
  readonly lastName: string;
  readonly fullName: string;
  readonly address: {
    readonly streetAddress: string;
    readonly postalCode: string;
    readonly city: string;
  };
  /** One or two employers; the first is the main one. */
  readonly employers: readonly TestEmployment[];
  /** Gross yearly salary over all employers, whole kroner. */
  readonly yearlySalary: number;
}

export interface TestPersonOptions {
  /** Employers are drawn from a pool of this many per seed, so persons share employers. Default 40. */
  readonly employerPoolSize?: number;
}

/** A faker instance with the Norwegian locale (English and base as fallbacks), seeded by the parts. */
export function seededFaker(...parts: Array<string | number | boolean>): Faker {
  const faker = new Faker({ locale: [nb_NO, en, base] });
  faker.seed(hashWords(...parts));
  return faker;
}

// Building a Faker with the nb_NO locale costs far more than drawing from one, and test data is
// generated on request paths (the simulator). Reseeding gives the same draws as a fresh instance
// with that seed, and `draw` runs synchronously, so no caller can observe another's seed.
let shared: Faker | undefined;
function drawSeeded<T>(parts: Array<string | number | boolean>, draw: (faker: Faker) => T): T {
  shared ??= new Faker({ locale: [nb_NO, en, base] });
  shared.seed(hashWords(...parts));
  return draw(shared);
}

// An employer is a pure function of (seed, index), so it is safe to remember. Bounded, because a
// long-running process may see many seeds.
const employerCache = new Map<string, TestEmployer>();
const employerCacheLimit = 10_000;

/**
 * Employer number `index` of the pool for `seed`: the same seed and index always give the same
 * organisation numbers and name, so different persons can work for the same employer.
 */
export function syntheticEmployer(seed: string | number, index: number): TestEmployer {
  if (!Number.isInteger(index) || index < 0)
    throw new RangeError(`employer index must be a non-negative integer, got ${index}`);
  const key = `${typeof seed}:${seed}:${index}`;
  const cached = employerCache.get(key);
  if (cached !== undefined) return cached;
  const rng = createRng('employer', seed, index);
  const name = drawSeeded(['employer-name', seed, index], (faker) => {
    const first = faker.word.adjective();
    let second = faker.word.adjective();
    for (let i = 0; second === first && i < 10; i++) second = faker.word.adjective();
    return `${first} ${second} ${faker.animal.type()} AS`.toLocaleUpperCase('nb-NO');
  });
  const employer: TestEmployer = Object.freeze({
    organisasjonsnummer: syntheticOrganisasjonsnummer(rng, { firstDigit: 3 }),
    virksomhetsnummer: syntheticOrganisasjonsnummer(rng, { firstDigit: 3 }),
    name,
  });
  if (employerCache.size >= employerCacheLimit) employerCache.clear();
  employerCache.set(key, employer);
  return employer;
}

/**
 * The test person for a personidentifikator under a seed. Throws `InvalidIdentifierError` when
 * the number is not a valid fødselsnummer or D-nummer. Real (non-synthetic) numbers are
 * accepted, but the person is invented all the same.
 */
export function createTestPerson(
  seed: string | number,
  personidentifikator: string,
  options: TestPersonOptions = {},
): TestPerson {
  const parsed = parsePersonidentifikator(personidentifikator);
  if (!parsed.ok)
    throw new InvalidIdentifierError('personidentifikator', personidentifikator, parsed.reason);
  const poolSize = options.employerPoolSize ?? 40;
  if (!Number.isInteger(poolSize) || poolSize < 2)
    throw new RangeError(`employerPoolSize must be an integer >= 2, got ${poolSize}`);

  const { firstName, lastName, address } = drawSeeded(
    ['person', seed, personidentifikator],
    (faker) => ({
      firstName: faker.person.firstName(parsed.sex),
      lastName: faker.person.lastName(),
      address: {
        streetAddress: faker.location.streetAddress(),
        postalCode: faker.location.zipCode('####'),
        city: faker.location.city(),
      },
    }),
  );
  const rng = createRng('person-numbers', seed, personidentifikator);

  const yearlySalary = randomInt(rng, 280, 1_100) * 1_000;
  const main = randomInt(rng, 0, poolSize - 1);
  const employers: TestEmployment[] = [];
  // About one in five has a second, smaller job at a different employer.
  if (randomInt(rng, 1, 5) === 1) {
    const second = (main + randomInt(rng, 1, poolSize - 1)) % poolSize;
    const secondSalary = Math.round((yearlySalary * randomInt(rng, 10, 30)) / 100 / 1_000) * 1_000;
    employers.push({ ...syntheticEmployer(seed, main), yearlySalary: yearlySalary - secondSalary });
    employers.push({ ...syntheticEmployer(seed, second), yearlySalary: secondSalary });
  } else {
    employers.push({ ...syntheticEmployer(seed, main), yearlySalary });
  }

  return {
    personidentifikator: parsed.value,
    kind: parsed.kind,
    synthetic: parsed.synthetic,
    birthDate: parsed.birthDate,
    sex: parsed.sex,
    firstName,
    lastName,
    fullName: `${firstName} ${lastName}`,
    address,
    employers,
    yearlySalary,
  };
}
