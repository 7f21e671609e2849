export {
  type AccessTokenProviderOptions,
  createMaskinportenClient,
  getAccessTokenProvider,
  MAX_GRANT_LIFETIME_SECONDS,
  type MaskinportenClient,
  type MaskinportenClientOptions,
  type MaskinportenToken,
  maskinportenIssuers,
} from './client.js';
export { maskinportenSchema, maskinportenValidator } from './contract.js';
export {
  type ClientErrorCode,
  findMpCode,
  findTraceId,
  isMaskinportenError,
  MaskinportenError,
  type MaskinportenErrorInit,
} from './errors.js';
export type {
  AccessTokenClaims,
  AccessTokenHeader,
  AuthorizationDetail,
  AuthorizationServerMetadata,
  GrantClaims,
  GrantHeader,
  Jwk,
  Jwks,
  OAuthError,
  OAuthErrorCode,
  OrganizationIdentifier,
  TokenRequest,
  TokenResponse,
} from './generated/maskinporten/types.gen.js';
export { type GrantAlgorithm, type GrantInput, grantParts, signGrant } from './grant.js';
export {
  type CertificateKey,
  type Pkcs12Key,
  type PrivateKeyInput,
  type RegisteredKey,
  type ResolvedKey,
  resolveKey,
  type SigningKey,
  x5cFromPem,
} from './keys.js';
export { isOrgnr, orgId, orgnrFromId } from './orgnr.js';
export { type Pkcs12Contents, readPkcs12 } from './pkcs12.js';
export { normaliseIssuer, type TokenRequestOptions } from './request.js';
