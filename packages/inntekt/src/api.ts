// The facts of the Inntekt API, written once: the client and the rights-package rules of this
// package read them, and so can the simulator and the docs.
import type { ApiDescriptor } from '@skattedeling/felles';
import { schema } from './generated/v1/schema.js';
import { kjenteRettighetspakker } from './rettighetspakke.js';

const { xml } = schema.$defs.Inntekter;

export const inntektApi = {
  id: 'inntekt',
  navn: 'Inntekt API',
  versjon: 'v1',
  baseUrl: {
    test: 'https://inntekt.api.skatteetaten-test.no',
    produksjon: 'https://inntekt.api.skatteetaten.no',
  },
  simulatorSti: '/inntekt',
  scopes: ['skatteetaten:inntekt'],
  altinnRettighet: 'Inntekt API - På vegne av',
  feilprefiks: 'IM',
  feilkoder: {
    uventet: 'IM-001',
    bakenforliggende: 'IM-002',
    ukjentUrl: 'IM-003',
    autentisering: 'IM-004',
    autorisering: 'IM-005',
    validering: 'IM-006',
    personIkkeFunnet: 'IM-007',
    // Also for data that was deleted: the Inntekt API has no 410.
    ikkeFunnet: 'IM-008',
    format: 'IM-009',
    samtykke: 'IM-010',
  },
  rettighetspakker: kjenteRettighetspakker,
  rettighetspakkerMedSamtykke: ['sbl'],
  // No Inntekt namespace is published; the contract's choice.
  xml: { rot: xml.name, namespace: xml.namespace, publisert: false },
  kontrakt: 'contracts/skatteetaten/inntekt/openapi.yaml',
} as const satisfies ApiDescriptor;
