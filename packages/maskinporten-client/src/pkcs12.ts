// Reading a PKCS#12 file (.p12/.pfx), the form in which Buypass and Commfides deliver a business
// certificate (virksomhetssertifikat): the private key and the certificate chain, leaf first.
// node:crypto cannot read PKCS#12, so node-forge decrypts it (modern AES/PBKDF2 files and the
// legacy RC2/3DES ones alike); node-forge is loaded only when a PKCS#12 file is given.
import { createPrivateKey, createPublicKey, type KeyObject, X509Certificate } from 'node:crypto';
import { createRequire } from 'node:module';

type Forge = typeof import('node-forge');
let loaded: Forge | undefined;
function forge(): Forge {
  loaded ??= createRequire(import.meta.url)('node-forge') as Forge;
  return loaded;
}

export interface Pkcs12Contents {
  readonly privateKey: KeyObject;
  /** The certificate chain as base64 DER, leaf (the private key's certificate) first. */
  readonly x5c: string[];
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function toBytes(file: Uint8Array | ArrayBuffer | string): Buffer {
  if (typeof file === 'string') {
    const base64 = file.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64))
      throw new TypeError('key.pkcs12 must be the file as bytes, or as base64 text');
    return Buffer.from(base64, 'base64');
  }
  return Buffer.from(file instanceof ArrayBuffer ? new Uint8Array(file) : file);
}

function open(bytes: Buffer, password: string) {
  const { asn1, pkcs12, util } = forge();
  let parsed: ReturnType<typeof asn1.fromDer>;
  try {
    parsed = asn1.fromDer(util.createBuffer(bytes.toString('binary')), false);
  } catch (error) {
    throw new TypeError(`key.pkcs12 is not a PKCS#12 file (.p12/.pfx): ${message(error)}`, {
      cause: error,
    });
  }
  try {
    return pkcs12.pkcs12FromAsn1(parsed, false, password);
  } catch (error) {
    const wrongPassword = /MAC could not be verified|wrong password|Invalid password/i.test(
      message(error),
    );
    throw new TypeError(
      wrongPassword
        ? 'key.password does not open the PKCS#12 file (its integrity check failed): is it the right password?'
        : `key.pkcs12 cannot be read as PKCS#12: ${message(error)}`,
      { cause: error },
    );
  }
}

/** The modulus of an RSA public key, to match a certificate to the private key. */
function modulus(key: KeyObject): string | undefined {
  return (key.type === 'public' ? key : createPublicKey(key)).export({ format: 'jwk' }).n;
}

/** The leaf (the certificate of `key`), then each issuer found in `certificates`, in order. */
function orderChain(key: KeyObject, certificates: X509Certificate[]): X509Certificate[] {
  const keyModulus = modulus(key);
  const leaf = certificates.find((c) => modulus(c.publicKey) === keyModulus);
  if (leaf === undefined) {
    throw new TypeError(
      certificates.length === 0
        ? 'key.pkcs12 holds no certificate; export it with its certificate chain'
        : 'key.pkcs12 holds no certificate for its private key',
    );
  }
  const chain = [leaf];
  const rest = certificates.filter((c) => c !== leaf);
  for (;;) {
    const last = chain[chain.length - 1] as X509Certificate;
    if (last.checkIssued(last)) break; // a self-signed root ends the chain
    const issuer = rest.find((c) => last.checkIssued(c) && last.verify(c.publicKey));
    if (issuer === undefined) break;
    chain.push(issuer);
    rest.splice(rest.indexOf(issuer), 1);
  }
  return chain;
}

/**
 * The private key and certificate chain of a PKCS#12 file. `file` is the file's bytes (or base64
 * text, as key vaults hand it out). Throws a TypeError that says what is wrong: not PKCS#12, a
 * wrong password, no private key or more than one, no certificate for the key.
 */
export function readPkcs12(
  file: Uint8Array | ArrayBuffer | string,
  password: string,
): Pkcs12Contents {
  if (typeof password !== 'string')
    throw new TypeError(
      'key.password must be the PKCS#12 file’s password (a string, may be empty)',
    );
  const { asn1, pki } = forge();
  const p12 = open(toBytes(file), password);
  const keyBags = [pki.oids.pkcs8ShroudedKeyBag, pki.oids.keyBag].flatMap(
    (bagType) => p12.getBags({ bagType: bagType as string })[bagType as string] ?? [],
  );
  if (keyBags.length !== 1) {
    throw new TypeError(
      keyBags.length === 0
        ? 'key.pkcs12 holds no private key (a certificate-only export?)'
        : `key.pkcs12 holds ${keyBags.length} private keys; export the one you use on its own`,
    );
  }
  const bag = keyBags[0] as (typeof keyBags)[number];
  // Keys forge cannot model (EC) keep their ASN.1; either way node:crypto reads PKCS#8 DER.
  const info = bag.key ? pki.wrapRsaPrivateKey(pki.privateKeyToAsn1(bag.key)) : bag.asn1;
  const privateKey = createPrivateKey({
    key: Buffer.from(asn1.toDer(info).getBytes(), 'binary'),
    format: 'der',
    type: 'pkcs8',
  });
  const certBag = pki.oids.certBag as string;
  const certificates = (p12.getBags({ bagType: certBag })[certBag] ?? []).map((b) => {
    const der = asn1.toDer(b.cert ? pki.certificateToAsn1(b.cert) : b.asn1).getBytes();
    return new X509Certificate(Buffer.from(der, 'binary'));
  });
  if (privateKey.asymmetricKeyType !== 'rsa') return { privateKey, x5c: [] };
  const chain = orderChain(privateKey, certificates);
  return { privateKey, x5c: chain.map((c) => c.raw.toString('base64')) };
}
