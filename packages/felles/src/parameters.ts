// The call parameters both APIs share, with the rules of their contracts. The clients check them
// before anything is sent, so a bad value fails where it enters the program (RangeError) instead
// of as a 400 from the API (SSG-006, IM-006) after a token has been fetched for it.

declare const brand: unique symbol;
/** A string checked against a rule; build one with the function of the same name. */
export type Branded<T, B extends string> = T & { readonly [brand]: B };

/** A fødselsnummer or D-nummer as the APIs' paths take it: exactly 11 digits. */
export type Personidentifikator = Branded<string, 'Personidentifikator'>;
/** A rights-package name: letters only (the list and its spelling change, so no enum). */
export type Rettighetspakke = Branded<string, 'Rettighetspakke'>;
/** The answer's format: JSON (default) or XML, asked for with `Accept`. */
export type Format = 'json' | 'xml';

/**
 * A value described for an error message: short and escaped, and for a secret (a person's
 * identifier) only its type and length, so the message can be logged.
 */
function describe(value: unknown, secret: boolean): string {
  if (typeof value === 'string') {
    if (secret) return `(a string of ${value.length} characters)`;
    return value.length <= 40 ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, 40))}…`;
  }
  if (!secret && (typeof value === 'number' || typeof value === 'boolean')) return String(value);
  return `(${value === null ? 'null' : typeof value})`;
}

/** The refusal of a parameter: `<name> <value> is not valid: <rule>`. */
export function invalidParameter(
  name: string,
  value: unknown,
  rule: string,
  options: { readonly secret?: boolean } = {},
): RangeError {
  return new RangeError(
    `${name} ${describe(value, options.secret ?? false)} is not valid: ${rule}`,
  );
}

const personidentifikatorPattern = /^[0-9]{11}$/;
const rettighetspakkePattern = /^[a-zA-Z]+$/;

export function isPersonidentifikator(value: unknown): value is Personidentifikator {
  return typeof value === 'string' && personidentifikatorPattern.test(value);
}

/**
 * Checks the APIs' rule for a personidentifikator (exactly 11 digits) and returns it branded.
 * The check digits are not verified: the contracts require only 11 digits, and the APIs answer
 * an unknown number with 404 (SSG-007, IM-007). The value is not quoted in the RangeError.
 */
export function Personidentifikator(value: string): Personidentifikator {
  if (!isPersonidentifikator(value))
    throw invalidParameter('personidentifikator', value, 'must be exactly 11 digits', {
      secret: true,
    });
  return value;
}

export function isRettighetspakke(value: unknown): value is Rettighetspakke {
  return typeof value === 'string' && rettighetspakkePattern.test(value);
}

/** Checks that a rights-package name is letters only; the name itself is not looked up. */
export function Rettighetspakke(value: string): Rettighetspakke {
  if (!isRettighetspakke(value))
    throw invalidParameter('rettighetspakke', value, 'must be letters only (a-z, A-Z)');
  return value;
}

export function isFormat(value: unknown): value is Format {
  return value === 'json' || value === 'xml';
}

/** The `Accept` header for a format. */
export function acceptHeader(format: Format): string {
  return format === 'xml' ? 'application/xml' : 'application/json';
}

/** The parameters every call of both APIs has, checked; throws the first RangeError. */
export function checkCommonParameters(request: {
  readonly rettighetspakke: unknown;
  readonly personidentifikator: unknown;
  readonly format?: unknown;
  readonly altinnSamtykke?: unknown;
}): void {
  Rettighetspakke(request.rettighetspakke as string);
  Personidentifikator(request.personidentifikator as string);
  if (request.format !== undefined && !isFormat(request.format))
    throw invalidParameter('format', request.format, 'must be json or xml');
  if (
    request.altinnSamtykke !== undefined &&
    (typeof request.altinnSamtykke !== 'string' || request.altinnSamtykke === '')
  )
    throw invalidParameter('altinnSamtykke', request.altinnSamtykke, 'must be a non-empty string', {
      secret: true,
    });
}
