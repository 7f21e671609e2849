// The vendor projects the packaging check builds against the packed tarballs: a CommonJS program,
// TypeScript consumers on `node10` (CommonJS) and `nodenext` (CommonJS and ESM) resolution with
// skipLibCheck off, and the README's Vitest global-setup recipe. Each runs the whole vendor flow:
// the simulator from the test harness, a token from @skattedeling/maskinporten-client with the demo
// vendor's key, one Summert skattegrunnlag call through its client.

/** The flow in plain JavaScript; `IMPORTS` is replaced by require() or import lines. */
const flowJs = `
async function flow(label) {
  const sim = await startSimulator({ today: '2025-12-01' });
  try {
    const demo = sim.demo;
    const maskinporten = createMaskinportenClient({
      issuer: sim.urls.maskinporten,
      clientId: demo.clients.kid.clientId,
      key: { kid: demo.clients.kid.kid, privateKey: readFileSync(demo.files.privateKey, 'utf8') },
    });
    const client = createSummertSkattegrunnlagClient({
      baseUrl: sim.urls.summertSkattegrunnlag,
      getAccessToken: getAccessTokenProvider({
        client: maskinporten,
        scope: 'skatteetaten:summertskattegrunnlag',
        consumerOrg: '319000003',
      }),
    });
    const result = await client.hent({
      stadie: 'oppgjoer',
      rettighetspakke: 'kommuneforeldrebetaling',
      inntektsaar: Inntektsaar(2024),
      personidentifikator: Personidentifikator(demo.persons[0].personidentifikator),
    });
    if (!result.ok) throw new Error(label + ': ' + result.status + ' ' + JSON.stringify(result.feil));
    if (!isOrganisasjonsnummer(demo.vendor.orgnr)) throw new Error(label + ': orgnr check');
    const journal = await sim.journal.take();
    if (journal.length !== 2) throw new Error(label + ': journal has ' + journal.length + ' entries');
  } finally {
    await sim.close();
  }
  console.log(label + ': ok');
}
`;

export const consumerCjs = `// A CommonJS program, as many vendors' Node services are: require() of the ESM-only packages.
'use strict';
const { readFileSync } = require('node:fs');
const { startSimulator } = require('@skattedeling/simulator');
const { createMaskinportenClient, getAccessTokenProvider } = require('@skattedeling/maskinporten-client');
const {
  createSummertSkattegrunnlagClient,
  Inntektsaar,
  Personidentifikator,
} = require('@skattedeling/summert-skattegrunnlag');
const { isOrganisasjonsnummer } = require('@skattedeling/testdata');
const { kodelister } = require('@skattedeling/inntekt/kodelister');
if (kodelister === undefined) throw new Error('no kodelister');
${flowJs}
flow('CommonJS require()').catch((error) => {
  console.error(error);
  process.exit(1);
});
`;

/** TypeScript, the same in every module setting; `await using` closes the simulator. */
export const consumerTs = `import { readFileSync } from 'node:fs';
import { type SimulatorHarness, startSimulator } from '@skattedeling/simulator';
import { createInntektClient } from '@skattedeling/inntekt';
import { kodelister } from '@skattedeling/inntekt/kodelister';
import {
  createMaskinportenClient,
  getAccessTokenProvider,
} from '@skattedeling/maskinporten-client';
import {
  createSummertSkattegrunnlagClient,
  Inntektsaar,
  Personidentifikator,
} from '@skattedeling/summert-skattegrunnlag';
import type { SummertSkattegrunnlag2024 } from '@skattedeling/summert-skattegrunnlag/2024';
import { isOrganisasjonsnummer } from '@skattedeling/testdata';

export async function flow(label: string): Promise<void> {
  await using sim: SimulatorHarness = await startSimulator({ today: '2025-12-01' });
  const demo = sim.demo;
  if (demo === undefined) throw new Error('no demo');
  const vendorKey = demo.clients.kid;
  const maskinporten = createMaskinportenClient({
    issuer: sim.urls.maskinporten,
    clientId: vendorKey.clientId,
    key: { kid: vendorKey.kid, privateKey: readFileSync(demo.files.privateKey, 'utf8') },
  });
  const client = createSummertSkattegrunnlagClient({
    baseUrl: sim.urls.summertSkattegrunnlag,
    getAccessToken: getAccessTokenProvider({
      client: maskinporten,
      scope: 'skatteetaten:summertskattegrunnlag',
      consumerOrg: '319000003',
    }),
  });
  const person = demo.persons[0]?.personidentifikator ?? '';
  const result = await client.hent({
    stadie: 'oppgjoer',
    rettighetspakke: 'kommuneforeldrebetaling',
    inntektsaar: Inntektsaar(2024),
    personidentifikator: Personidentifikator(person),
  });
  if (!result.ok) throw new Error(\`\${label}: \${result.status} \${JSON.stringify(result.feil)}\`);
  const body: SummertSkattegrunnlag2024 | undefined = undefined;
  void body;
  void createInntektClient;
  if (Object.keys(kodelister).length === 0) throw new Error('no kodelister');
  if (!isOrganisasjonsnummer(demo.vendor.orgnr)) throw new Error('orgnr check');
  const { data } = await sim.admin.health({ throwOnError: true });
  if (data.issuer !== sim.urls.maskinporten) throw new Error('admin client');
  console.log(\`\${label}: ok\`);
}
`;

export const runTs = (label: string, from: string) =>
  `import { flow } from '${from}';\n\nflow(${JSON.stringify(label)}).catch((error: unknown) => {\n  console.error(error);\n  process.exit(1);\n});\n`;

const compilerOptions = {
  strict: true,
  skipLibCheck: false,
  target: 'es2022',
  lib: ['es2022', 'esnext.disposable'],
  types: ['node'],
};

/** `module: commonjs` with the resolution TypeScript projects on CommonJS still often use. */
export const tsconfigNode10 = {
  compilerOptions: {
    ...compilerOptions,
    module: 'commonjs',
    moduleResolution: 'node10',
    ignoreDeprecations: '6.0',
    esModuleInterop: true,
    rootDir: 'node10',
    outDir: 'out-node10',
  },
  files: ['node10/run.ts'],
};

/** `module: nodenext` in a CommonJS project (.cts): require() of ESM, as TypeScript 5.8+ allows. */
export const tsconfigNodenextCjs = {
  compilerOptions: {
    ...compilerOptions,
    module: 'nodenext',
    rootDir: 'nodenext-cjs',
    outDir: 'out-nodenext-cjs',
  },
  files: ['nodenext-cjs/run.cts'],
};

/** The ESM vendor: `module: nodenext`, .mts. */
export const tsconfigNodenextEsm = {
  compilerOptions: {
    ...compilerOptions,
    module: 'nodenext',
    rootDir: 'nodenext-esm',
    outDir: 'out-nodenext-esm',
  },
  files: ['nodenext-esm/run.mts'],
};

/** The simulator README's Vitest recipe, as written there. */
export const vitestConfig = `import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { globalSetup: ['./simulator.global-setup.ts'] },
});
`;

export const vitestGlobalSetup = `// One simulator for the whole run; every test file gets its URL through inject().
import { startSimulator } from '@skattedeling/simulator';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    simulatorUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const sim = await startSimulator();
  project.provide('simulatorUrl', sim.url);
  return () => sim.close();
}
`;

export const vitestTest = `import { expect, inject, it } from 'vitest';

it('reaches the simulator started in global setup', async () => {
  const response = await fetch(\`\${inject('simulatorUrl')}/_simulator/health\`);
  expect(response.status).toBe(200);
});
`;
