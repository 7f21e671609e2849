// The grant rules in the order Maskinporten applies them (Digdir's documentation of the JWT
// grant and Altinn's of delegation, as contracts/maskinporten and contracts/altinn describe
// them): form, then who signed and with what, then the claims, then replay, then what the client
// may ask for. The first rule that refuses decides the answer.
import { rsaAlgorithm } from './alg.js';
import { audIsTheIssuer } from './aud.js';
import { onlyDocumentedClaims } from './claims.js';
import { registeredClient } from './client.js';
import { consumerOrganisation } from './consumer.js';
import { noCriticalExtensions } from './crit.js';
import { supplierDelegated } from './delegation.js';
import { compactJws } from './format.js';
import { headerMembersWellFormed } from './header.js';
import { notReplayed } from './jti.js';
import { signingKey } from './key.js';
import { consumerGranted } from './onboarding.js';
import {
  noAuthorizationDetails,
  noIssOnBehalfOf,
  pidIsPersonNumber,
  resourceIsUri,
} from './optional-claims.js';
import { scopesRegistered } from './scope.js';
import { signatureVerifies } from './signature.js';
import type { GrantRule } from './state.js';
import { timeWithinLimits } from './time.js';

export const grantRules: readonly GrantRule[] = [
  compactJws,
  rsaAlgorithm,
  noCriticalExtensions,
  headerMembersWellFormed,
  registeredClient,
  signingKey,
  signatureVerifies,
  onlyDocumentedClaims,
  audIsTheIssuer,
  timeWithinLimits,
  notReplayed,
  scopesRegistered,
  noAuthorizationDetails,
  noIssOnBehalfOf,
  pidIsPersonNumber,
  resourceIsUri,
  consumerOrganisation,
  consumerGranted,
  supplierDelegated,
];
