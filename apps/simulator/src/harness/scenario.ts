// use(): what one test arranges for itself, through the admin API in dependency order (an
// organisation before its client, onboarding before a delegation that needs it, data, faults).
import type { SimulatorAdmin } from '../generated/admin/sdk.gen.js';
import type { AltinnAdmin } from '../generated/altinn/sdk.gen.js';
import type { Scenario } from './types.js';

export async function applyScenario(
  admin: SimulatorAdmin,
  altinn: AltinnAdmin,
  scenario: Scenario,
): Promise<void> {
  const throwOnError = true;
  for (const [orgnr, body] of Object.entries(scenario.organisations ?? {}))
    await admin.putOrganisation({ path: { orgnr }, body, throwOnError });
  for (const body of scenario.clients ?? []) await admin.createClient({ body, throwOnError });
  for (const [orgnr, body] of Object.entries(scenario.onboarding ?? {}))
    await admin.putOnboarding({ path: { orgnr }, body, throwOnError });
  for (const body of scenario.delegations ?? [])
    await altinn.createDelegation({ body, throwOnError });
  for (const [personidentifikator, body] of Object.entries(scenario.fixtures ?? {}))
    await admin.putFixture({ path: { personidentifikator }, body, throwOnError });
  for (const body of scenario.faults ?? []) await admin.addFault({ body, throwOnError });
}
