import {
  createTestPerson,
  syntheticDNummer,
  syntheticFoedselsnummer,
} from '@skattedeling/testdata';
import { describe, expect, it } from 'vitest';
import { economicIdentity } from './person.js';

describe('the economic identity', () => {
  it("equals createTestPerson's employers and salary, without drawing name and address", () => {
    const pids = [
      ...Array.from({ length: 300 }, (_, i) =>
        syntheticFoedselsnummer(`eco${i}`, { bornFrom: '1940-01-01', bornTo: '2006-12-31' }),
      ),
      ...Array.from({ length: 30 }, (_, i) => syntheticDNummer(`ecod${i}`)),
    ];
    for (const seed of ['a', 'seed-b'])
      for (const pid of pids) {
        const { employers, yearlySalary } = createTestPerson(seed, pid);
        expect(economicIdentity(seed, pid), pid).toEqual({ employers, yearlySalary });
      }
  });
});
