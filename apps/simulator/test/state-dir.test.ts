// One simulator per state folder, and what is in the folder stays: a second simulator in the same
// --state-dir is refused with one line (before, it made a new test CA and rewrote the files, and
// the first one then refused its own certificate client with MP-120); the test CA and the demo
// vendor's key are reused at every start; `token` finds the simulator of the folder it is given,
// by flag, environment or config file, as `start` does.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../src/app.js';
import { defaultConfig } from '../src/config/load.js';
import { signJws } from '../src/maskinporten/jwt.js';
import { admin, demoClientIds, demoKommuner, postToken } from './helpers.js';
import { runCli, startSimulatorProcess, stopAll } from './processes.js';

afterEach(stopAll);

const folder = () => realpathSync(mkdtempSync(join(tmpdir(), 'sim-state-dir-')));
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as Record<
    string,
    unknown
  >;

describe('the state folder', () => {
  it('refuses a second simulator in the same folder; the first keeps its certificate client', async () => {
    const cwd = folder();
    const stateDir = join(cwd, '.simulator');
    const first = await startSimulatorProcess(['--port', '0', '--log-level', 'quiet'], { cwd });
    const demoJson = readFileSync(join(stateDir, 'demo.json'), 'utf8');

    const second = await runCli(['--port', '0'], { cwd, timeoutMs: 15_000 });
    const { since } = JSON.parse(readFileSync(join(stateDir, 'simulator.lock'), 'utf8'));
    expect(second).toEqual({
      code: 1,
      stdout: '',
      stderr: `Cannot use state folder ${stateDir}: another simulator uses it (process ${first.pid} on ${hostname()}, started ${since}, serving ${first.url}); stop it, or give this one another --state-dir\n`,
    });
    expect(readFileSync(join(stateDir, 'demo.json'), 'utf8')).toBe(demoJson);

    const token = await runCli(['token', '--certificate', '--consumer-org', '319000003'], { cwd });
    expect(token.stderr).toBe('');
    expect(claimsOf(token.stdout.trim())).toMatchObject({
      client_amr: 'virksomhetssertifikat',
      iss: `${first.url}/maskinporten/`,
    });
  }, 60_000);

  it('token finds the simulator of its folder: --state-dir, or SKATTEDELING_SIM_STATE_DIR', async () => {
    const [a, b, elsewhere] = [folder(), folder(), folder()];
    const adminToken = randomUUID();
    const simA = await startSimulatorProcess(
      ['--port', '0', '--log-level', 'quiet', '--state-dir', join(a, 'state')],
      { cwd: a, env: { SKATTEDELING_SIM_ADMIN_TOKEN: adminToken } },
    );
    const simB = await startSimulatorProcess(['--port', '0', '--log-level', 'quiet'], {
      cwd: b,
      env: { SKATTEDELING_SIM_STATE_DIR: join(b, 'state') },
    });
    // The banner's journal call works as printed: with the token, never showing it.
    expect(simA.stdout()).toContain(
      `curl -s -H "Authorization: Bearer $SKATTEDELING_SIM_ADMIN_TOKEN" ${simA.url}/_simulator/journal?limit=1`,
    );
    expect(simA.stdout()).not.toContain(adminToken);
    expect(simB.stdout()).toContain(`curl -s ${simB.url}/_simulator/journal?limit=1`);

    const byFlag = await runCli(
      ['token', '--consumer-org', '319000003', '--state-dir', join(a, 'state')],
      { cwd: elsewhere },
    );
    expect(byFlag.stderr).toBe('');
    expect(claimsOf(byFlag.stdout.trim()).iss).toBe(`${simA.url}/maskinporten/`);
    const byEnv = await runCli(['token', '--consumer-org', '319000003'], {
      cwd: elsewhere,
      env: { SKATTEDELING_SIM_STATE_DIR: join(b, 'state') },
    });
    expect(byEnv.stderr).toBe('');
    expect(claimsOf(byEnv.stdout.trim()).iss).toBe(`${simB.url}/maskinporten/`);
  }, 60_000);

  it('keeps the test CA and the vendor key: a certificate from the last run is accepted', async () => {
    const stateDir = folder();
    const config = defaultConfig({ port: 0, stateDir, logLevel: 'quiet', today: '2026-06-15' });
    const first = await startSimulator(config);
    const minted = await admin(first, 'POST', '/certificates', { orgnr: '311000004' });
    expect(minted.status).toBe(201);
    const demo = JSON.parse(readFileSync(join(stateDir, 'demo.json'), 'utf8')) as { x5c: string[] };
    const ca = first.ctx.ca.pem;
    const kid = first.vendorKey?.kid;
    const vendorKey = first.vendorKey?.privateKey;
    await first.close();

    const second = await startSimulator(config);
    try {
      expect(second.ctx.ca.pem).toBe(ca);
      expect(second.vendorKey?.kid).toBe(kid);
      expect(statSync(join(stateDir, 'simulator-ca-key.pem')).mode & 0o777).toBe(0o600);
      expect((await admin(second, 'GET', '/ca')).body).toMatchObject({ pem: ca });
      // The demo vendor's certificate as the last run wrote it.
      const iat = Math.floor(Date.now() / 1000);
      const grant = signJws(
        { alg: 'RS256', x5c: demo.x5c },
        {
          aud: second.ctx.urls.issuer,
          iss: demoClientIds.sertifikat,
          scope: 'skatteetaten:summertskattegrunnlag',
          consumer_org: demoKommuner.fullt.orgnr,
          iat,
          exp: iat + 60,
          jti: randomUUID(),
        },
        vendorKey as NonNullable<typeof vendorKey>,
      );
      const reply = await postToken(second, grant);
      expect(reply.status, reply.headers.get('x-skattedeling-simulator-reason') ?? '').toBe(200);
      expect(claimsOf(reply.body.access_token as string).client_amr).toBe('virksomhetssertifikat');
    } finally {
      await second.close();
    }
  }, 60_000);
});
