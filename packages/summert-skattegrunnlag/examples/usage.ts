// The README's example, type-checked in CI.
import {
  createSummertSkattegrunnlagClient,
  Inntektsaar,
  Personidentifikator,
  validateSummertSkattegrunnlag,
} from '@skattedeling/summert-skattegrunnlag';
import { finnTekniskNavn2021 } from '@skattedeling/summert-skattegrunnlag/2021';

const client = createSummertSkattegrunnlagClient({
  baseUrl: 'http://127.0.0.1:5280/summertskattegrunnlag', // the simulator; see the table below
  getAccessToken: async () => process.env.MASKINPORTEN_TOKEN ?? '', // called before every request
});

const result = await client.hent({
  stadie: 'oppgjoer',
  rettighetspakke: 'kommuneboligsosialeformaal',
  inntektsaar: Inntektsaar(2021), // throws RangeError unless four digits
  personidentifikator: Personidentifikator('01818710190'), // throws unless 11 digits
});

if (!result.ok) {
  // kode is one of SSG-001…SSG-011, DAS-001…DAS-008; quote korrelasjonsid to Skatteetaten.
  console.error(result.status, result.feil?.kode, result.feil?.korrelasjonsid);
} else {
  const checked = validateSummertSkattegrunnlag(result.data);
  if (!checked.ok) throw new Error(checked.message); // e.g. "grunnlag[0].beloep: must be integer"
  for (const grunnlag of checked.value.grunnlag ?? []) {
    const rad = finnTekniskNavn2021(grunnlag.tekniskNavn); // undefined for names not in 2021
    console.log(grunnlag.tekniskNavn, grunnlag.beloep, grunnlag.kategori, rad?.visningstekst);
  }
}
