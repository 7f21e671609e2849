// The ready-made demo: a vendor with two Maskinporten clients (one registered key, one
// virksomhetssertifikat), two municipalities at different stages of onboarding, and the vendor's
// key and certificate written to a local folder so a first call takes a minute.
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPair,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestCa } from '../ca/ca.js';
import { CA_CERT_FILE } from '../ca/keep.js';
import type { Urls } from '../context.js';
import { apiIds, apiInfo } from '../onboarding/apis.js';
import { writeFileAtomic } from '../store/atomic.js';
import type { Store } from '../store/types.js';
import { type DemoInfo, demoClientIds, demoKommuner, demoVendor } from './facts.js';
import { jwkThumbprint } from './thumbprint.js';

export { type DemoInfo, demoClientIds, demoKommuner, demoVendor } from './facts.js';

const demoScopes = apiIds.map((id) => apiInfo[id].scopes[0] as string);

/** The files the demo writes to the state folder (the CA's are ca/keep.ts's). */
export const DEMO_FILE_NAMES = [
  'vendor-key.pem',
  'vendor-key.jwk.json',
  'vendor-cert.pem',
  'vendor-chain.pem',
  'demo.json',
] as const;

export interface VendorKey {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly publicJwk: JsonWebKey & { kid: string };
  readonly kid: string;
  /** True when the key was read from the state folder (kept between runs). */
  readonly reused: boolean;
}

/** Reads the vendor key from the state folder, or generates one (written later by writeDemoFiles). */
export async function loadOrCreateVendorKey(stateDir: string): Promise<VendorKey> {
  let privateKey: KeyObject | undefined;
  let reused = false;
  try {
    privateKey = createPrivateKey(await readFile(join(stateDir, 'vendor-key.pem'), 'utf8'));
    reused = privateKey.asymmetricKeyType === 'rsa';
    if (!reused) privateKey = undefined;
  } catch {
    privateKey = undefined;
  }
  if (privateKey === undefined)
    privateKey = (await promisify(generateKeyPair)('rsa', { modulusLength: 2048 })).privateKey;
  const publicKey = createPublicKey(privateKey);
  const exported = publicKey.export({ format: 'jwk' });
  const kid = jwkThumbprint(exported);
  return {
    privateKey,
    publicKey,
    publicJwk: {
      kty: 'RSA',
      n: exported.n as string,
      e: exported.e as string,
      kid,
      alg: 'RS256',
      use: 'sig',
    },
    kid,
    reused,
  };
}

/** Puts the demo state in the store (again after a reset). */
export function applyDemo(store: Store, key: VendorKey, nowMs: number): void {
  const now = new Date(nowMs).toISOString();
  const inAYear = new Date(nowMs + 365 * 86400_000).toISOString();
  store.putOrganisation(demoVendor);
  store.putOrganisation(demoKommuner.fullt);
  store.putOrganisation(demoKommuner.delvis);
  store.putClient({
    clientId: demoClientIds.kid,
    orgnr: demoVendor.orgnr,
    navn: `${demoVendor.navn} (registered key)`,
    scopes: demoScopes,
    keys: [{ kid: key.kid, jwk: key.publicJwk, registeredAt: now, expiresAt: inAYear }],
    createdAt: now,
  });
  store.putClient({
    clientId: demoClientIds.sertifikat,
    orgnr: demoVendor.orgnr,
    navn: `${demoVendor.navn} (virksomhetssertifikat)`,
    scopes: demoScopes,
    keys: [],
    createdAt: now,
  });
  store.putOnboarding(undefined, {
    ...demoKommuner.fullt,
    tilslutningserklaeringSignert: true,
    paakoblinger: {
      summertskattegrunnlag: {
        rettighetspakker: ['kommuneforeldrebetaling', 'kommuneboligsosialeformaal'],
        innvilget: now,
      },
      inntekt: { rettighetspakker: ['kommuneBoligsosialeFormaal'], innvilget: now },
    },
  });
  store.putOnboarding(undefined, {
    ...demoKommuner.delvis,
    tilslutningserklaeringSignert: true,
    paakoblinger: {
      summertskattegrunnlag: { rettighetspakker: ['kommuneforeldrebetaling'], innvilget: now },
    },
  });
  let n = 0;
  for (const kommune of [demoKommuner.fullt, demoKommuner.delvis]) {
    for (const api of apiIds.map((id) => apiInfo[id])) {
      store.putDelegation(undefined, {
        id: `demo-${++n}`,
        offeredBy: kommune.orgnr,
        coveredBy: demoVendor.orgnr,
        scope: api.scopes[0] as string,
        rettighet: api.rettighet,
        status: 'active',
        created: now,
      });
    }
  }
}

/**
 * Writes the vendor's key (when new), public JWK, certificate and a demo.json to the state folder,
 * each replaced whole (a crash leaves the old file or the new one). The CA's files are already
 * there (ca/keep.ts).
 */
export async function writeDemoFiles(
  stateDir: string,
  key: VendorKey,
  ca: TestCa,
  urls: Urls,
  persons: readonly { personidentifikator: string; beskrivelse: string }[],
): Promise<DemoInfo> {
  const dir = resolve(stateDir);
  await mkdir(dir, { recursive: true });
  const cert = ca.issueVirksomhetssertifikat(demoVendor.orgnr, demoVendor.navn, key.publicKey);
  const files = {
    privateKey: join(dir, 'vendor-key.pem'),
    publicJwk: join(dir, 'vendor-key.jwk.json'),
    certificate: join(dir, 'vendor-cert.pem'),
    chain: join(dir, 'vendor-chain.pem'),
    ca: join(dir, CA_CERT_FILE),
    demo: join(dir, 'demo.json'),
  };
  const info: DemoInfo = {
    vendor: demoVendor,
    clients: {
      kid: { clientId: demoClientIds.kid, kid: key.kid },
      sertifikat: { clientId: demoClientIds.sertifikat },
    },
    kommuner: [
      {
        ...demoKommuner.fullt,
        beskrivelse:
          'tilslutningserklæring signed; påkobling for both APIs; both delegated to the vendor',
      },
      {
        ...demoKommuner.delvis,
        beskrivelse:
          'tilslutningserklæring signed; påkobling for Summert skattegrunnlag only; both delegated to the vendor',
      },
    ],
    files,
    persons,
  };
  const demoJson = {
    ...info,
    issuer: urls.issuer,
    tokenEndpoint: urls.tokenEndpoint,
    summertSkattegrunnlag: urls.summertSkattegrunnlag,
    inntekt: urls.inntekt,
    x5c: cert.x5c,
  };
  const quick = { durable: false };
  const writes = [
    writeFileAtomic(files.publicJwk, `${JSON.stringify(key.publicJwk, null, 2)}\n`, quick),
    writeFileAtomic(files.certificate, cert.pem, quick),
    writeFileAtomic(files.chain, `${cert.pem}${ca.pem}`, quick),
    writeFileAtomic(files.demo, `${JSON.stringify(demoJson, null, 2)}\n`, quick),
  ];
  // The key is what must stay (its kid is registered on the demo client): synced.
  if (!key.reused)
    writes.push(
      writeFileAtomic(
        files.privateKey,
        key.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
        { mode: 0o600 },
      ),
    );
  await Promise.all(writes);
  return info;
}
