// Reading the private key in the forms vendors hold it: PEM (PKCS#8, PKCS#1, encrypted with a
// passphrase), a JWK (object or JSON text), DER bytes, a KeyObject or a WebCrypto CryptoKey;
// and checking it is a key Maskinporten accepts (RSA, at least 2048 bits).
import {
  createPrivateKey,
  createPublicKey,
  type JsonWebKey,
  KeyObject,
  type webcrypto,
} from 'node:crypto';
import type { JWK } from 'jose';
import type { GrantAlgorithm } from './grant.js';

/**
 * A private RSA key: a node:crypto `KeyObject`, a WebCrypto `CryptoKey`, a JWK (an object or its
 * JSON text), PEM text (PKCS#8 or PKCS#1; encrypted needs `passphrase`), or the bytes of a PEM,
 * JWK or DER (PKCS#8, PKCS#1) file. A PKCS#12 file (.p12/.pfx) goes in `{ pkcs12, password }`.
 */
export type PrivateKeyInput = KeyObject | webcrypto.CryptoKey | JWK | string | Uint8Array;

export function isCryptoKey(value: unknown): value is webcrypto.CryptoKey {
  const CryptoKeyClass = (globalThis as { CryptoKey?: abstract new () => unknown }).CryptoKey;
  return CryptoKeyClass !== undefined && value instanceof CryptoKeyClass;
}

const HASH_OF_ALG = { RS256: 'SHA-256', RS384: 'SHA-384', RS512: 'SHA-512' } as const;

/**
 * Checks a WebCrypto key. It is handed to jose as is: a non-extractable key cannot (and should
 * not) be converted, and WebCrypto binds the key to one hash, so it must match `alg`.
 */
export function checkCryptoKey(key: webcrypto.CryptoKey, alg: GrantAlgorithm): void {
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

function readError(error: unknown): TypeError {
  const reason = error instanceof Error ? error.message : String(error);
  return new TypeError(`key.privateKey cannot be read as a private key: ${reason}`, {
    cause: error,
  });
}

/** PFX: SEQUENCE { INTEGER 3, ContentInfo { OID pkcs7-data … } } near the start. */
function looksLikePkcs12(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 32)).toString('hex');
  return bytes[0] === 0x30 && head.includes('020103') && head.includes('06092a864886f70d010701');
}

function fromText(text: string, passphrase: string | undefined): KeyObject {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let jwk: unknown;
    try {
      jwk = JSON.parse(trimmed);
    } catch (error) {
      throw readError(error);
    }
    return fromJwk(jwk as JWK);
  }
  if (!trimmed.includes('-----BEGIN'))
    throw new TypeError(
      'key.privateKey is text but neither PEM ("-----BEGIN PRIVATE KEY-----") nor JWK JSON',
    );
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(trimmed)) {
    throw new TypeError(
      trimmed.includes('-----BEGIN CERTIFICATE')
        ? 'key.privateKey holds certificates but no private key; the certificates go in x5c'
        : 'key.privateKey is PEM without a PRIVATE KEY block',
    );
  }
  if (trimmed.includes('-----BEGIN ENCRYPTED PRIVATE KEY') && passphrase === undefined)
    throw new TypeError(
      'key.privateKey is an encrypted PEM key; give its passphrase in key.passphrase',
    );
  try {
    return createPrivateKey(passphrase === undefined ? trimmed : { key: trimmed, passphrase });
  } catch (error) {
    throw readError(error);
  }
}

function fromJwk(jwk: JWK): KeyObject {
  if ('keys' in jwk && Array.isArray((jwk as { keys?: unknown }).keys))
    throw new TypeError('key.privateKey is a JWK set ({ keys: […] }); give the one private JWK');
  if (jwk.kty === 'RSA' && jwk.d === undefined)
    throw new TypeError('key.privateKey is a public JWK (no "d"); the private JWK is needed');
  try {
    return createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' });
  } catch (error) {
    throw readError(error);
  }
}

function fromBytes(bytes: Uint8Array, passphrase: string | undefined): KeyObject {
  if (looksLikePkcs12(bytes))
    throw new TypeError(
      'key.privateKey is a PKCS#12 file (.p12/.pfx); give it as key: { pkcs12, password }',
    );
  const buffer = Buffer.from(bytes);
  const text = buffer.toString('utf8').trim();
  if (text.startsWith('-----BEGIN') || text.startsWith('{')) return fromText(text, passphrase);
  for (const type of ['pkcs8', 'pkcs1'] as const) {
    try {
      return createPrivateKey({ key: buffer, format: 'der', type });
    } catch {
      // try the next form
    }
  }
  throw new TypeError('key.privateKey bytes are neither PEM, JWK nor a DER private key');
}

function checkRsa(key: KeyObject): KeyObject {
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

/** Any input but a CryptoKey, as a checked RSA private KeyObject. */
export function toKeyObject(
  input: Exclude<PrivateKeyInput, webcrypto.CryptoKey>,
  passphrase?: string,
): KeyObject {
  if (input instanceof KeyObject) return checkRsa(input);
  if (typeof input === 'string') return checkRsa(fromText(input, passphrase));
  if (input instanceof Uint8Array) return checkRsa(fromBytes(input, passphrase));
  if (input === null || typeof input !== 'object')
    throw new TypeError(
      'key.privateKey must be PEM text, a JWK, bytes, a KeyObject or a CryptoKey',
    );
  return checkRsa(fromJwk(input));
}

/** The public modulus of the key, or undefined for a WebCrypto key that cannot be exported. */
export function modulusOf(key: KeyObject | webcrypto.CryptoKey): string | undefined {
  if (key instanceof KeyObject) return createPublicKey(key).export({ format: 'jwk' }).n;
  if (!key.extractable) return undefined;
  return createPublicKey(KeyObject.from(key)).export({ format: 'jwk' }).n;
}
