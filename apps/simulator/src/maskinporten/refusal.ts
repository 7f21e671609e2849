// The one refusal type of the imitated Maskinporten. Grant rules and the token endpoint throw it;
// the token endpoint's boundary (token.ts) catches it and writes the real wire shape (errors.ts).
// Anything else that escapes is a simulator bug and becomes 500 server_error.
import type { MpErrorKey } from './errors.js';

export class MaskinportenRefusal extends Error {
  readonly error: MpErrorKey;
  /** The simulator's explanation for the journal, log and reason header; never the body. */
  readonly reason: string;
  /** The rule that refused (a journal trail name such as `grant.aud`), when a rule did. */
  readonly rule: string | undefined;
  /** Replaces the catalogue's description where the real one names values (scopes, orgs). */
  readonly description: string | undefined;
  /** For a 503: when to try again, sent as Retry-After. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    error: MpErrorKey,
    reason: string,
    options: {
      readonly rule?: string;
      readonly description?: string;
      readonly retryAfterSeconds?: number;
    } = {},
  ) {
    super(reason);
    this.name = 'MaskinportenRefusal';
    this.error = error;
    this.reason = reason;
    this.rule = options.rule;
    this.description = options.description;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
