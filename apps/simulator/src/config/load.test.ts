import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseArgs } from './load.js';

const file = (text: string, name = 'sim.yaml') => {
  const path = join(mkdtempSync(join(tmpdir(), 'sim-config-')), name);
  writeFileSync(path, text);
  return path;
};

describe('configuration', () => {
  it('uses the embedded defaults', async () => {
    const config = await loadConfig(parseArgs([]), {});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 5280,
      seed: 'skattedeling',
      grantMaxLifetimeSeconds: 120,
      clockSkewSeconds: 10,
      tokenLifetimeSeconds: 120,
      demo: true,
      requireJti: false,
    });
    expect(config.publicUrl).toBeUndefined();
  });

  it('takes flags over environment over config file over defaults', async () => {
    const path = file('port: 6000\nseed: fra-fil\ngrantMaxLifetimeSeconds: 180\n');
    const env = { SKATTEDELING_SIM_PORT: '6001', SKATTEDELING_SIM_SEED: 'fra-miljo' };
    const config = await loadConfig(parseArgs(['--config', path, '--port=6002']), env);
    expect(config.port).toBe(6002);
    expect(config.seed).toBe('fra-miljo');
    expect(config.grantMaxLifetimeSeconds).toBe(180);
  });

  it('reads JSON config files and per-scope token lifetimes', async () => {
    const path = file(
      '{"scopeTokenLifetimes": {"skatteetaten:inntekt": 300}, "demo": false}',
      'sim.json',
    );
    const config = await loadConfig(
      parseArgs(['--config', path, '--scope-token-lifetime', 'a:b=60,c:d=90']),
      {},
    );
    expect(config.scopeTokenLifetimes).toEqual({ 'a:b': 60, 'c:d': 90 });
    expect(config.demo).toBe(false);
    expect((await loadConfig(parseArgs(['--config', path]), {})).scopeTokenLifetimes).toEqual({
      'skatteetaten:inntekt': 300,
    });
  });

  it('stops on a bad value with one line naming the key, the value, the source and what is allowed', async () => {
    await expect(loadConfig(parseArgs(['--port', 'abc']), {})).rejects.toThrow(
      new ConfigError(
        'Invalid configuration: port = "abc" (from --port): must be an integer 0–65535',
      ),
    );
    await expect(loadConfig(parseArgs([]), { SKATTEDELING_SIM_LOG_LEVEL: 'loud' })).rejects.toThrow(
      'Invalid configuration: logLevel = "loud" (from SKATTEDELING_SIM_LOG_LEVEL): must be one of quiet, info, debug',
    );
    await expect(loadConfig(parseArgs(['--today', '2026-02-30']), {})).rejects.toThrow(
      /today = "2026-02-30".*a date YYYY-MM-DD/,
    );
    await expect(loadConfig(parseArgs(['--config', file('prot: 1\n')]), {})).rejects.toThrow(
      /unknown key "prot"/,
    );
    expect(() => parseArgs(['--nope'])).toThrow(/Unknown option --nope/);
  });

  it('understands --no-<flag> and --flag false for booleans', async () => {
    expect((await loadConfig(parseArgs(['--no-demo']), {})).demo).toBe(false);
    expect((await loadConfig(parseArgs(['--require-jti', 'true']), {})).requireJti).toBe(true);
  });
});
