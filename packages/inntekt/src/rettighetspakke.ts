// Rights packages (rettighetspakker) of the Inntekt API: the known names and how each one is
// granted access.
import { schema } from './generated/v1/schema.js';

/** The packages the newest documentation lists, read from the contract (`Rettighetspakke.examples`). */
export const kjenteRettighetspakker = schema.$defs.Rettighetspakke.examples;

export type KjentRettighetspakke = (typeof kjenteRettighetspakker)[number];

const byLowerCase = new Map<string, KjentRettighetspakke>(
  kjenteRettighetspakker.map((name) => [name.toLowerCase(), name]),
);

/**
 * The documented spelling of a known package, matched ignoring case
 * (`kommuneboligsosialeformaal` → `kommuneBoligsosialeFormaal`); undefined for an unknown name.
 * Whether the live API compares case-sensitively is not documented; the contract chooses not to.
 */
export function normaliserRettighetspakke(navn: string): KjentRettighetspakke | undefined {
  return byLowerCase.get(navn.toLowerCase());
}

/**
 * How a package is granted access to income data:
 * - `samtykke`: `sbl`, with the person's consent; sees only the codes marked sbl;
 * - `otp`: mandatory occupational pension; sees only the codes marked otp;
 * - `hjemmel`: every other package, on a legal basis; the documentation publishes no per-code
 *   filter for these, so they see every code.
 */
export type Tilgangsgrunnlag = 'samtykke' | 'otp' | 'hjemmel';

export function tilgangsgrunnlag(rettighetspakke: string): Tilgangsgrunnlag {
  const name = normaliserRettighetspakke(rettighetspakke);
  if (name === 'sbl') return 'samtykke';
  if (name === 'otp') return 'otp';
  return 'hjemmel';
}
