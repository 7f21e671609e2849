// The test CA kept in the state folder, so it stays the same from one start to the next: the demo
// vendor's certificate and every certificate minted through the admin API keep working after a
// restart, and a folder always has one CA. Reused when the key and certificate are there, belong
// together, are the simulator's test CA and have more than 30 days left; otherwise a new CA is
// made and written (key first, mode 0600).
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  type KeyObject,
  X509Certificate,
} from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeFileAtomic } from '../store/atomic.js';
import { TestCa } from './ca.js';

export const CA_KEY_FILE = 'simulator-ca-key.pem';
export const CA_CERT_FILE = 'simulator-ca.pem';

const MIN_LEFT_MS = 30 * 86400_000;
const generate = promisify(generateKeyPair);

/** A new CA with a fresh key (kept nowhere). */
export async function newTestCa(): Promise<TestCa> {
  const { privateKey, publicKey } = await generate('rsa', { modulusLength: 2048 });
  return new TestCa(privateKey, publicKey);
}

/** The kept CA in `folder`, or undefined when it is missing or not fit for use. */
export async function readKeptCa(folder: string, nowMs = Date.now()): Promise<TestCa | undefined> {
  let key: KeyObject;
  let certificate: X509Certificate;
  try {
    const [keyPem, certPem] = await Promise.all([
      readFile(join(folder, CA_KEY_FILE), 'utf8'),
      readFile(join(folder, CA_CERT_FILE), 'utf8'),
    ]);
    key = createPrivateKey(keyPem);
    certificate = new X509Certificate(certPem);
  } catch {
    return undefined;
  }
  const fit =
    key.asymmetricKeyType === 'rsa' &&
    certificate.ca &&
    certificate.checkPrivateKey(key) &&
    certificate.subject.includes('CN=Skattedeling Simulator Test CA') &&
    certificate.validFromDate.getTime() <= nowMs &&
    certificate.validToDate.getTime() - nowMs > MIN_LEFT_MS;
  return fit ? new TestCa(key, createPublicKey(key), certificate) : undefined;
}

/** The CA kept in `folder`, or a new one written there. */
export async function loadOrCreateCa(
  folder: string,
): Promise<{ readonly ca: TestCa; readonly reused: boolean }> {
  const kept = await readKeptCa(folder);
  if (kept !== undefined) return { ca: kept, reused: true };
  const { privateKey, publicKey } = await generate('rsa', { modulusLength: 2048 });
  const ca = new TestCa(privateKey, publicKey);
  await writeFileAtomic(
    join(folder, CA_KEY_FILE),
    privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    { mode: 0o600 },
  );
  await writeFileAtomic(join(folder, CA_CERT_FILE), ca.pem);
  return { ca, reused: false };
}
