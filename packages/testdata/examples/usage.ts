// The README's examples, type-checked in CI.
import {
  createRng,
  createTestPerson,
  parsePersonidentifikator,
  syntheticFoedselsnummer,
  syntheticOrganisasjonsnummer,
} from '@skattedeling/testdata';

const fnr = syntheticFoedselsnummer('my-test', { birthDate: '1987-06-05', sex: 'female' });
const parsed = parsePersonidentifikator(fnr);
if (parsed.ok) console.log(parsed.kind, parsed.synthetic, parsed.birthDate);

const refused = parsePersonidentifikator('16822548834x');
if (!refused.ok) console.log(refused.reason);

const orgnr = syntheticOrganisasjonsnummer('my-test');
const person = createTestPerson('demo', '16822548834');
console.log(orgnr, person.fullName, person.employers[0]?.name, person.yearlySalary);

const rng = createRng('batch-1');
const hundred = Array.from({ length: 100 }, () => syntheticFoedselsnummer(rng));
console.log(hundred.length);
