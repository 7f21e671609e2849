// The identity of a synthetic person: name, address, employers and salary level, exactly as
// @skattedeling/testdata's `createTestPerson(seed, personidentifikator)` gives them, so a vendor's
// test that builds the person with the same seed sees the same person the simulator serves.
import {
  createTestPerson,
  type PersonidentifikatorInfo,
  type TestPerson,
} from '@skattedeling/testdata';
import type { Context } from './context.js';

export type Identity = Pick<
  TestPerson,
  'firstName' | 'lastName' | 'address' | 'employers' | 'yearlySalary'
>;

export function identityOf(ctx: Context, info: PersonidentifikatorInfo): Identity {
  return createTestPerson(ctx.seed, info.value);
}
