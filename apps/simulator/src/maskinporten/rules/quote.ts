// How a rule quotes a client's value in its reason: through http/describe.ts, so a value nested
// thousands deep costs nothing (JSON.stringify of one overflows the stack), a 44 KB value is cut
// with its length named, and control characters cannot forge a log line or drive a terminal.
import { describe, safeText } from '../../http/describe.js';

// Long enough for a whole client_id, kid or issuer URL; short enough for one log line.
const previewLength = 100;
const listedItems = 10;

/** A client's value: a string quoted and escaped, anything else by type and size; cut. */
export const quote = (value: unknown): string => describe(value, previewLength);

/** A client's string shown without quotes (kid, jti, a scope), escaped and cut. */
export const bare = (text: string): string => safeText(text, previewLength);

/** Client strings (claim names, scopes), each bare, at most ten of them named. */
export function bareList(items: readonly string[], separator = ', '): string {
  const shown = items.slice(0, listedItems).map(bare).join(separator);
  return items.length > listedItems ? `${shown}${separator}… (${items.length} in all)` : shown;
}
