// Maskinporten's refusals as the real service words them (the error catalogue in
// contracts/maskinporten/openapi.yaml, from Digdir's troubleshooting page).
// The body is exactly the OAuth error body; the simulator's own explanation travels separately
// (journal and the x-skattedeling-simulator-reason header).
import { randomBytes } from 'node:crypto';

export interface MpError {
  readonly status: number;
  readonly error: string;
  /** The MP code, when Digdir's catalogue has one (it becomes error_uri). */
  readonly code?: string;
  readonly description: string;
}

const e = (status: number, error: string, description: string, code?: string): MpError =>
  code === undefined ? { status, error, description } : { status, error, description, code };

export const mpErrors = {
  notForm: e(
    400,
    'invalid_request',
    'Invalid request. Content-Type must be application/x-www-form-urlencoded',
  ),
  missingGrantType: e(400, 'invalid_request', 'Missing grant_type'),
  unsupportedGrantType: e(400, 'unsupported_grant_type', 'Unsupported grant type'),
  missingAssertion: e(400, 'invalid_request', 'Missing assertion'),
  duplicateParameter: e(400, 'invalid_request', 'Invalid request. Repeated parameter'),
  malformed: e(400, 'invalid_request', 'Invalid assertion. Invalid parameter value', 'MP-011'),
  replay: e(400, 'invalid_grant', 'Grant is used before', 'MP-012'),
  clientNotFound: e(
    400,
    'invalid_grant',
    'Invalid assertion. Client authentication failed. Client not found',
    'MP-100',
  ),
  aud: e(
    400,
    'invalid_grant',
    'Invalid assertion. Client authentication failed. Invalid JWT claim aud',
    'MP-110',
  ),
  badCertificate: e(
    400,
    'invalid_grant',
    'Invalid assertion. Client authentication failed. The JWT is signed with an invalid certificate.',
    'MP-120',
  ),
  expiredKey: e(
    400,
    'invalid_grant',
    'Invalid assertion. Client authentication failed. Expired key',
    'MP-121',
  ),
  certOrgnr: e(
    400,
    'invalid_grant',
    'Invalid JWT. Invalid organization number for client. Does not match certificate orgno',
    'MP-122',
  ),
  x5cFormat: e(400, 'invalid_grant', 'Invalid JWT header x5c', 'MP-123'),
  signature: e(
    400,
    'invalid_grant',
    'Invalid assertion. Client authentication failed. Invalid JWT signature.',
    'MP-124',
  ),
  expired: e(400, 'invalid_grant', 'JWT is expired', 'MP-130'),
  iatFuture: e(400, 'invalid_grant', 'Issue time is after now'),
  lifetime: e(400, 'invalid_grant', 'JWT has too long lifetime.'),
  missingIat: e(400, 'invalid_grant', 'Invalid assertion. Missing or invalid claim iat'),
  missingExp: e(400, 'invalid_grant', 'Invalid assertion. Missing or invalid claim exp'),
  missingJti: e(400, 'invalid_grant', 'Invalid assertion. Missing claim jti'),
  unknownKid: e(
    400,
    'invalid_grant',
    'Invalid assertion. Client authentication failed. Unknown key identifier (kid) for client.',
  ),
  requiresJwk: e(
    400,
    'invalid_grant',
    'Invalid assertion. Client authentication failed. Invalid JWT. The client requires pre-registered jwk and no key identifier (kid) provided',
  ),
  kidAndX5c: e(
    400,
    'invalid_grant',
    'Invalid assertion. Client authentication failed. Invalid JWT header: exactly one of kid and x5c must be present',
  ),
  unknownClaims: e(
    400,
    'invalid_grant',
    'Invalid assertion. The JWT contains claims that are not allowed',
  ),
  invalidClaim: e(400, 'invalid_grant', 'Invalid assertion. Invalid JWT claim'),
  missingScope: e(400, 'invalid_scope', 'Missing scope in JWT'),
  scopeNotAllowed: e(
    400,
    'invalid_scope',
    'Token request contains invalid scopes for client',
    'MP-200',
  ),
  consumerOrgOwn: e(
    400,
    'invalid_request',
    'Validation of JWT claim failed: The combination consumer_org in claim and delegation scope on client is invalid',
  ),
  consumerOrgFormat: e(
    400,
    'invalid_request',
    'Validation of JWT claim failed: consumer_org must be a 9-digit organisation number',
  ),
  notGranted: e(403, 'forbidden', 'Consumer has not been granted access to the scope', 'MP-250'),
  notDelegated: e(403, 'forbidden', 'Consumer has not delegated access to the scope', 'MP-251'),
  unknownDetailsType: e(
    400,
    'invalid_authorization_details',
    'Unknown authorization details type',
    'MP-301',
  ),
  noSystemUser: e(
    400,
    'invalid_altinn_customer_configuration',
    'Invalid authorization details values. No system user found',
    'MP-303',
  ),
  notFound: e(404, 'invalid_request', 'Not found'),
  methodNotAllowed: e(405, 'invalid_request', 'Method not allowed'),
  tooLarge: e(400, 'invalid_request', 'Invalid request. Request body too large'),
  // The simulator's own limit: its replay cache is full of grant ids that are still live.
  replayCacheFull: e(503, 'temporarily_unavailable', 'Service temporarily unavailable'),
} as const satisfies Record<string, MpError>;

export type MpErrorKey = keyof typeof mpErrors;

export interface OAuthErrorBody {
  error: string;
  error_description: string;
  error_uri?: string;
}

/** The error body: description ending " (trace_id: <32 hex>)" and error_uri for MP codes. */
export function oauthErrorBody(
  issuer: string,
  error: MpError,
  descriptionOverride?: string,
): OAuthErrorBody {
  const traceId = randomBytes(16).toString('hex');
  const body: OAuthErrorBody = {
    error: error.error,
    error_description: `${descriptionOverride ?? error.description} (trace_id: ${traceId})`,
  };
  if (error.code !== undefined) body.error_uri = `${issuer}errors/${error.code}`;
  return body;
}
