// Personal data kept out of the journal and the logs (CI logs are kept for months): an 11-digit
// number that could be a real person's fødselsnummer or D-nummer is cut to its first six digits
// (the birth date). Synthetic test persons from Test-Norge / Tenor (month + 80) stay in full, so
// the demo persons and generated test data remain searchable.
import { SYNTHETIC_MONTH_OFFSET } from '@skattedeling/testdata';

const elevenDigits = /(?<!\d)\d{11}(?!\d)/g;

/** True for an 11-digit number whose month digits mark a synthetic person (81–92). */
export function isSynthetic(digits: string): boolean {
  const month = Number(digits.slice(2, 4));
  return month > SYNTHETIC_MONTH_OFFSET && month <= SYNTHETIC_MONTH_OFFSET + 12;
}

/**
 * `text` with every 11-digit number that is not a synthetic person's masked as `DDMMYY*****`.
 * Numbers with wrong check digits are masked too: a mistyped real number is still personal data.
 */
export function maskPersonidentifikatorer(text: string): string {
  if (!/\d{11}/.test(text)) return text;
  return text.replace(elevenDigits, (digits) =>
    isSynthetic(digits) ? digits : `${digits.slice(0, 6)}*****`,
  );
}
