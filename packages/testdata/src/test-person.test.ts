import { describe, expect, it } from 'vitest';
import { isOrganisasjonsnummer, parseOrganisasjonsnummer } from './organisasjonsnummer.js';
import { createRng } from './random.js';
import { syntheticDNummer, syntheticFoedselsnummer } from './synthetic.js';
import { createTestPerson, syntheticEmployer } from './test-person.js';

describe('createTestPerson', () => {
  it('is a pure function of (seed, personidentifikator)', () => {
    const person = createTestPerson('demo', '16822548834');
    expect(createTestPerson('demo', '16822548834')).toEqual(person);
    expect(createTestPerson('other', '16822548834')).not.toEqual(person);
    // Golden value: pins faker's seeding and locale data together with our hashing.
    expect(person).toMatchObject({
      firstName: 'Hanna',
      lastName: 'Lie',
      birthDate: '1925-02-16',
      sex: 'female',
      yearlySalary: 562000,
      employers: [
        { name: 'STRENG ORDENTLIG FROSK AS', organisasjonsnummer: '368783471' },
        { name: 'MULIG SKARP MÅKE AS' },
      ],
    });
  });

  it('agrees with the personidentifikator on birth date, sex and kind', () => {
    const rng = createRng('persons');
    for (let i = 0; i < 100; i++) {
      const sex = i % 2 === 0 ? 'female' : 'male';
      const id =
        i % 3 === 0 ? syntheticDNummer(rng, { sex }) : syntheticFoedselsnummer(rng, { sex });
      const person = createTestPerson(7, id);
      expect(person.personidentifikator).toBe(id);
      expect(person.sex).toBe(sex);
      expect(person.kind).toBe(i % 3 === 0 ? 'dnr' : 'fnr');
      expect(person.synthetic).toBe(true);
      expect(person.fullName).toBe(`${person.firstName} ${person.lastName}`);
      expect(person.address.postalCode).toMatch(/^\d{4}$/);
    }
  });

  it('gives valid synthetic employers whose salaries add up', () => {
    const rng = createRng('employers');
    for (let i = 0; i < 100; i++) {
      const person = createTestPerson('seed', syntheticFoedselsnummer(rng));
      expect(person.employers.length).toBeGreaterThanOrEqual(1);
      expect(person.employers.reduce((sum, e) => sum + e.yearlySalary, 0)).toBe(
        person.yearlySalary,
      );
      for (const employer of person.employers) {
        expect(parseOrganisasjonsnummer(employer.organisasjonsnummer)).toMatchObject({
          ok: true,
          synthetic: true,
        });
        expect(isOrganisasjonsnummer(employer.virksomhetsnummer)).toBe(true);
        expect(employer.name).toMatch(/^[A-ZÆØÅ]+ [A-ZÆØÅ]+ [A-ZÆØÅ]+ AS$/);
        expect(employer.yearlySalary).toBeGreaterThan(0);
        expect(employer.yearlySalary % 1000).toBe(0);
      }
    }
  });

  it('shares employers between persons of the same seed', () => {
    expect(syntheticEmployer('seed', 3)).toEqual(syntheticEmployer('seed', 3));
    const names = new Set<string>();
    const rng = createRng('share');
    for (let i = 0; i < 60; i++)
      names.add(
        createTestPerson('seed', syntheticFoedselsnummer(rng), { employerPoolSize: 5 }).employers[0]
          ?.name ?? '',
      );
    expect(names.size).toBeLessThanOrEqual(5);
  });

  it('refuses an invalid personidentifikator with the reason', () => {
    expect(() => createTestPerson('seed', '12345678901')).toThrow(
      /not a valid personidentifikator: .*check digit/,
    );
  });
});
