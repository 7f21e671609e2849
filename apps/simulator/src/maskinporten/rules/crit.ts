// grant.crit: RFC 7515 §4.1.11. A JWS whose crit names an extension the recipient does not
// understand is invalid, and the simulator understands none (nor does Digdir document any), so a
// well-formed crit is refused as an unverifiable signature (MP-124), like an unsupported alg; a
// malformed crit makes the header malformed (MP-011), like a kid that is not a string.
import { bareList, quote } from './quote.js';
import { type GrantState, need, refuse } from './state.js';

// The header parameters RFC 7515 itself defines; crit must not list them.
const registered: ReadonlySet<string> = new Set([
  'alg',
  'jku',
  'jwk',
  'kid',
  'x5u',
  'x5c',
  'x5t',
  'x5t#S256',
  'typ',
  'cty',
  'crit',
]);

/** Why `crit` breaks the rules of §4.1.11, or undefined when it is a well-formed list. */
function malformed(crit: unknown, header: Record<string, unknown>): string | undefined {
  if (!Array.isArray(crit)) return `crit must be an array of header names, got ${quote(crit)}`;
  if (crit.length === 0) return 'crit must not be an empty array';
  const seen = new Set<string>();
  for (const name of crit) {
    if (typeof name !== 'string' || name === '')
      return `crit must list header names as non-empty strings, got ${quote(name)}`;
    if (seen.has(name)) return `crit names ${quote(name)} twice`;
    if (registered.has(name)) return `crit names ${quote(name)}, which RFC 7515 defines itself`;
    if (!Object.hasOwn(header, name))
      return `crit names ${quote(name)}, which is not in the header`;
    seen.add(name);
  }
  return undefined;
}

export function noCriticalExtensions(g: GrantState): void {
  const { header } = need(g, 'jws');
  if (!Object.hasOwn(header, 'crit')) return;
  const why = malformed(header.crit, header);
  if (why !== undefined) refuse('grant.crit', 'malformed', why);
  refuse(
    'grant.crit',
    'signature',
    `crit names ${bareList(header.crit as string[])}, not understood here (RFC 7515 §4.1.11 makes the JWS invalid)`,
  );
}
