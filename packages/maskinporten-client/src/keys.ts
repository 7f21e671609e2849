// The client's signing key: a registered key (`kid`), a business certificate / eSeal (`x5c`) with
// its private key, or a PKCS#12 file (.p12/.pfx) holding both.
import { type KeyObject, type webcrypto, X509Certificate } from 'node:crypto';
import type { GrantAlgorithm } from './grant.js';
import { readPkcs12 } from './pkcs12.js';
import {
  checkCryptoKey,
  isCryptoKey,
  modulusOf,
  type PrivateKeyInput,
  toKeyObject,
} from './private-key.js';

export type { PrivateKeyInput };

/** A key registered on the client in Maskinporten's self-service (grant header `kid`). */
export interface RegisteredKey {
  readonly kid: string;
  readonly privateKey: PrivateKeyInput;
  /** The passphrase of an encrypted PEM key (`-----BEGIN ENCRYPTED PRIVATE KEY-----`). */
  readonly passphrase?: string;
}

/**
 * A business certificate (virksomhetssertifikat) or EU eSeal (grant header `x5c`): the chain,
 * leaf first, as base64 DER strings or as PEM text with one or more certificates. Digdir asks for
 * the whole chain; the leaf alone is what most clients send and is accepted.
 */
export interface CertificateKey {
  readonly x5c: readonly string[] | string;
  readonly privateKey: PrivateKeyInput;
  /** The passphrase of an encrypted PEM key. */
  readonly passphrase?: string;
}

/**
 * A PKCS#12 file (.p12/.pfx) as Buypass and Commfides deliver a business certificate: its bytes
 * (or base64 text) and password. The grant carries the file's certificate chain in `x5c`, or
 * `kid` when you give one (the certificate's key registered in self-service).
 */
export interface Pkcs12Key {
  readonly pkcs12: Uint8Array | ArrayBuffer | string;
  readonly password: string;
  readonly kid?: string;
}

export type SigningKey = RegisteredKey | CertificateKey | Pkcs12Key;

export interface ResolvedKey {
  readonly privateKey: KeyObject | webcrypto.CryptoKey;
  readonly header: { readonly kid: string } | { readonly x5c: string[] };
}

function checkKid(kid: unknown): { kid: string } {
  if (typeof kid !== 'string' || kid.trim() === '')
    throw new TypeError('key.kid must be a non-empty string');
  return { kid };
}

/** Checks a chain (base64 DER, leaf first) against the key: the leaf must hold its public half. */
function checkX5c(x5c: readonly string[], privateKey: KeyObject | webcrypto.CryptoKey): string[] {
  if (!Array.isArray(x5c) || x5c.length === 0) {
    throw new TypeError('key.x5c must be a non-empty array of base64 DER certificates, leaf first');
  }
  x5c.forEach((entry, index) => {
    if (typeof entry !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(entry)) {
      const hint =
        typeof entry === 'string' && entry.includes('-----BEGIN')
          ? ' (PEM given: use x5cFromPem(), or give the PEM text itself as x5c)'
          : '';
      throw new TypeError(`key.x5c[${index}] must be base64 DER without line breaks${hint}`);
    }
  });
  let leaf: X509Certificate;
  try {
    leaf = new X509Certificate(Buffer.from(x5c[0] as string, 'base64'));
  } catch (error) {
    throw new TypeError(
      `key.x5c[0] is not an X.509 certificate: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const keyModulus = modulusOf(privateKey);
  if (keyModulus !== undefined && leaf.publicKey.export({ format: 'jwk' }).n !== keyModulus) {
    throw new TypeError(
      'key.x5c[0] (the leaf certificate) does not hold the public key of key.privateKey',
    );
  }
  return [...x5c];
}

function resolvePkcs12(key: Pkcs12Key): ResolvedKey {
  const { privateKey, x5c } = readPkcs12(key.pkcs12, key.password);
  const checked = toKeyObject(privateKey);
  if (key.kid !== undefined) return { privateKey: checked, header: checkKid(key.kid) };
  return { privateKey: checked, header: { x5c: checkX5c(x5c, checked) } };
}

/** Checks the key once at start-up so a bad key fails there, not on the first token request. */
export function resolveKey(key: SigningKey, alg: GrantAlgorithm = 'RS256'): ResolvedKey {
  if (key === null || typeof key !== 'object')
    throw new TypeError(
      'key must be { kid, privateKey }, { x5c, privateKey } or { pkcs12, password }',
    );
  if ('pkcs12' in key && key.pkcs12 !== undefined) {
    if ('privateKey' in key || 'x5c' in key)
      throw new TypeError(
        'key.pkcs12 holds the private key and the chain; give no privateKey or x5c',
      );
    return resolvePkcs12(key);
  }
  const hasKid = 'kid' in key && key.kid !== undefined;
  const hasX5c = 'x5c' in key && key.x5c !== undefined;
  if (hasKid === hasX5c) {
    throw new TypeError(
      'key must have exactly one of kid (a registered key) and x5c (a certificate chain)',
    );
  }
  const { privateKey: input, passphrase } = key as RegisteredKey | CertificateKey;
  let privateKey: KeyObject | webcrypto.CryptoKey;
  if (isCryptoKey(input)) {
    checkCryptoKey(input, alg);
    privateKey = input;
  } else {
    privateKey = toKeyObject(input, passphrase);
  }
  if (hasKid) return { privateKey, header: checkKid((key as RegisteredKey).kid) };
  const x5c = (key as CertificateKey).x5c;
  return {
    privateKey,
    header: { x5c: checkX5c(typeof x5c === 'string' ? x5cFromPem(x5c) : x5c, privateKey) },
  };
}

/** The `x5c` array for a PEM file with one or more certificates (leaf first, as in the file). */
export function x5cFromPem(pem: string): string[] {
  const blocks = [
    ...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g),
  ];
  if (blocks.length === 0)
    throw new TypeError('no "-----BEGIN CERTIFICATE-----" block in the PEM text');
  return blocks.map((block) => (block[1] ?? '').replace(/\s+/g, ''));
}
