import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CA_CERT_FILE, CA_KEY_FILE, loadOrCreateCa, readKeptCa } from './keep.js';

const folder = () => mkdtempSync(join(tmpdir(), 'sim-ca-'));

describe('the kept test CA', () => {
  it('is made and written once, then reused', async () => {
    const dir = folder();
    const made = await loadOrCreateCa(dir);
    expect(made.reused).toBe(false);
    expect(readFileSync(join(dir, CA_CERT_FILE), 'utf8')).toBe(made.ca.pem);
    const again = await loadOrCreateCa(dir);
    expect(again.reused).toBe(true);
    expect(again.ca.pem).toBe(made.ca.pem);
  });

  it('is replaced when its key and certificate do not belong together', async () => {
    const [a, b] = [folder(), folder()];
    await loadOrCreateCa(a);
    await loadOrCreateCa(b);
    writeFileSync(join(a, CA_KEY_FILE), readFileSync(join(b, CA_KEY_FILE)));
    expect(await readKeptCa(a)).toBeUndefined();
    const replaced = await loadOrCreateCa(a);
    expect(replaced.reused).toBe(false);
    expect(await readKeptCa(a)).toBeDefined();
  });

  it('is not reused with 30 days or less left, nor when a file is garbled', async () => {
    const dir = folder();
    const { ca } = await loadOrCreateCa(dir);
    const end = ca.certificate.validToDate.getTime();
    expect(await readKeptCa(dir, end - 31 * 86400_000)).toBeDefined();
    expect(await readKeptCa(dir, end - 29 * 86400_000)).toBeUndefined();
    writeFileSync(join(dir, CA_CERT_FILE), '-----BEGIN CERTIFICATE-----\nAAAA\n');
    expect(await readKeptCa(dir)).toBeUndefined();
  });
});
