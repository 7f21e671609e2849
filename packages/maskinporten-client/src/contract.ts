// The Maskinporten contract at runtime: its JSON Schema and a validator over it.
import { createValidator } from '@skattedeling/felles';
import { schema } from './generated/maskinporten/schema.js';

export { schema as maskinportenSchema };

/**
 * Validates any body or JWT part of the contract by schema name (`TokenResponse`,
 * `AccessTokenClaims`, `GrantClaims`, `GrantHeader`, `OAuthError`, …).
 */
export const maskinportenValidator = createValidator(schema);
