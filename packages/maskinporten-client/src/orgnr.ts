// Organisation numbers as Maskinporten uses them: the bare 9 digits in the grant's
// `consumer_org`, and `0192:<orgnr>` (ISO 6523, Enhetsregisteret) in the token's
// `consumer`/`supplier`.

// The mod-11 rule is also in @skattedeling/testdata; repeated here (ten lines) so a runtime client
// does not depend on a test-data package and its faker dependency.
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** True for 9 digits whose modulus-11 check digit (weights 3 2 7 6 5 4 3 2) is right. */
export function isOrgnr(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[0-9]{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (WEIGHTS[i] as number);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return Number(value[8]) === (check === 11 ? 0 : check);
}

/** `0192:<orgnr>`, the ID of an `iso6523-actorid-upis` organisation in tokens. */
export function orgId(orgnr: string): `0192:${string}` {
  if (!isOrgnr(orgnr))
    throw new TypeError(
      `not a valid organisasjonsnummer: ${JSON.stringify(orgnr)} (9 digits with a modulus-11 check digit)`,
    );
  return `0192:${orgnr}`;
}

/** The organisation number in a `0192:<orgnr>` ID, or undefined for any other form. */
export function orgnrFromId(id: string): string | undefined {
  const match = /^0192:([0-9]{9})$/.exec(id);
  return match?.[1];
}
