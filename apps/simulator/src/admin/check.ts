// Small checks for the admin API's JSON bodies; each failure names the field and what is allowed,
// and becomes a 400 problem body.
export class BadRequest extends Error {
  override readonly name = 'BadRequest';
}
export class NotFound extends Error {
  override readonly name = 'NotFound';
}
export class Conflict extends Error {
  override readonly name = 'Conflict';
}

export type Obj = Record<string, unknown>;

export function object(value: unknown, what = 'body'): Obj {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new BadRequest(`${what} must be a JSON object`);
  return value as Obj;
}

export function onlyKeys(o: Obj, allowed: readonly string[], what = 'body'): void {
  const extra = Object.keys(o).filter((k) => !allowed.includes(k));
  if (extra.length > 0)
    throw new BadRequest(
      `${what} has unknown field(s) ${extra.join(', ')}; allowed: ${allowed.join(', ')}`,
    );
}

export function str(
  o: Obj,
  key: string,
  options: { pattern?: RegExp; allowed?: string; optional?: boolean } = {},
): string | undefined {
  const v = o[key];
  if (v === undefined && options.optional === true) return undefined;
  if (typeof v !== 'string' || (options.pattern !== undefined && !options.pattern.test(v))) {
    throw new BadRequest(
      `${key} must be ${options.allowed ?? 'a string'}${v === undefined ? ' (missing)' : `, got ${JSON.stringify(v)?.slice(0, 80)}`}`,
    );
  }
  return v;
}

export function reqStr(
  o: Obj,
  key: string,
  options: { pattern?: RegExp; allowed?: string } = {},
): string {
  return str(o, key, options) as string;
}

export function int(o: Obj, key: string, min: number, max: number): number | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    throw new BadRequest(`${key} must be an integer ${min}–${max}, got ${JSON.stringify(v)}`);
  return v;
}

export function bool(o: Obj, key: string): boolean | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean')
    throw new BadRequest(`${key} must be true or false, got ${JSON.stringify(v)}`);
  return v;
}

export function strList(
  o: Obj,
  key: string,
  options: { pattern?: RegExp; allowed?: string; optional?: boolean; nonEmpty?: boolean } = {},
): string[] | undefined {
  const v = o[key];
  if (v === undefined && options.optional === true) return undefined;
  if (
    !Array.isArray(v) ||
    v.some(
      (s) => typeof s !== 'string' || (options.pattern !== undefined && !options.pattern.test(s)),
    ) ||
    (options.nonEmpty === true && v.length === 0)
  ) {
    throw new BadRequest(
      `${key} must be a${options.nonEmpty === true ? ' non-empty' : 'n'} array of ${options.allowed ?? 'strings'}`,
    );
  }
  return v as string[];
}

export const orgnrPattern = /^\d{9}$/;
export const pidPattern = /^\d{11}$/;
export const scopePattern = /^[\w.:/-]+$/;
