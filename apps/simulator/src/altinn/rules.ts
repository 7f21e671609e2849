// Altinn "På vegne av" delegation as a rule: a consumer (the municipality) has delegated the
// API's right to the supplier's organisation number, or it has not (Maskinporten MP-251).
import type { ApiInfo } from '../onboarding/apis.js';
import type { Decision } from '../onboarding/rules.js';
import type { Delegation } from '../store/types.js';

export function delegationGranted(
  delegation: Delegation | undefined,
  consumerLabel: string,
  supplierLabel: string,
  api: ApiInfo | undefined,
  scope: string,
): Decision {
  const what = api === undefined ? `scope ${scope}` : api.navn;
  if (delegation === undefined) {
    return {
      ok: false,
      reason: `${consumerLabel} has not delegated ${what} to vendor ${supplierLabel}`,
    };
  }
  if (delegation.status === 'revoked') {
    return {
      ok: false,
      reason: `${consumerLabel} revoked the delegation of ${what} to vendor ${supplierLabel} at ${delegation.revoked ?? 'an earlier time'}`,
    };
  }
  return {
    ok: true,
    detail: `${consumerLabel} has delegated ${what} ("${delegation.rettighet}") to ${supplierLabel}`,
  };
}
