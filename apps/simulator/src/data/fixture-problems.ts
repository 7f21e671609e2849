// Collecting problems of a fixture document: each with its key path and a short preview of the
// value found, so one load reports every mistake at once.

function preview(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Fixture data is served as is on every call, so no caller may change it: a deep-frozen copy. */
export function frozenCopy<T>(value: T): T {
  const freeze = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return;
    Object.freeze(v);
    for (const child of Object.values(v)) freeze(child);
  };
  const copy = structuredClone(value);
  freeze(copy);
  return copy;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function keyPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

const NO_VALUE: unique symbol = Symbol('no value');

export class Problems {
  readonly list: string[] = [];
  /** Records a problem at `path`; with `value`, the message shows what was found there. */
  add(path: string, problem: string, value: unknown = NO_VALUE): void {
    this.list.push(
      value === NO_VALUE ? `${path}: ${problem}` : `${path}: ${problem} (got ${preview(value)})`,
    );
  }
  unknownKeys(path: string, value: Record<string, unknown>, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key))
        this.add(keyPath(path, key), `unknown key; allowed here: ${allowed.join(', ')}`);
    }
  }
}

export function parseStatus<T extends string>(
  problems: Problems,
  path: string,
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  problems.add(path, `must be one of ${allowed.join(', ')}`, value);
  return undefined;
}
