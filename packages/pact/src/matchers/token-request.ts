// The body of Maskinporten's `POST /token` in a pact: a form with the grant type and a JWT grant
// matched by pattern. The example grant carries the claims the consumer sends (scope,
// consumer_org) and a fake signature; a verifier reads those claims and signs a fresh grant.

import type { PactV4 } from '@pact-foundation/pact';
import { MatchersV3 } from '@pact-foundation/pact';
import { compactJwsPattern, exampleIssuedAt, exampleJwt } from './jwt.js';

type V4Interaction = ReturnType<PactV4['addInteraction']>;
type V4RequestBuilderFunc = NonNullable<Parameters<V4Interaction['withRequest']>[2]>;
/** The request builder Pact JS passes to `withRequest(method, path, builder => …)`. */
export type V4RequestBuilder = Parameters<V4RequestBuilderFunc>[0];

export const jwtBearerGrantType = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export interface GrantExample {
  /** Scopes asked for, space-separated. */
  readonly scope: string;
  /** The municipality the vendor asks on behalf of (the grant's `consumer_org`). */
  readonly consumerOrg?: string;
  /** The client id (the grant's `iss`); only for readers of the pact. */
  readonly clientId?: string;
}

/** The form fields of a token request, with the grant matched as any compact JWS. */
export function tokenRequestForm(example: GrantExample): Record<string, unknown> {
  const claims = {
    aud: 'https://test.maskinporten.no/',
    iss: example.clientId ?? 'example-client',
    scope: example.scope,
    iat: exampleIssuedAt,
    exp: exampleIssuedAt + 120,
    jti: 'example-grant-id',
    ...(example.consumerOrg === undefined ? {} : { consumer_org: example.consumerOrg }),
  };
  return {
    grant_type: jwtBearerGrantType,
    assertion: MatchersV3.regex(compactJwsPattern, exampleJwt(claims)),
  };
}

interface FfiInteraction {
  withRequestBody(body: string, contentType: string): void;
}

/**
 * Sets an `application/x-www-form-urlencoded` request body whose fields may hold matchers.
 * Pact JS has no public builder for it (`body()` takes bytes, which cannot carry matching
 * rules), so this passes the fields to the Pact core the way `jsonBody` does, with the form
 * content type; the core writes the form and a matching rule per field.
 */
export function formUrlEncodedBody(
  builder: V4RequestBuilder,
  fields: Readonly<Record<string, unknown>>,
): V4RequestBuilder {
  const interaction = (builder as unknown as { interaction?: FfiInteraction }).interaction;
  if (typeof interaction?.withRequestBody !== 'function') {
    throw new Error(
      'formUrlEncodedBody: this @pact-foundation/pact version has no request builder internals to set a form body; pin @pact-foundation/pact ^17',
    );
  }
  builder.headers({ 'Content-Type': 'application/x-www-form-urlencoded' });
  interaction.withRequestBody(JSON.stringify(fields), 'application/x-www-form-urlencoded');
  return builder;
}
