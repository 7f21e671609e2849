// The pact ⇄ contract check bites: a pact expecting a wrong field type, an undocumented status or
// a field the API lacks fails with the interaction, the path and the rule; conforming pacts pass.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as openapiPactComparator from '@pactflow/openapi-pact-comparator';
import { bundle, createConfig } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import {
  adaptForComparator,
  checkPactsAgainstContracts,
  defaultContracts,
  formatContractReport,
} from './contract-check.js';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}.json`, import.meta.url));

async function check(name: string) {
  const report = await checkPactsAgainstContracts({ pactFiles: [fixture(name)] });
  const [result] = report.results;
  if (result === undefined) throw new Error('no result');
  return { report, result, text: formatContractReport(report) };
}

describe('pact ⇄ contract check', () => {
  it('fails a pact that expects a field of the wrong type, naming interaction, path and rule', async () => {
    const { report, result, text } = await check('wrong-field-type');
    expect(report.ok).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      code: 'response.body.incompatible',
      interaction: 'a request for the 2024 oppgjoer, expecting beloep as a string',
      path: 'response.body.grunnlag[0].beloep',
      message: expect.stringContaining('must be integer'),
      rule: expect.stringContaining('responses.200.content.application/json.schema'),
    });
    expect(text).toContain(
      '✖ "a request for the 2024 oppgjoer, expecting beloep as a string" [given person 10898322748 has 2024 oppgjoer]',
    );
    expect(text).toContain('at response.body.grunnlag[0].beloep: Response body is incompatible');
  });

  it('fails a pact that expects a status the contract does not document', async () => {
    const { result } = await check('undocumented-status');
    expect(result.errors).toMatchObject([
      { code: 'response.status.unknown', path: 'response.status' },
    ]);
    expect(result.errors[0]?.message).toContain('409');
  });

  it('fails a pact that expects a field the real API does not have', async () => {
    const { result } = await check('undocumented-field');
    expect(result.errors).toMatchObject([
      { code: 'response.body.incompatible', path: 'response.body' },
    ]);
    expect(result.errors[0]?.message).toContain('sumPersoninntekt');
  });

  it('passes pacts that conform: open spesifisering fields, an income line with one income type', async () => {
    for (const name of ['conforming-summert-skattegrunnlag', 'conforming-inntekt']) {
      const { report, text } = await check(name);
      expect(report.ok, text).toBe(true);
    }
  });

  it('fails a pact for a provider it has no contract for', async () => {
    const report = await checkPactsAgainstContracts({
      pactFiles: [fixture('conforming-inntekt')],
      contracts: {},
    });
    expect(report.results[0]?.errors[0]?.message).toMatch(/^no contract for provider "inntekt"/);
  });
});

describe('why the contract is adapted for the comparator', () => {
  const { Comparator } = openapiPactComparator as unknown as {
    Comparator: new (o: {
      oas: unknown;
    }) => { compare(p: unknown): AsyncGenerator<{ type: string; message: string }> };
  };
  async function errorsOf(pactName: string, provider: string, adapt: boolean) {
    const file = defaultContracts()[provider] as string;
    const bundled = (
      await bundle({ ref: file, config: await createConfig({}), dereference: false })
    ).bundle.parsed as Record<string, unknown>;
    if (adapt) adaptForComparator(bundled);
    const errors: string[] = [];
    for await (const r of new Comparator({ oas: bundled }).compare(
      JSON.parse(readFileSync(fixture(pactName), 'utf8')),
    )) {
      if (r.type === 'error') errors.push(r.message);
    }
    return errors;
  }

  it('unadapted, the comparator rejects a valid income line (it strips the oneOf branches’ required)', async () => {
    expect(await errorsOf('conforming-inntekt', 'inntekt', false)).toEqual([
      expect.stringContaining('must match exactly one schema in oneOf'),
    ]);
    expect(await errorsOf('conforming-inntekt', 'inntekt', true)).toEqual([]);
  });

  it('unadapted, the comparator closes the open Spesifisering object', async () => {
    expect(
      (await errorsOf('conforming-summert-skattegrunnlag', 'summert-skattegrunnlag', false)).join(),
    ).toContain('arbeidsgiversNavn');
    expect(
      await errorsOf('conforming-summert-skattegrunnlag', 'summert-skattegrunnlag', true),
    ).toEqual([]);
  });
});
