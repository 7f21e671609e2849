// The facts of the Summert skattegrunnlag API, written once: the client, the validators and the
// rights-package rules of this package read them, and so can the simulator and the docs.
import type { ApiDescriptor } from '@skattedeling/felles';
import { stadier } from './domain.js';
import { schema } from './generated/v2/schema.js';
import { rettighetspakkerMedSamtykke, stadierPerRettighetspakke } from './rettighetspakker.js';

const { xml } = schema.$defs.SummertSkattegrunnlag;

export const summertSkattegrunnlagApi = {
  id: 'summertskattegrunnlag',
  navn: 'Summert skattegrunnlag API',
  versjon: 'v2',
  baseUrl: {
    test: 'https://summertskattegrunnlag.api.skatteetaten-test.no',
    produksjon: 'https://summertskattegrunnlag.api.skatteetaten.no',
  },
  simulatorSti: '/summertskattegrunnlag',
  // V2 also accepts the former spesifisert scope, so its consumers' delegations keep working.
  scopes: ['skatteetaten:summertskattegrunnlag', 'skatteetaten:spesifisertsummertskattegrunnlag'],
  altinnRettighet: 'Summert skattegrunnlag API - På vegne av',
  feilprefiks: 'SSG',
  feilkoder: {
    uventet: 'SSG-001',
    bakenforliggende: 'SSG-002',
    ukjentUrl: 'SSG-003',
    autentisering: 'SSG-004',
    autorisering: 'SSG-005',
    validering: 'SSG-006',
    personIkkeFunnet: 'SSG-007',
    ikkeFunnet: 'SSG-008',
    format: 'SSG-009',
    samtykke: 'SSG-010',
    slettet: 'SSG-011',
  },
  rettighetspakker: Object.keys(stadierPerRettighetspakke),
  rettighetspakkerMedSamtykke,
  stadier: { alle: stadier, perRettighetspakke: stadierPerRettighetspakke, standard: ['oppgjoer'] },
  // The V2 namespace is not published; the contract's choice.
  xml: { rot: xml.name, namespace: xml.namespace, publisert: false },
  kontrakt: 'contracts/skatteetaten/summert-skattegrunnlag/openapi.yaml',
} as const satisfies ApiDescriptor;
