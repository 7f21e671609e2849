// The signing key in the forms vendors hold it: a PKCS#12 file with its password, a PEM key with
// its certificate chain, a JWK; and the refusals that say what is wrong with one.
import { execFileSync } from 'node:child_process';
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMaskinportenClient, readPkcs12, resolveKey, x5cFromPem } from '../src/index.js';
import { type FakeMaskinporten, startFakeMaskinporten } from './token-endpoint.js';

const fixture = (name: string) =>
  readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const certificatePem = fixture('virksomhetssertifikat.pem');
const keyPem = fixture('virksomhetssertifikat.key.pem');
const fixtureX5c = x5cFromPem(certificatePem);
const modulus = (key: unknown) => (key as KeyObject).export({ format: 'jwk' }).n;
const PASSWORD = 'hemmelig-passord';

/** A PKCS#12 file made in the test with node-forge: key and certificates, in the given order. */
function p12(
  certificates: string[],
  options: { algorithm?: '3des' | 'aes256'; key?: string } = {},
) {
  const asn1 = forge.pkcs12.toPkcs12Asn1(
    forge.pki.privateKeyFromPem(options.key ?? keyPem),
    certificates.map((pem) => forge.pki.certificateFromPem(pem)),
    PASSWORD,
    { algorithm: options.algorithm ?? 'aes256' },
  );
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** A CA and a leaf certificate it issued for the fixture's key, both made with node-forge. */
function chain(): { ca: string; leaf: string } {
  const caKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const caKey = forge.pki.privateKeyFromPem(
    caKeys.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  );
  const make = (subject: string, publicKeyPem: string, serial: string) => {
    const cert = forge.pki.createCertificate();
    cert.publicKey = forge.pki.publicKeyFromPem(publicKeyPem);
    cert.serialNumber = serial;
    cert.validity.notBefore = new Date(Date.now() - 60_000);
    cert.validity.notAfter = new Date(Date.now() + 86_400_000);
    cert.setSubject([{ name: 'commonName', value: subject }]);
    cert.setIssuer([{ name: 'commonName', value: 'Test CA' }]);
    cert.sign(caKey, forge.md.sha256.create());
    return forge.pki.certificateToPem(cert);
  };
  const leafPublic = createPublicKey(keyPem).export({ type: 'spki', format: 'pem' }).toString();
  return {
    ca: make('Test CA', caKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString(), '01'),
    leaf: make('SYNTETISK KOMMUNE', leafPublic, '02'),
  };
}

describe('a PKCS#12 file (.p12/.pfx) with its password', () => {
  it.each(['aes256', '3des'] as const)(
    'gives the key and the certificate as x5c (%s, as modern and legacy files are encrypted)',
    (algorithm) => {
      const resolved = resolveKey({
        pkcs12: p12([certificatePem], { algorithm }),
        password: PASSWORD,
      });
      expect(resolved.header).toEqual({ x5c: fixtureX5c });
      expect(modulus(resolved.privateKey)).toBe(modulus(createPrivateKey(keyPem)));
    },
  );

  it('orders the chain leaf first, whatever the order in the file', () => {
    const { ca, leaf } = chain();
    const read = readPkcs12(p12([ca, leaf]), PASSWORD);
    expect(read.x5c).toEqual([...x5cFromPem(leaf), ...x5cFromPem(ca)]);
  });

  it('takes the file as base64 text (as key vaults hand it out) and uses kid when given', () => {
    const resolved = resolveKey({
      pkcs12: p12([certificatePem]).toString('base64'),
      password: PASSWORD,
      kid: 'registered-kid',
    });
    expect(resolved.header).toEqual({ kid: 'registered-kid' });
  });

  it('refuses a wrong password, a file that is not PKCS#12 and a file without the certificate', () => {
    expect(() => resolveKey({ pkcs12: p12([certificatePem]), password: 'feil' })).toThrow(
      'key.password does not open the PKCS#12 file',
    );
    expect(() => resolveKey({ pkcs12: Buffer.from(keyPem), password: PASSWORD })).toThrow(
      'key.pkcs12 is not a PKCS#12 file',
    );
    const { ca } = chain();
    expect(() => resolveKey({ pkcs12: p12([ca]), password: PASSWORD })).toThrow(
      'key.pkcs12 holds no certificate for its private key',
    );
  });

  it('says how to give a PKCS#12 file passed as privateKey (it used to say "Invalid JWK format")', () => {
    expect(() => resolveKey({ kid: 'k', privateKey: p12([certificatePem]) })).toThrow(
      'key.privateKey is a PKCS#12 file (.p12/.pfx); give it as key: { pkcs12, password }',
    );
  });

  const openssl = (() => {
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!openssl).each([[[]], [['-legacy']]])(
    'reads a file made by openssl pkcs12 -export %j',
    (extra: string[]) => {
      const dir = mkdtempSync(join(tmpdir(), 'p12-'));
      try {
        writeFileSync(join(dir, 'key.pem'), keyPem);
        writeFileSync(join(dir, 'cert.pem'), certificatePem);
        const file = join(dir, 'virksomhet.p12');
        execFileSync(
          'openssl',
          [
            'pkcs12',
            '-export',
            ...extra,
            '-inkey',
            join(dir, 'key.pem'),
            '-in',
            join(dir, 'cert.pem'),
            '-out',
            file,
            '-passout',
            `pass:${PASSWORD}`,
          ],
          { stdio: 'pipe' },
        );
        expect(resolveKey({ pkcs12: readFileSync(file), password: PASSWORD }).header).toEqual({
          x5c: fixtureX5c,
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe('a PEM key with its certificate chain', () => {
  it('takes the chain as PEM text in x5c, and the key as text or as the file’s bytes', () => {
    for (const privateKey of [keyPem, Buffer.from(keyPem)]) {
      expect(resolveKey({ x5c: certificatePem, privateKey }).header).toEqual({ x5c: fixtureX5c });
    }
  });

  it('opens an encrypted PEM key with its passphrase, and says so when the passphrase is missing', () => {
    const encrypted = createPrivateKey(keyPem)
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pp' })
      .toString();
    expect(
      resolveKey({ x5c: certificatePem, privateKey: encrypted, passphrase: 'pp' }).header,
    ).toEqual({ x5c: fixtureX5c });
    expect(() => resolveKey({ x5c: certificatePem, privateKey: encrypted })).toThrow(
      'give its passphrase in key.passphrase',
    );
  });

  it('refuses a PEM that holds only certificates as the private key', () => {
    expect(() => resolveKey({ x5c: certificatePem, privateKey: certificatePem })).toThrow(
      'key.privateKey holds certificates but no private key',
    );
  });
});

describe('a JWK', () => {
  const jwk = createPrivateKey(keyPem).export({ format: 'jwk' });

  it('is taken as an object, as JSON text, or as DER bytes of the same key', () => {
    const der = createPrivateKey(keyPem).export({ type: 'pkcs8', format: 'der' });
    for (const privateKey of [jwk, JSON.stringify(jwk), der]) {
      expect(modulus(resolveKey({ kid: 'k', privateKey }).privateKey)).toBe(jwk.n);
    }
  });

  it('refuses a public JWK and a JWK set, saying which', () => {
    const { d: _, ...publicJwk } = jwk;
    expect(() => resolveKey({ kid: 'k', privateKey: publicJwk })).toThrow('is a public JWK');
    expect(() => resolveKey({ kid: 'k', privateKey: { keys: [jwk] } as never })).toThrow(
      'is a JWK set',
    );
  });
});

describe('refusals of keys Maskinporten would not accept', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  it('names the problem', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    expect(() => resolveKey({ kid: 'k', privateKey: ec })).toThrow(/RSA keys only/);
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    expect(() => resolveKey({ kid: 'k', privateKey: small })).toThrow(/at least 2048/);
    expect(() => resolveKey({ kid: 'k', privateKey: publicKey })).toThrow(/private key is needed/);
    expect(() => resolveKey({ kid: 'k', x5c: ['AAAA'], privateKey } as never)).toThrow(
      /exactly one of kid/,
    );
    expect(() => resolveKey({ x5c: fixtureX5c, privateKey })).toThrow(
      /does not hold the public key/,
    );
    expect(() => resolveKey({ x5c: [certificatePem], privateKey: keyPem })).toThrow(/x5cFromPem/);
  });
});

describe('a client with a PKCS#12 key', () => {
  let fake: FakeMaskinporten;
  beforeAll(async () => {
    fake = await startFakeMaskinporten({ 'cert-client': { orgnr: '314240979' } });
  });
  afterAll(() => fake.close());

  it('gets a token with the grant signed by the file’s key and its certificate in x5c', async () => {
    const client = createMaskinportenClient({
      issuer: fake.issuer,
      clientId: 'cert-client',
      key: { pkcs12: p12([certificatePem], { algorithm: '3des' }), password: PASSWORD },
    });
    const token = await client.getToken({ scope: 'skatteetaten:summertskattegrunnlag' });
    expect(token.claims.client_amr).toBe('virksomhetssertifikat');
    expect(fake.requests.at(-1)?.header).toEqual({ alg: 'RS256', x5c: fixtureX5c });
  });
});
