// The facts of Inntekt hendelser, the event list beside the Inntekt API, written once. It has no
// access of its own: the Inntekt API's scope, grant and Altinn delegation.
import { type ApiDescriptor, hendelseslisteFeilkoder } from '@skattedeling/felles';
import { inntektApi } from '../api.js';
import { schema } from '../generated/hendelser/schema.js';

const { xml } = schema.$defs.InntektHendelser;

export const inntektHendelserApi = {
  id: 'inntekthendelser',
  navn: 'Inntekt hendelser API',
  versjon: 'v1',
  baseUrl: {
    test: 'https://inntekthendelser.api.skatteetaten-test.no',
    produksjon: 'https://inntekthendelser.api.skatteetaten.no',
  },
  simulatorSti: '/inntekthendelser',
  scopes: inntektApi.scopes,
  altinnRettighet: inntektApi.altinnRettighet,
  tilgangVia: inntektApi.id,
  feilprefiks: 'FA',
  feilkoder: hendelseslisteFeilkoder,
  rettighetspakker: [],
  rettighetspakkerMedSamtykke: [],
  // hendelser.xsd is linked but not reachable; the contract's choice.
  xml: { rot: xml.name, namespace: xml.namespace, publisert: false },
  kontrakt: 'contracts/skatteetaten/inntekt-hendelser/openapi.yaml',
} as const satisfies ApiDescriptor;
