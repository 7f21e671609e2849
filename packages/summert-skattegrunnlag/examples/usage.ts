// The README's example, type-checked in CI.
import {
  createSummertSkattegrunnlagClient,
  Inntektsaar,
  informasjonsmodell,
  Personidentifikator,
  validateSummertSkattegrunnlag,
} from '@skattedeling/summert-skattegrunnlag';

const client = createSummertSkattegrunnlagClient({
  baseUrl: 'http://127.0.0.1:5280/summertskattegrunnlag', // the simulator; see the table below
  getAccessToken: async () => process.env.MASKINPORTEN_TOKEN ?? '', // called before every attempt
  retry: true, // 5xx, 429, timeouts, network failures: 3 attempts in all, honouring Retry-After
});

const result = await client.hent({
  stadie: 'oppgjoer',
  rettighetspakke: 'kommuneboligsosialeformaal',
  inntektsaar: Inntektsaar(2024), // throws RangeError unless four digits
  personidentifikator: Personidentifikator('01818710190'), // throws unless 11 digits
});

if (!result.ok) {
  // kode is one of SSG-001…SSG-011, DAS-001…DAS-008; quote korrelasjonsid to Skatteetaten.
  console.error(result.status, result.feil?.kode, result.feil?.korrelasjonsid);
} else {
  // The V2 contract keeps tekniskNavn open: next year's new names do not break production code.
  const checked = validateSummertSkattegrunnlag(result.data);
  if (!checked.ok) throw new Error(checked.message); // e.g. "grunnlag[0].beloep: must be integer"
  const modell = informasjonsmodell(2024); // the 2024 table: names, kategori, visningstekst
  for (const grunnlag of checked.value.grunnlag ?? []) {
    const rad = modell.finnTekniskNavn(grunnlag.tekniskNavn); // undefined for a name not in 2024
    console.log(grunnlag.tekniskNavn, grunnlag.beloep, grunnlag.kategori, rad?.visningstekst);
  }
  // In your tests, check the body against its year: a 2021-era name such as
  // samletInnskuddIInnenlandskeBanker fails at its path ("grunnlag[3].tekniskNavn: …").
  const strict = modell.validate(result.data);
  if (!strict.ok) console.warn(strict.message);
}
