// The demo set-up's fixed facts and what start-up reports about it: the public part of the demo,
// kept apart from the code that makes keys and certificates so the package's public types need
// nothing from Node's crypto module or the simulator's store.
export const demoVendor = { orgnr: '311000004', navn: 'Demo Fagsystem AS' } as const;
export const demoKommuner = {
  fullt: { orgnr: '319000003', navn: 'Fjellvik kommune' },
  delvis: { orgnr: '319000011', navn: 'Strandvik kommune' },
} as const;
export const demoClientIds = {
  kid: '5f3c2a10-7b4e-4c8e-9d21-3a6f0e1b2c01',
  sertifikat: '5f3c2a10-7b4e-4c8e-9d21-3a6f0e1b2c02',
} as const;

export interface DemoInfo {
  readonly vendor: { readonly orgnr: string; readonly navn: string };
  readonly clients: {
    readonly kid: { readonly clientId: string; readonly kid: string };
    readonly sertifikat: { readonly clientId: string };
  };
  readonly kommuner: readonly {
    readonly orgnr: string;
    readonly navn: string;
    readonly beskrivelse: string;
  }[];
  readonly files: {
    readonly privateKey: string;
    readonly publicJwk: string;
    readonly certificate: string;
    readonly chain: string;
    readonly ca: string;
    readonly demo: string;
  };
  readonly persons: readonly { personidentifikator: string; beskrivelse: string }[];
}
