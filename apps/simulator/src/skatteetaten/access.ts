// Access of the support services (event lists, Siste tilgjengelige): no rights package and no
// grant of their own; the consumer needs the påkobling of the lookup API they belong to
// (`tilgangVia` in the API's descriptor). Refused with the shared DAS-008.
import type { Context, VerifiedToken } from '../context.js';
import type { Exchange } from '../http/exchange.js';
import { apiInfo } from '../onboarding/apis.js';
import { scopeGranted } from '../onboarding/rules.js';
import type { ApiId } from '../store/types.js';
import type { Format } from './negotiate.js';
import { sendFeil } from './respond.js';

export function supportAccess(
  ctx: Context,
  x: Exchange,
  via: ApiId,
  f: Format,
  token: VerifiedToken,
): boolean {
  const consumerOrg = token.consumerOrg as string;
  const decision = scopeGranted(
    consumerOrg,
    ctx.store.getOnboarding(x.testRun, consumerOrg),
    ctx.store.getOrganisation(consumerOrg),
    apiInfo[via],
  );
  if (!decision.ok) {
    sendFeil(x, f, 'DAS-008', decision.reason);
    return false;
  }
  x.pass('paakobling', decision.detail);
  return true;
}
