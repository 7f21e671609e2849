// `householdProfiles` is written out in this package (it must not read the simulator at run
// time), so this test holds it to the simulator's admin contract: the `Profile` enum of
// contracts/simulator/openapi.yaml, less `child` (children have no tax assessment to find).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { householdProfiles } from './params.js';

const contract = readFileSync(
  new URL('../../../../contracts/simulator/openapi.yaml', import.meta.url),
  'utf8',
);

/** The `enum` list of a top-level schema under components.schemas (4-space indented names). */
function schemaEnum(yaml: string, schema: string): string[] {
  const lines = yaml.split('\n');
  const start = lines.indexOf(`    ${schema}:`);
  if (start === -1) throw new Error(`no schema ${schema} in the contract`);
  const values: string[] = [];
  let inEnum = false;
  for (const line of lines.slice(start + 1)) {
    if (/^ {0,4}\S/.test(line)) break; // the next schema
    if (/^ {6}enum:\s*$/.test(line)) inEnum = true;
    else if (inEnum && /^ {8}- /.test(line)) values.push(line.slice(10).trim());
    else if (inEnum) inEnum = false;
  }
  return values;
}

describe('householdProfiles', () => {
  it('are the admin contract’s Profile enum less child, in its order', () => {
    const profiles = schemaEnum(contract, 'Profile');
    expect(profiles).toContain('child');
    expect([...householdProfiles]).toEqual(profiles.filter((p) => p !== 'child'));
  });
});
