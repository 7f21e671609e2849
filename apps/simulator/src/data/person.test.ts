import {
  createTestPerson,
  parsePersonidentifikator,
  syntheticDNummer,
  syntheticFoedselsnummer,
} from '@skattedeling/testdata';
import { describe, expect, it } from 'vitest';
import { createContext } from './context.js';
import { identityOf } from './person.js';

describe('person identity', () => {
  it('is exactly @skattedeling/testdata createTestPerson, so vendors can build the same person', () => {
    for (const seed of ['demo', 'another seed']) {
      const ctx = createContext(seed);
      const pids = [
        ...Array.from({ length: 150 }, (_, i) => syntheticFoedselsnummer(`p${i}`)),
        ...Array.from({ length: 50 }, (_, i) => syntheticDNummer(`d${i}`)),
      ];
      for (const pid of pids) {
        const info = parsePersonidentifikator(pid);
        if (!info.ok) throw new Error(info.reason);
        const mine = identityOf(ctx, info);
        const theirs = createTestPerson(seed, pid);
        expect(mine).toEqual({
          firstName: theirs.firstName,
          lastName: theirs.lastName,
          address: theirs.address,
          employers: theirs.employers,
          yearlySalary: theirs.yearlySalary,
        });
      }
    }
  });
});
