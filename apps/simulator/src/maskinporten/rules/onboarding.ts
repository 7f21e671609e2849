// onboarding: the consumer has signed the tilslutningserklæring and has the påkobling for every
// scope's API (MP-250). Checked before the delegation, as in Digdir's order.
import { apiOfScope } from '../../onboarding/apis.js';
import { scopeGranted } from '../../onboarding/rules.js';
import { type GrantContext, type GrantState, need, pass, refuse } from './state.js';

export function consumerGranted(g: GrantState, ctx: GrantContext): void {
  const consumerOrg = need(g, 'consumerOrg');
  for (const scope of need(g, 'scopes')) {
    const api = apiOfScope(scope);
    if (api === undefined) continue;
    const granted = scopeGranted(
      consumerOrg,
      ctx.getOnboarding(consumerOrg),
      ctx.getOrganisation(consumerOrg),
      api,
    );
    if (!granted.ok) {
      refuse(
        'onboarding',
        'notGranted',
        granted.reason,
        `Consumer has not been granted access to the scope ${scope}.`,
      );
    }
    pass(g, 'onboarding', granted.detail);
  }
}
