// The modulus-11 check digit used by fødselsnummer, D-nummer and organisasjonsnummer.

/**
 * The check digit for `digits` with `weights` (same length): 11 − (Σ dᵢ·wᵢ mod 11), where 11
 * becomes 0. Returns undefined when the result would be 10: no number with those leading digits
 * is ever issued.
 */
export function mod11CheckDigit(
  digits: readonly number[],
  weights: readonly number[],
): number | undefined {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return undefined;
  return check;
}

export function toDigits(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0) - 48);
}
