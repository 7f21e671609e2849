// The facts of Skatteoppgjør hendelser, the event list beside Summert skattegrunnlag, written once.
// It has no access of its own: the scopes of the related lookups, and the grant and Altinn
// delegation of Summert skattegrunnlag.
import { type ApiDescriptor, hendelseslisteFeilkoder } from '@skattedeling/felles';
import { summertSkattegrunnlagApi } from '../api.js';
import { schema } from '../generated/hendelser/schema.js';

const { xml } = schema.$defs.SkatteoppgjoerHendelser;

export const skatteoppgjoerHendelserApi = {
  id: 'skatteoppgjoerhendelser',
  navn: 'Skatteoppgjør hendelser API',
  versjon: 'v1',
  baseUrl: {
    test: 'https://skatteoppgjoerhendelser.api.skatteetaten-test.no',
    produksjon: 'https://skatteoppgjoerhendelser.api.skatteetaten.no',
  },
  simulatorSti: '/skatteoppgjoerhendelser',
  scopes: [
    ...summertSkattegrunnlagApi.scopes,
    'skatteetaten:beregnetskatt',
    'skatteetaten:avregning',
    'skatteetaten:skatteplikt',
    'skatteetaten:pensjonsgivendeinntekt',
  ],
  altinnRettighet: summertSkattegrunnlagApi.altinnRettighet,
  tilgangVia: summertSkattegrunnlagApi.id,
  feilprefiks: 'FA',
  feilkoder: hendelseslisteFeilkoder,
  rettighetspakker: [],
  rettighetspakkerMedSamtykke: [],
  // hendelser_utvidet.xsd is linked but not reachable; the contract's choice.
  xml: { rot: xml.name, namespace: xml.namespace, publisert: false },
  kontrakt: 'contracts/skatteetaten/skatteoppgjoer-hendelser/openapi.yaml',
} as const satisfies ApiDescriptor;
