// A client's value, described safely for a refusal text, a log line or the journal: control
// characters escaped (a value cannot start a new log line or drive a terminal), long strings cut
// with their length named, containers described by type and size without walking them (a value
// nested 20,000 deep costs nothing).

// C0 and C1 controls, DEL, the line and paragraph separators and the bidirectional marks,
// embeddings, overrides and isolates (which can make a terminal show text in another order than it
// was written), the Arabic letter mark among them.
const controls =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u001f\u007f-\u009f\u061c\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export { controls };

const short: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(c: string): string {
  const known = short[c];
  if (known !== undefined) return known;
  const code = c.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character written as an escape (`\n`, `\x1b`, `\u2028`). */
export function escapeControls(text: string): string {
  if (!controls.test(text)) return text;
  let out = '';
  for (const c of text) out += controls.test(c) ? escapeChar(c) : c;
  return out;
}

/**
 * One safe line of at most about `max` characters: control characters escaped and, when longer,
 * cut and marked with `…` and the original length (`total`, when `text` is already a cut).
 */
export function safeText(text: string, max = 1000, total = text.length): string {
  const cutMark = `… (${total} characters)`;
  if (text.length <= max && total === text.length && !controls.test(text)) return text;
  const head = text.length > max ? text.slice(0, max) : text;
  if (!controls.test(head)) return head.length < total ? `${head}${cutMark}` : head;
  let out = '';
  let used = 0;
  for (const c of head) {
    if (out.length >= max) break;
    out += controls.test(c) ? escapeChar(c) : c;
    used += c.length;
  }
  return used < total ? `${out}${cutMark}` : out;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Describes a client's value for a refusal: short strings quoted and escaped (`"abc\n"`), long
 * ones cut with their length (`"aaaa…" (a string of 44012 characters)`), numbers, booleans and
 * null as written, arrays and objects by size only (`an array of 3 items`).
 */
export function describe(value: unknown, max = 40): string {
  switch (typeof value) {
    case 'string': {
      const quoted = (s: string) => `"${escapeControls(s.replace(/["\\]/g, (c) => `\\${c}`))}"`;
      if (value.length <= max) return quoted(value);
      return `${quoted(value.slice(0, max))}… (a string of ${value.length} characters)`;
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value))
        return value.length === 0
          ? 'an empty array'
          : `an array of ${plural(value.length, 'item', 'items')}`;
      return `an object with ${plural(Object.keys(value).length, 'key', 'keys')}`;
    default:
      return `a ${typeof value}`;
  }
}
