// The simulator's test CA and the virksomhetssertifikat-like certificates it issues. Like a
// Buypass/Commfides business certificate, the organisation number sits in the subject's
// serialNumber attribute (2.5.4.5); newer SEID 2 certificates carry `organizationIdentifier`
// NTRNO-<orgnr> (2.5.4.97), which the check reads too.
import { createHash, type KeyObject, randomBytes, sign, X509Certificate } from 'node:crypto';
import {
  bitString,
  boolean,
  explicit,
  integer,
  nullValue,
  octetString,
  oid,
  printableString,
  sequence,
  set,
  time,
  utf8String,
} from './der.js';

const sha256WithRsa = sequence(oid('1.2.840.113549.1.1.11'), nullValue());

export interface NameParts {
  readonly commonName: string;
  readonly organisation?: string;
  readonly serialNumber?: string;
  readonly organizationIdentifier?: string;
  readonly country?: string;
}

function name(parts: NameParts): Buffer {
  const rdn = (type: string, value: Buffer) => set(sequence(oid(type), value));
  const rdns: Buffer[] = [];
  if (parts.country !== undefined) rdns.push(rdn('2.5.4.6', printableString(parts.country)));
  if (parts.organisation !== undefined) rdns.push(rdn('2.5.4.10', utf8String(parts.organisation)));
  if (parts.organizationIdentifier !== undefined)
    rdns.push(rdn('2.5.4.97', utf8String(parts.organizationIdentifier)));
  if (parts.serialNumber !== undefined)
    rdns.push(rdn('2.5.4.5', printableString(parts.serialNumber)));
  rdns.push(rdn('2.5.4.3', utf8String(parts.commonName)));
  return sequence(...rdns);
}

function keyIdentifier(publicKey: KeyObject): Buffer {
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha1').update(spki).digest();
}

interface IssueParams {
  readonly subject: NameParts;
  readonly issuer: NameParts;
  readonly publicKey: KeyObject;
  readonly signingKey: KeyObject;
  readonly issuerPublicKey: KeyObject;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly ca: boolean;
}

function issue(p: IssueParams): X509Certificate {
  const serial = randomBytes(16);
  serial[0] = (serial[0] as number) & 0x7f;
  const keyUsage = p.ca
    ? bitString(Buffer.from([0x06]), 1) // keyCertSign, cRLSign
    : bitString(Buffer.from([0xc0]), 6); // digitalSignature, nonRepudiation
  const extensions = sequence(
    sequence(
      oid('2.5.29.19'),
      boolean(true),
      octetString(p.ca ? sequence(boolean(true)) : sequence()),
    ),
    sequence(oid('2.5.29.15'), boolean(true), octetString(keyUsage)),
    sequence(oid('2.5.29.14'), octetString(octetString(keyIdentifier(p.publicKey)))),
    sequence(
      oid('2.5.29.35'),
      octetString(
        sequence(Buffer.concat([Buffer.from([0x80, 20]), keyIdentifier(p.issuerPublicKey)])),
      ),
    ),
  );
  const tbs = sequence(
    explicit(0, integer(2)),
    integer(serial),
    sha256WithRsa,
    name(p.issuer),
    sequence(time(p.notBefore), time(p.notAfter)),
    name(p.subject),
    p.publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, extensions),
  );
  const signature = sign('sha256', tbs, p.signingKey);
  return new X509Certificate(sequence(tbs, sha256WithRsa, bitString(signature)));
}

export interface IssuedCertificate {
  readonly certificate: X509Certificate;
  /** base64 DER, leaf first, then the CA: what a grant's `x5c` carries. */
  readonly x5c: readonly string[];
  readonly pem: string;
}

const caName: NameParts = {
  commonName: 'Skattedeling Simulator Test CA',
  organisation: 'Skattedeling simulator (not for production)',
  country: 'NO',
};

export class TestCa {
  readonly certificate: X509Certificate;

  /** A CA over this key pair: with its certificate kept from an earlier run, or a new one. */
  constructor(
    private readonly privateKey: KeyObject,
    private readonly publicKey: KeyObject,
    certificate?: X509Certificate,
  ) {
    const now = Date.now();
    this.certificate =
      certificate ??
      issue({
        subject: caName,
        issuer: caName,
        publicKey,
        signingKey: privateKey,
        issuerPublicKey: publicKey,
        notBefore: new Date(now - 3600_000),
        notAfter: new Date(now + 5 * 365 * 86400_000),
        ca: true,
      });
  }

  get pem(): string {
    return this.certificate.toString();
  }

  get base64(): string {
    return this.certificate.raw.toString('base64');
  }

  /** A virksomhetssertifikat-like certificate for `orgnr`, valid from an hour ago for `days`. */
  issueVirksomhetssertifikat(
    orgnr: string,
    navn: string,
    publicKey: KeyObject,
    options: { days?: number; notBefore?: Date; notAfter?: Date } = {},
  ): IssuedCertificate {
    const notBefore = options.notBefore ?? new Date(Date.now() - 3600_000);
    const notAfter =
      options.notAfter ?? new Date(notBefore.getTime() + (options.days ?? 365) * 86400_000);
    const certificate = issue({
      subject: {
        commonName: navn.toUpperCase(),
        organisation: navn.toUpperCase(),
        serialNumber: orgnr,
        country: 'NO',
      },
      issuer: caName,
      publicKey,
      signingKey: this.privateKey,
      issuerPublicKey: this.publicKey,
      notBefore,
      notAfter,
      ca: false,
    });
    return {
      certificate,
      x5c: [certificate.raw.toString('base64'), this.base64],
      pem: certificate.toString(),
    };
  }
}

export type ChainDecision =
  | { readonly ok: true; readonly leaf: X509Certificate; readonly orgnr: string | undefined }
  | { readonly ok: false; readonly reason: string };

/** The organisation number in a certificate subject (serialNumber or NTRNO- organizationIdentifier). */
export function orgnrOf(certificate: X509Certificate): string | undefined {
  for (const line of certificate.subject.split('\n')) {
    const [key, ...rest] = line.split('=');
    const value = rest.join('=').trim();
    if (key === 'serialNumber' && /^\d{9}$/.test(value)) return value;
    if (key === 'organizationIdentifier' && /^NTRNO-\d{9}$/.test(value)) return value.slice(6);
  }
  return undefined;
}

/**
 * Checks an `x5c` chain (leaf first) against the test CA: each certificate issued and signed by
 * the next, the last one issued by (or equal to) the CA, all within their validity period.
 */
export function verifyChain(x5c: readonly string[], ca: X509Certificate, now: Date): ChainDecision {
  const certs: X509Certificate[] = [];
  for (const [i, b64] of x5c.entries()) {
    if (!/^[A-Za-z0-9+/]+=*$/.test(b64)) return { ok: false, reason: `x5c[${i}] is not base64` };
    try {
      certs.push(new X509Certificate(Buffer.from(b64, 'base64')));
    } catch {
      return { ok: false, reason: `x5c[${i}] is not a DER certificate` };
    }
  }
  const leaf = certs[0];
  if (leaf === undefined) return { ok: false, reason: 'x5c is empty' };
  for (const [i, cert] of certs.entries()) {
    if (now < cert.validFromDate || now > cert.validToDate) {
      return {
        ok: false,
        reason: `x5c[${i}] (${cert.subject.replaceAll('\n', ', ')}) is outside its validity ${cert.validFrom} – ${cert.validTo}`,
      };
    }
  }
  let current = leaf;
  for (const next of certs.slice(1)) {
    if (next.fingerprint256 === ca.fingerprint256) break;
    if (current.checkIssued(next) === false || !current.verify(next.publicKey)) {
      return {
        ok: false,
        reason: 'x5c is not a chain: a certificate is not signed by the next one',
      };
    }
    current = next;
  }
  if (
    current.fingerprint256 !== ca.fingerprint256 &&
    (current.checkIssued(ca) === false || !current.verify(ca.publicKey))
  ) {
    return {
      ok: false,
      reason: `certificate issuer "${current.issuer.replaceAll('\n', ', ')}" is not the simulator's test CA`,
    };
  }
  return { ok: true, leaf, orgnr: orgnrOf(leaf) };
}
