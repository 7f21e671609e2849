// Matchers for the bodies of the three providers, derived from their published JSON Schemas, so
// the example is type-checked (TypeScript) and contract-checked (JSON Schema) in one place.
import { MatchersV3 } from '@pact-foundation/pact';
import { finnFeilkode } from '@skattedeling/felles';
import type { Inntekter, InntektFeilkode } from '@skattedeling/inntekt';
import { inntektSchema } from '@skattedeling/inntekt';
import type { OAuthErrorCode } from '@skattedeling/maskinporten-client';
import { maskinportenSchema } from '@skattedeling/maskinporten-client';
import type { SsgFeilkode, SummertSkattegrunnlag } from '@skattedeling/summert-skattegrunnlag';
import { summertSkattegrunnlagSchema } from '@skattedeling/summert-skattegrunnlag';
import { exampleIssuedAt, exampleJwt } from './jwt.js';
import { matcherFromSchema, type SchemaMatcherOptions } from './schema.js';

/** A correlation id for example error bodies (the one in Skatteetaten's documentation). */
export const exampleKorrelasjonsid = '13a865f5-28f9-47db-9abd-ab78977c79fe';

/**
 * A matcher for a Summert skattegrunnlag V2 body (`SummertSkattegrunnlag`). Values are matched
 * by shape and rule (`inntektsaar` by its pattern, `kategori` by its enum, `beloep` as an
 * integer); each `grunnlag` element by the fields every example element has.
 */
export function summertSkattegrunnlagMatcher(
  example: SummertSkattegrunnlag,
  options?: SchemaMatcherOptions,
): unknown {
  return matcherFromSchema(summertSkattegrunnlagSchema, 'SummertSkattegrunnlag', example, options);
}

/** A matcher for an Inntekt API body (`Inntekter`). */
export function inntekterMatcher(example: Inntekter, options?: SchemaMatcherOptions): unknown {
  return matcherFromSchema(inntektSchema, 'Inntekter', example, options);
}

function feilExample(kode: string): { kode: string; melding: string; korrelasjonsid: string } {
  const entry = finnFeilkode(kode);
  return { kode, melding: entry?.melding ?? kode, korrelasjonsid: exampleKorrelasjonsid };
}

/** A Summert skattegrunnlag error body whose `kode` must be exactly `kode` (SSG-007, …). */
export function ssgFeilMatcher(kode: SsgFeilkode): unknown {
  return matcherFromSchema(summertSkattegrunnlagSchema, 'SsgFeil', feilExample(kode), {
    exact: ['kode'],
  });
}

/** An Inntekt API error body whose `kode` must be exactly `kode` (IM-007, …). */
export function inntektFeilMatcher(kode: InntektFeilkode): unknown {
  return matcherFromSchema(inntektSchema, 'InntektFeil', feilExample(kode), { exact: ['kode'] });
}

export interface TokenResponseExample {
  /** Granted scopes, space-separated. */
  readonly scope: string;
  /** The legal consumer (the municipality) as a 9-digit orgnr. */
  readonly consumerOrg: string;
  /** The vendor acting for the consumer, for a delegated token. */
  readonly supplierOrg?: string;
  readonly expiresIn?: number;
}

/**
 * A matcher for Maskinporten's token response. `access_token` is a fake JWT with the claims the
 * contract requires (so a client that decodes it works) and is matched by the JWS pattern only.
 */
export function tokenResponseMatcher(example: TokenResponseExample): unknown {
  const expiresIn = example.expiresIn ?? 120;
  const claims = {
    scope: example.scope,
    iss: 'https://test.maskinporten.no/',
    client_amr: 'private_key_jwt',
    token_type: 'Bearer',
    exp: exampleIssuedAt + expiresIn,
    iat: exampleIssuedAt,
    client_id: 'example-client',
    jti: 'example-token-id',
    consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${example.consumerOrg}` },
    ...(example.supplierOrg === undefined
      ? {}
      : {
          supplier: { authority: 'iso6523-actorid-upis', ID: `0192:${example.supplierOrg}` },
          delegation_source: 'https://tt02.altinn.no/',
        }),
  };
  return matcherFromSchema(maskinportenSchema, 'TokenResponse', {
    access_token: exampleJwt(claims),
    token_type: 'Bearer',
    expires_in: expiresIn,
    scope: example.scope,
  });
}

/**
 * A matcher for Maskinporten's OAuth error body: `error` exactly, and, with `mpCode`, an
 * `error_uri` ending in `/errors/<mpCode>` (how clients tell MP-250 from MP-251).
 */
export function oauthErrorMatcher(error: OAuthErrorCode, mpCode?: string): unknown {
  const description = 'Example description (trace_id: 4b9c8e0f6a2d4e1b9c3f5a7d8e9f0a1b)';
  const example: Record<string, unknown> = { error, error_description: description };
  if (mpCode !== undefined) {
    if (!/^MP-[0-9]{3}$/.test(mpCode)) throw new RangeError(`mpCode must be MP-NNN, got ${mpCode}`);
    example.error_uri = MatchersV3.regex(
      `^https?://.+/errors/${mpCode}$`,
      `https://test.maskinporten.no/errors/${mpCode}`,
    );
  }
  return matcherFromSchema(maskinportenSchema, 'OAuthError', example, { exact: ['error'] });
}
