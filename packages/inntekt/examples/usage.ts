// A first call to the Inntekt API: a person's income for the latest three complete months,
// summed per month and kind of income. src/client.test.ts runs this against a local server.
//
// In your own code, import from '@skattedeling/inntekt' and '@skattedeling/inntekt/kodelister';
// this file imports the package source so that the package's typecheck and tests cover it.
import {
  createInntektClient,
  inntektstypeOgBeskrivelse,
  sisteKompletteMaaneder,
  validateInntekter,
} from '../src/index.js';
import { finnBeskrivelseskode } from '../src/kodelister.js';

export async function inntektsoversikt(options: {
  /** `https://inntekt.api.skatteetaten-test.no`, or the simulator's `http://127.0.0.1:5280/inntekt`. */
  baseUrl: string;
  /** Returns a (cached) Maskinporten token with scope skatteetaten:inntekt; called per request. */
  getAccessToken: () => Promise<string>;
  personidentifikator: string;
  /** Today (default: now); decides which months are complete. */
  idag?: Date | string;
}): Promise<string[]> {
  const client = createInntektClient({
    baseUrl: options.baseUrl,
    getAccessToken: options.getAccessToken,
  });

  // Data for a month is reliable from the 10th of the following month.
  const { fraOgMed, tilOgMed } = sisteKompletteMaaneder(3, options.idag);

  const svar = await client.hent({
    rettighetspakke: 'kommuneBoligsosialeFormaal',
    personidentifikator: options.personidentifikator,
    fraOgMed,
    tilOgMed,
  });

  if (!svar.ok) {
    // Programs branch on `kode`; quote `korrelasjonsid` to Skatteetaten's support.
    throw new Error(
      `HTTP ${svar.status} ${svar.feil?.kode ?? ''} ${svar.feil?.korrelasjonsid ?? ''}`,
    );
  }

  // Optional: check the body against the contract (tolerant of new fields and new codes).
  const checked = validateInntekter(svar.data);
  if (!checked.ok) console.warn(checked.message);

  const sums = new Map<string, number>();
  for (const oppgave of svar.data.oppgaveInntektsmottaker) {
    for (const inntekt of oppgave.inntekt) {
      const kind = inntektstypeOgBeskrivelse(inntekt);
      if (kind === undefined) continue;
      // Codes arrive with annual revisions; an unknown one is reported, not rejected.
      const known = finnBeskrivelseskode(kind.inntektstype, kind.beskrivelse) !== undefined;
      const key = `${oppgave.kalendermaaned ?? '?'} ${kind.inntektstype}.${kind.beskrivelse}${known ? '' : ' (unknown code)'}`;
      sums.set(key, (sums.get(key) ?? 0) + (inntekt.beloep ?? 0));
    }
  }
  return [...sums].sort().map(([key, sum]) => `${key}: ${sum}`);
}
