// Which income lines a rights package may see. Rules live here so the simulator and vendors'
// tests apply the same ones.

import type { Inntektstype } from './generated/kodelister.js';
import type { Inntekt, Inntekter, OppgaveInntektsmottaker } from './generated/v1/types.gen.js';
import { type Beskrivelseskode, finnBeskrivelseskode, inntektstyper } from './kodelister.js';
import { tilgangsgrunnlag } from './rettighetspakke.js';

export interface FiltreringsValg {
  /**
   * For `otp`: the payers (opplysningspliktigId) of the pension agreement. Lines from other payers
   * are then kept only for codes marked `otpFraAndreOpplysningspliktige` (the documentation's
   * "X*"). Left out, every otp code is kept whoever paid it.
   */
  readonly otpOpplysningspliktige?: readonly string[];
}

/** The income type and `beskrivelse` code of a line, or undefined when it carries none. */
export function inntektstypeOgBeskrivelse(
  inntekt: Inntekt,
): { inntektstype: Inntektstype; beskrivelse: string } | undefined {
  for (const inntektstype of inntektstyper) {
    const detalj = inntekt[inntektstype];
    if (detalj !== undefined && typeof detalj.beskrivelse === 'string') {
      return { inntektstype, beskrivelse: detalj.beskrivelse };
    }
  }
  return undefined;
}

function kode(inntekt: Inntekt): Beskrivelseskode | undefined {
  const found = inntektstypeOgBeskrivelse(inntekt);
  return found === undefined
    ? undefined
    : finnBeskrivelseskode(found.inntektstype, found.beskrivelse);
}

/**
 * The body as rights package `rettighetspakke` may see it. The input is not changed.
 *
 * - `sbl` keeps the lines whose code is marked sbl; `otp` keeps those marked otp (see
 *   {@link FiltreringsValg} for payers outside the pension agreement). A line whose code the code
 *   lists do not know is removed for these two packages: nothing says they may see it.
 * - Every other package (legal basis, "hjemmel") keeps every line: the documentation publishes
 *   per-code flags only for sbl and otp. Package names match ignoring case.
 * - Lines are removed whole, never edited. A report left without lines is removed too, so the
 *   body does not reveal a payer relationship the package may not see; reports that had no lines
 *   to begin with are kept.
 *
 * Other fields of the body and of each report (including ones this version does not know) are
 * kept as they are.
 */
export function filtrerForRettighetspakke(
  inntekter: Inntekter,
  rettighetspakke: string,
  valg: FiltreringsValg = {},
): Inntekter {
  const grunnlag = tilgangsgrunnlag(rettighetspakke);
  if (grunnlag === 'hjemmel') return inntekter;
  const agreementPayers =
    valg.otpOpplysningspliktige === undefined ? undefined : new Set(valg.otpOpplysningspliktige);
  const maySee = (inntekt: Inntekt, oppgave: OppgaveInntektsmottaker): boolean => {
    const row = kode(inntekt);
    if (row === undefined) return false;
    if (grunnlag === 'samtykke') return row.sbl;
    if (!row.otp) return false;
    if (agreementPayers === undefined || agreementPayers.has(oppgave.opplysningspliktigId))
      return true;
    return row.otpFraAndreOpplysningspliktige === true;
  };
  const oppgaver: OppgaveInntektsmottaker[] = [];
  for (const oppgave of inntekter.oppgaveInntektsmottaker) {
    const inntekt = oppgave.inntekt.filter((line) => maySee(line, oppgave));
    if (inntekt.length > 0 || oppgave.inntekt.length === 0) oppgaver.push({ ...oppgave, inntekt });
  }
  return { ...inntekter, oppgaveInntektsmottaker: oppgaver };
}
