// The optional claims the simulator does not act on, checked for shape: authorization_details
// (Altinn system users and consent are not imitated: MP-301 / MP-303), iss_onbehalfof
// (deprecated; Skatteetaten's scopes use consumer_org), pid (11 digits) and resource (URIs,
// as a string or an array: Digdir's own tools send a string although the docs say array).
import { bare } from './quote.js';
import { type GrantState, need, refuse } from './state.js';

const detailTypes: ReadonlySet<string> = new Set(['urn:altinn:systemuser', 'urn:altinn:consent']);

export function noAuthorizationDetails(g: GrantState): void {
  const details = need(g, 'jws').payload.authorization_details;
  if (details === undefined) return;
  const typeOf = (d: unknown) =>
    d !== null && typeof d === 'object' ? (d as { type?: unknown }).type : undefined;
  if (!Array.isArray(details) || details.some((d) => typeof typeOf(d) !== 'string')) {
    refuse(
      'grant.authorization_details',
      'unknownDetailsType',
      'authorization_details must be an array of objects with a type',
    );
  }
  const unknownType = details.map(typeOf).find((t) => !detailTypes.has(t as string));
  if (unknownType !== undefined) {
    refuse(
      'grant.authorization_details',
      'unknownDetailsType',
      `authorization_details type ${bare(unknownType as string)} is unknown`,
    );
  }
  refuse(
    'grant.authorization_details',
    'noSystemUser',
    'the simulator imitates API delegation (consumer_org), not Altinn system users or consent; no system user matches',
  );
}

export function noIssOnBehalfOf(g: GrantState): void {
  if (need(g, 'jws').payload.iss_onbehalfof !== undefined) {
    refuse(
      'grant.iss_onbehalfof',
      'invalidClaim',
      'iss_onbehalfof (deprecated internal delegation) is not supported by Skatteetaten scopes; use consumer_org',
    );
  }
}

export function pidIsPersonNumber(g: GrantState): void {
  const { pid } = need(g, 'jws').payload;
  if (pid !== undefined && (typeof pid !== 'string' || !/^\d{11}$/.test(pid)))
    refuse('grant.pid', 'invalidClaim', 'pid must be an 11-digit person number');
}

export function resourceIsUri(g: GrantState): void {
  const { resource } = need(g, 'jws').payload;
  if (resource === undefined) return;
  const list: unknown[] = Array.isArray(resource) ? resource : [resource];
  if (list.length === 0 || list.some((r) => typeof r !== 'string' || !URL.canParse(r))) {
    refuse(
      'grant.resource',
      'invalidClaim',
      'resource must be an absolute URI or a non-empty array of them',
    );
  }
}
