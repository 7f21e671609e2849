// grant.consumer_org: the legal consumer. With consumer_org (9 digits, not the client's own
// organisation) the client is a supplier asking on the consumer's behalf through Altinn
// delegation; without it the client's own organisation is the consumer.
import { quote } from './quote.js';
import { type GrantState, need, refuse } from './state.js';

export function consumerOrganisation(g: GrantState): void {
  const client = need(g, 'client');
  const consumerOrg = need(g, 'jws').payload.consumer_org;
  if (consumerOrg === undefined) {
    g.consumerOrg = client.orgnr;
    return;
  }
  if (typeof consumerOrg !== 'string' || !/^\d{9}$/.test(consumerOrg)) {
    refuse(
      'grant.consumer_org',
      'consumerOrgFormat',
      `consumer_org must be a 9-digit organisation number as a string, got ${quote(consumerOrg)}`,
    );
  }
  if (consumerOrg === client.orgnr) {
    refuse(
      'grant.consumer_org',
      'consumerOrgOwn',
      `consumer_org ${consumerOrg} is the client's own organisation; leave consumer_org out to ask for yourself`,
    );
  }
  g.consumerOrg = consumerOrg;
  g.supplierOrg = client.orgnr;
}
