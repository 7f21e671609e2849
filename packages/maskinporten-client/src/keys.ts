// The client's signing key: a registered key (`kid`) or a business certificate / eSeal (`x5c`).
import {
  createPrivateKey,
  createPublicKey,
  type JsonWebKey,
  KeyObject,
  type webcrypto,
  X509Certificate,
} from 'node:crypto';
import type { JWK } from 'jose';
import type { GrantAlgorithm } from './grant.js';

/** A private RSA key: a node:crypto `KeyObject`, a WebCrypto `CryptoKey`, a JWK, or PEM text (PKCS#8 or PKCS#1). */
export type PrivateKeyInput = KeyObject | webcrypto.CryptoKey | JWK | string;

/** A key registered on the client in Maskinporten's self-service (grant header `kid`). */
export interface RegisteredKey {
  readonly kid: string;
  readonly privateKey: PrivateKeyInput;
}

/**
 * A business certificate (virksomhetssertifikat) or EU eSeal (grant header `x5c`): base64 DER
 * certificates, leaf first. Digdir asks for the whole chain; the leaf alone is what most clients
 * send and is accepted.
 */
export interface CertificateKey {
  readonly x5c: readonly string[];
  readonly privateKey: PrivateKeyInput;
}

export type SigningKey = RegisteredKey | CertificateKey;

export interface ResolvedKey {
  readonly privateKey: KeyObject | webcrypto.CryptoKey;
  readonly header: { readonly kid: string } | { readonly x5c: string[] };
}

function isCryptoKey(value: unknown): value is webcrypto.CryptoKey {
  const CryptoKeyClass = (globalThis as { CryptoKey?: abstract new () => unknown }).CryptoKey;
  return CryptoKeyClass !== undefined && value instanceof CryptoKeyClass;
}

const HASH_OF_ALG = { RS256: 'SHA-256', RS384: 'SHA-384', RS512: 'SHA-512' } as const;

function readError(error: unknown): TypeError {
  return new TypeError(
    `key.privateKey cannot be read as a private key: ${error instanceof Error ? error.message : String(error)}`,
    {
      cause: error,
    },
  );
}

/**
 * Checks a WebCrypto key. It is handed to jose as is: a non-extractable key cannot (and should
 * not) be converted, and WebCrypto binds the key to one hash, so it must match `alg`.
 */
function checkCryptoKey(key: webcrypto.CryptoKey, alg: GrantAlgorithm): void {
  const algorithm = key.algorithm as webcrypto.RsaHashedKeyAlgorithm;
  if (key.type !== 'private')
    throw new TypeError(`key.privateKey is a ${key.type} key; a private key is needed`);
  if (algorithm.name !== 'RSASSA-PKCS1-v1_5') {
    throw new TypeError(
      `key.privateKey is a ${algorithm.name} CryptoKey; ${alg} needs an RSASSA-PKCS1-v1_5 key`,
    );
  }
  if (algorithm.modulusLength < 2048) {
    throw new TypeError(
      `key.privateKey is RSA ${algorithm.modulusLength}; Maskinporten requires at least 2048 bits`,
    );
  }
  if (algorithm.hash.name !== HASH_OF_ALG[alg]) {
    throw new TypeError(
      `key.privateKey is bound to ${algorithm.hash.name}, but alg ${alg} signs with ${HASH_OF_ALG[alg]}`,
    );
  }
}

function toKeyObject(input: Exclude<PrivateKeyInput, webcrypto.CryptoKey>): KeyObject {
  let key: KeyObject;
  try {
    if (typeof input === 'string') key = createPrivateKey(input);
    else if (input instanceof KeyObject) key = input;
    else key = createPrivateKey({ key: input as JsonWebKey, format: 'jwk' });
  } catch (error) {
    throw readError(error);
  }
  if (key.type !== 'private')
    throw new TypeError(`key.privateKey is a ${key.type} key; a private key is needed`);
  if (key.asymmetricKeyType !== 'rsa') {
    throw new TypeError(
      `key.privateKey is a ${key.asymmetricKeyType} key; Maskinporten accepts RSA keys only (RS256, RS384, RS512)`,
    );
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < 2048)
    throw new TypeError(`key.privateKey is RSA ${bits}; Maskinporten requires at least 2048 bits`);
  return key;
}

/** The public modulus of the key, or undefined for a WebCrypto key that cannot be exported. */
function modulusOf(key: KeyObject | webcrypto.CryptoKey): string | undefined {
  if (key instanceof KeyObject) return createPublicKey(key).export({ format: 'jwk' }).n;
  if (!key.extractable) return undefined;
  return createPublicKey(KeyObject.from(key)).export({ format: 'jwk' }).n;
}

/** Checks the key once at start-up so a bad key fails there, not on the first token request. */
export function resolveKey(key: SigningKey, alg: GrantAlgorithm = 'RS256'): ResolvedKey {
  if (key === null || typeof key !== 'object')
    throw new TypeError('key must be { kid, privateKey } or { x5c, privateKey }');
  const hasKid = 'kid' in key && key.kid !== undefined;
  const hasX5c = 'x5c' in key && key.x5c !== undefined;
  if (hasKid === hasX5c) {
    throw new TypeError(
      'key must have exactly one of kid (a registered key) and x5c (a certificate chain)',
    );
  }
  let privateKey: KeyObject | webcrypto.CryptoKey;
  if (isCryptoKey(key.privateKey)) {
    checkCryptoKey(key.privateKey, alg);
    privateKey = key.privateKey;
  } else {
    privateKey = toKeyObject(key.privateKey);
  }

  if ('kid' in key && hasKid) {
    if (typeof key.kid !== 'string' || key.kid.trim() === '')
      throw new TypeError('key.kid must be a non-empty string');
    return { privateKey, header: { kid: key.kid } };
  }
  const x5c = (key as CertificateKey).x5c;
  if (!Array.isArray(x5c) || x5c.length === 0) {
    throw new TypeError('key.x5c must be a non-empty array of base64 DER certificates, leaf first');
  }
  x5c.forEach((entry, index) => {
    if (typeof entry !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(entry)) {
      const hint =
        typeof entry === 'string' && entry.includes('-----BEGIN')
          ? ' (PEM given: use x5cFromPem())'
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
  return { privateKey, header: { x5c: [...x5c] } };
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
