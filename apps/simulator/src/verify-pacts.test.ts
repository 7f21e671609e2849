import { describe, expect, it } from 'vitest';
import { loadVerifyPacts, missingPactPackage } from './verify-pacts.js';

const notFound = (name: string) =>
  Object.assign(new Error(`Cannot find package '${name}' imported from /x/commands.js`), {
    code: 'ERR_MODULE_NOT_FOUND',
  });

describe('loadVerifyPacts', () => {
  it('names the package to install when @skattedeling/simulator-pact is missing', async () => {
    const result = await loadVerifyPacts(() =>
      Promise.reject(notFound('@skattedeling/simulator-pact')),
    );
    expect(result).toBe(missingPactPackage);
    expect(missingPactPackage).toMatch(
      /^verify-pacts needs .* npm install --save-dev @skattedeling\/simulator-pact$/,
    );
    expect(missingPactPackage).not.toContain('\n');
  });

  it('reports a broken install of the package as it is, not as missing', async () => {
    const broken = notFound('@pact-foundation/pact-core');
    await expect(loadVerifyPacts(() => Promise.reject(broken))).rejects.toBe(broken);
  });

  it('returns the module when it is installed', async () => {
    const module = { runVerifyPactsCommand: async () => 0 };
    await expect(loadVerifyPacts(async () => module)).resolves.toBe(module);
  });
});
