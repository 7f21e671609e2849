// Provider verification bites: each bad pact fails with a message a vendor can act on, and the
// vendor example's interactions verify (tokens injected, states set per test run).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runVerifyPactsCommand } from './command.js';
import { formatVerifyReport } from './report.js';
import { verifyPacts } from './verify.js';

process.env.PACT_DO_NOT_TRACK = '1';
const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}.json`, import.meta.url));
const verify = (...names: string[]) =>
  verifyPacts({ pacts: names.map(fixture), checkContracts: false });

describe('verifyPacts', () => {
  it('verifies interactions that hold: API calls get a fresh token, token requests a fresh grant, stateless calls a default municipality', async () => {
    const report = await verify(
      'verifiable-summert-skattegrunnlag',
      'verifiable-maskinporten',
      'verifiable-stateless',
    );
    expect(report.ok, formatVerifyReport(report)).toBe(true);
    expect(report.pacts.map((p) => p.interactions.length)).toEqual([3, 2, 1]);
  }, 60_000);

  it('verifies a request whose person a profile state gives (its example path names nobody)', async () => {
    const report = await verify('verifiable-profile-state');
    expect(report.ok, formatVerifyReport(report)).toBe(true);
    expect(report.pacts[0]?.interactions[0]).toMatchObject({
      ok: true,
      states: [
        'municipality 240655551 has påkobling for summertskattegrunnlag with rettighetspakke kommuneforeldrebetaling',
        'a person in household group investor has 2024 oppgjoer with gevinstVedRealisasjonAvAksje,oppjustertTilleggTilGevinstVedRealisasjonAvAksje',
      ],
    });
  }, 60_000);

  it('fails a pact that expects a field of the wrong type, naming the path', async () => {
    const report = await verify('wrong-field-type');
    expect(report.ok).toBe(false);
    const [interaction] = report.pacts[0]?.interactions ?? [];
    expect(interaction?.ok).toBe(false);
    expect(interaction?.mismatches[0]).toMatch(
      /^BodyMismatch \$\.grunnlag\[0\]\.beloep: Expected \d+ \(Integer\) to be the same type as '512300' \(String\)$/,
    );
    expect(interaction?.mismatches.at(-1)).toMatch(/^… and \d+ more like it$/);
    expect(formatVerifyReport(report)).toContain('✖ 1 of 1 pact file failed verification');
  }, 60_000);

  it('fails a pact that expects a status the simulator does not answer', async () => {
    const report = await verify('undocumented-status');
    expect(report.pacts[0]?.interactions[0]?.mismatches).toContain(
      'StatusMismatch: expected 409 but was 200',
    );
  }, 60_000);

  it('fails a pact with an unknown provider state before sending anything, listing the vocabulary', async () => {
    const report = await verify('unknown-state');
    const [pact] = report.pacts;
    expect(pact?.ok).toBe(false);
    expect(pact?.interactions).toEqual([]);
    expect(pact?.problems[0]).toMatch(
      /^"a request for the 2024 oppgjoer of a person in a state the simulator does not know": state "person 10898322748 exists and earns well": unknown provider state/,
    );
    const text = formatVerifyReport(report);
    expect(text).toContain('Provider states the simulator knows');
    expect(text).toContain('  person {personidentifikator} has {inntektsaar} oppgjoer');
  }, 60_000);

  it('fails the interaction when the simulator refuses to set up a state, with the refusal', async () => {
    const report = await verify('state-refused');
    const [interaction] = report.pacts[0]?.interactions ?? [];
    expect(interaction?.ok).toBe(false);
    expect(interaction?.mismatches[0]).toMatch(
      /^verifier: state "person 01010112345 is unknown": PUT \/_simulator\/fixtures\/01010112345 → 400/,
    );
  }, 60_000);

  it('reports pact files it cannot read and providers it does not imitate', async () => {
    const missing = await verifyPacts({ pacts: ['/nonexistent/pacts'] });
    expect(missing).toMatchObject({
      ok: false,
      problems: ['/nonexistent/pacts: no such file or folder'],
    });
  });
});

describe('verify-pacts command', () => {
  function capture() {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
  }

  it('prints help and the state vocabulary', async () => {
    const c = capture();
    expect(await runVerifyPactsCommand(['--help'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('Usage: skattedeling-simulator verify-pacts');
    expect(await runVerifyPactsCommand(['--list-states'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('municipality {orgnr} lacks påkobling for {api}');
  });

  it('exits 2 on wrong usage, naming the problem', async () => {
    const c = capture();
    expect(await runVerifyPactsCommand([], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/^verify-pacts: name pact files or a folder/);
    expect(await runVerifyPactsCommand(['--frobnicate', 'x'], c.io)).toBe(2);
    expect(c.err[1]).toMatch(/^verify-pacts: unknown option --frobnicate/);
  });

  it('exits 1 with one verdict line when a pact fails', async () => {
    const c = capture();
    expect(
      await runVerifyPactsCommand([fixture('unknown-state'), '--no-contract-check'], c.io),
    ).toBe(1);
    expect(c.out.at(-1)?.split('\n').at(-1)).toBe('✖ 1 of 1 pact file failed verification');
    expect(c.err).toEqual([]);
  }, 60_000);
});
