// The facts of Siste tilgjengelige skatteoppgjør (formerly Tilgjengeligdata), written once. A
// support service of Summert skattegrunnlag: its scopes, no grant of its own, the same delegation.
import type { ApiDescriptor } from '@skattedeling/felles';
import { summertSkattegrunnlagApi } from '../api.js';
import { schema } from '../generated/siste-tilgjengelige/schema.js';

const { xml } = schema.$defs.SisteTilgjengeligeSkatteoppgjoer;

export const sisteTilgjengeligeSkatteoppgjoerApi = {
  id: 'sistetilgjengeligeskatteoppgjoer',
  navn: 'Siste tilgjengelige skatteoppgjør API',
  versjon: 'v1',
  baseUrl: {
    test: 'https://sistetilgjengeligeskatteoppgjoer.api.skatteetaten-test.no',
    produksjon: 'https://sistetilgjengeligeskatteoppgjoer.api.skatteetaten.no',
  },
  simulatorSti: '/sistetilgjengeligeskatteoppgjoer',
  scopes: summertSkattegrunnlagApi.scopes,
  altinnRettighet: summertSkattegrunnlagApi.altinnRettighet,
  tilgangVia: summertSkattegrunnlagApi.id,
  feilprefiks: 'TD',
  feilkoder: {
    uventet: 'TD-001',
    autentisering: 'TD-002',
    validering: 'TD-003',
    ikkeFunnet: 'TD-004',
    format: 'TD-005',
    ukjentUrl: 'TD-006',
    // No 403 code of its own.
    autorisering: 'DAS-008',
  },
  rettighetspakker: [],
  rettighetspakkerMedSamtykke: [],
  // Published in the documentation's XML example.
  xml: { rot: xml.name, namespace: xml.namespace, publisert: true },
  kontrakt: 'contracts/skatteetaten/siste-tilgjengelige-skatteoppgjoer/openapi.yaml',
} as const satisfies ApiDescriptor;
