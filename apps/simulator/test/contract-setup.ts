// The shared start of the contract conformance tests (contract.test.ts, contract-more.test.ts):
// a simulator serving the retired shared-host paths too, tokens for both APIs, demo persons of
// the kinds the tests need, and readers of the XML bodies and error bodies.
import { createValidator, feilSchema } from '@skattedeling/felles';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';
import {
  accessToken,
  admin,
  demoKommuner,
  demoPerson,
  startTestSimulator,
  type TestSimulator,
} from './helpers.js';

export interface ContractWorld {
  readonly sim: TestSimulator;
  readonly ssgToken: string;
  readonly imToken: string;
  /** An employee whose 2024 data is deleted for the partly onboarded municipality. */
  readonly employee: string;
  readonly skjermet: string;
  readonly unknown: string;
  readonly child: string;
}

export async function startContractSimulator(): Promise<ContractWorld> {
  // Serving the retired shared-host paths, so their responses are checked against openapi-v1 and
  // openapi-legacy too; the default retired answer is tested in retired-paths.test.ts.
  const sim = await startTestSimulator({ serveRetiredPaths: true });
  const employee = demoPerson(sim, /employee with salary/);
  const fixture = await admin(
    sim,
    'PUT',
    `/fixtures/${employee}?consumerOrg=${demoKommuner.delvis.orgnr}`,
    { summertSkattegrunnlag: { '2024': 'slettet' } },
  );
  expect(fixture.status).toBe(200);
  return {
    sim,
    ssgToken: await accessToken(sim),
    imToken: await accessToken(sim, { claims: { scope: 'skatteetaten:inntekt' } }),
    employee,
    skjermet: demoPerson(sim, /^Skjermet/),
    unknown: demoPerson(sim, /wrong check digit/),
    child: demoPerson(sim, /under 18/),
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) =>
    [
      'grunnlag',
      'svalbardGrunnlag',
      'spesifisering',
      'oppgaveInntektsmottaker',
      'inntekt',
      'kategori',
    ].includes(name),
});

/** The common error body's validator (`Feil`). */
export const feil = createValidator(feilSchema);

/** The root element of a well-formed XML body, with its namespace checked. */
export function xmlRoot(text: string, root: string, namespace: string): Record<string, unknown> {
  expect(XMLValidator.validate(text), 'well-formed XML').toBe(true);
  const doc = parser.parse(text) as Record<string, Record<string, unknown>>;
  const element = doc[root];
  expect(element, `root <${root}>`).toBeDefined();
  expect(element?.['@_xmlns']).toBe(namespace);
  return element as Record<string, unknown>;
}

export function expectOk(result: { ok: boolean; message?: string }): void {
  expect(result.ok, result.ok ? '' : result.message).toBe(true);
}

export const bearer = (token: string, accept?: string) => ({
  authorization: `Bearer ${token}`,
  ...(accept === undefined ? {} : { accept }),
});
