import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { positionFile } from './position-file.js';

const dir = mkdtempSync(join(tmpdir(), 'vendor-position-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('positionFile', () => {
  it('has no position until one is saved, then the last one saved', async () => {
    const store = positionFile(join(dir, 'kommune', 'posisjon'));
    expect(await store.load()).toBeUndefined();
    await store.save(5_603_875_200_000_001);
    await store.save(5_603_875_200_000_017);
    expect(await positionFile(join(dir, 'kommune', 'posisjon')).load()).toBe(5_603_875_200_000_017);
  });

  it('refuses a file that holds no sekvensnummer instead of starting over', async () => {
    const path = join(dir, 'odelagt');
    writeFileSync(path, 'tolv\n');
    await expect(positionFile(path).load()).rejects.toThrow(/does not hold a sekvensnummer/);
  });
});
