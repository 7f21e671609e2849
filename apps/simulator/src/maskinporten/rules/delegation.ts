// altinn.delegation: a supplier asking for a consumer needs the consumer's active Altinn
// delegation for every scope (MP-251). A delegation of any of the API's scopes counts, so old
// delegations of the spesifisert API keep working.
import { delegationGranted } from '../../altinn/rules.js';
import { apiOfScope } from '../../onboarding/apis.js';
import { orgLabel } from '../../onboarding/rules.js';
import type { Delegation } from '../../store/types.js';
import { type GrantContext, type GrantState, need, pass, refuse } from './state.js';

function bestDelegation(
  ctx: GrantContext,
  consumerOrg: string,
  supplierOrg: string,
  scopes: readonly string[],
): Delegation | undefined {
  const found = scopes.map((s) => ctx.findDelegation(consumerOrg, supplierOrg, s));
  // An active one wins; otherwise a revoked one, so the reason can say it was revoked.
  return found.find((d) => d?.status === 'active') ?? found.find((d) => d !== undefined);
}

export function supplierDelegated(g: GrantState, ctx: GrantContext): void {
  const supplierOrg = g.supplierOrg;
  if (supplierOrg === undefined) return;
  const client = need(g, 'client');
  const consumerOrg = need(g, 'consumerOrg');
  const consumerLabel = orgLabel(
    consumerOrg,
    ctx.getOnboarding(consumerOrg) ?? ctx.getOrganisation(consumerOrg),
  );
  const supplierLabel = orgLabel(
    client.orgnr,
    ctx.getOrganisation(client.orgnr) ?? { orgnr: client.orgnr, navn: client.navn },
  );
  for (const scope of need(g, 'scopes')) {
    const api = apiOfScope(scope);
    const found = bestDelegation(ctx, consumerOrg, supplierOrg, api?.scopes ?? [scope]);
    const decision = delegationGranted(found, consumerLabel, supplierLabel, api, scope);
    if (!decision.ok) {
      refuse(
        'altinn.delegation',
        'notDelegated',
        decision.reason,
        `Consumer ${consumerOrg} has not delegated access to the scope ${scope} to supplier ${supplierOrg}.`,
      );
    }
    pass(g, 'altinn.delegation', decision.detail);
  }
}
