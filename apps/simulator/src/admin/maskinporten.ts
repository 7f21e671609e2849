// Admin routes tagged `maskinporten` in contracts/simulator/openapi.yaml: Maskinporten clients,
// their registered keys, virksomhetssertifikat-like certificates and the test CA.
import {
  createPublicKey,
  generateKeyPair,
  type JsonWebKey,
  type KeyObject,
  randomUUID,
} from 'node:crypto';
import { promisify } from 'node:util';
import express, { type Router } from 'express';
import type { Context } from '../context.js';
import type {
  CertificateRequest,
  ClientInput,
  KeyRegistration,
  PublicJwk,
} from '../generated/admin/types.gen.js';
import type { Client, RegisteredKey } from '../store/types.js';
import { BadRequest, Conflict, NotFound } from './errors.js';
import { param } from './request.js';
import { adminBody } from './validate.js';

type RsaJwk = Pick<PublicJwk, 'kty' | 'n' | 'e'> & Partial<PublicJwk> & Record<string, unknown>;

/** The key's public members only; a JWK with private members or that is no RSA key is refused. */
function publicKeyOf(jwk: RsaJwk, what: string): KeyObject {
  if (jwk.d !== undefined || jwk.p !== undefined)
    throw new BadRequest(`${what} contains private key members; register the public key only`);
  try {
    return createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' });
  } catch {
    throw new BadRequest(`${what} is not a usable RSA public key`);
  }
}

function registrable(jwk: PublicJwk, what: string): JsonWebKey & { kid: string } {
  const exported = publicKeyOf(jwk, what).export({ format: 'jwk' });
  return {
    kty: 'RSA',
    n: exported.n as string,
    e: exported.e as string,
    kid: jwk.kid,
    ...(jwk.alg === undefined ? {} : { alg: jwk.alg }),
    ...(jwk.use === undefined ? {} : { use: jwk.use }),
  };
}

const clientView = (c: Client) => ({
  ...c,
  keys: c.keys.map((k) => ({
    kid: k.kid,
    registeredAt: k.registeredAt,
    expiresAt: k.expiresAt,
    jwk: k.jwk,
  })),
});

function registerKeys(
  ctx: Context,
  client: Client,
  keys: readonly PublicJwk[],
  nowMs: number,
  expiresAt?: string,
): RegisteredKey[] {
  return keys.map((k, i) => {
    const jwk = registrable(k, `keys[${i}]`);
    const owner = ctx.store.findClientByKid(jwk.kid);
    if (owner !== undefined && owner.clientId !== client.clientId) {
      throw new Conflict(
        `kid ${jwk.kid} is already registered on client ${owner.clientId}; kids are unique across Maskinporten`,
      );
    }
    return {
      kid: jwk.kid,
      jwk,
      registeredAt: new Date(nowMs).toISOString(),
      expiresAt: expiresAt ?? new Date(nowMs + 365 * 86400_000).toISOString(),
    };
  });
}

function createClient(ctx: Context, input: ClientInput): Client {
  const { store } = ctx;
  const clientId = input.clientId ?? randomUUID();
  if (store.getClient(clientId) !== undefined) throw new Conflict(`client ${clientId} exists`);
  const navn =
    input.navn ?? store.getOrganisation(input.orgnr)?.navn ?? `Organisasjon ${input.orgnr}`;
  const now = ctx.now();
  const base: Client = {
    clientId,
    orgnr: input.orgnr,
    navn,
    scopes: input.scopes,
    keys: [],
    createdAt: new Date(now).toISOString(),
  };
  const client = { ...base, keys: registerKeys(ctx, base, input.keys ?? [], now) };
  if (store.getOrganisation(input.orgnr) === undefined)
    store.putOrganisation({ orgnr: input.orgnr, navn });
  store.putClient(client);
  return client;
}

// On libuv's thread pool: an RSA key takes 50–300 ms to find, and twenty parallel mints made
// synchronously held every other request for more than a second.
const generateRsa = promisify(generateKeyPair);

async function issueCertificate(ctx: Context, input: CertificateRequest) {
  const { orgnr } = input;
  const navn = input.navn ?? ctx.store.getOrganisation(orgnr)?.navn ?? `Organisasjon ${orgnr}`;
  const days = input.days ?? 365;
  let privateKeyPem: string | undefined;
  let publicKey: KeyObject;
  if (input.publicKeyJwk !== undefined) {
    publicKey = publicKeyOf(input.publicKeyJwk as RsaJwk, 'publicKeyJwk');
  } else {
    const pair = await generateRsa('rsa', { modulusLength: 2048 });
    publicKey = pair.publicKey;
    privateKeyPem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  }
  const notBefore = days < 0 ? new Date(ctx.now() + days * 86400_000 * 2) : undefined;
  const cert = ctx.ca.issueVirksomhetssertifikat(
    orgnr,
    navn,
    publicKey,
    notBefore === undefined
      ? { days }
      : { notBefore, notAfter: new Date(ctx.now() + days * 86400_000) },
  );
  return {
    orgnr,
    certificatePem: cert.pem,
    x5c: cert.x5c,
    ...(privateKeyPem === undefined ? {} : { privateKeyPem }),
  };
}

export function maskinportenRoutes(ctx: Context): Router {
  const r = express.Router();
  const { store } = ctx;
  const clientOf = (id: string): Client => {
    const client = store.getClient(id);
    if (client === undefined) throw new NotFound(`no client ${id}`);
    return client;
  };

  r.get('/ca', (_req, res) => {
    res.json({ pem: ctx.ca.pem, x5c: [ctx.ca.base64] });
  });
  r.get('/clients', (_req, res) => {
    res.json({ clients: store.listClients().map(clientView) });
  });
  r.post('/clients', (req, res) => {
    const client = createClient(ctx, adminBody<ClientInput>('ClientInput', req.body));
    res.status(201).json(clientView(client));
  });
  r.get('/clients/:clientId', (req, res) => {
    res.json(clientView(clientOf(param(req, 'clientId'))));
  });
  r.delete('/clients/:clientId', (req, res) => {
    if (!store.deleteClient(param(req, 'clientId')))
      throw new NotFound(`no client ${param(req, 'clientId')}`);
    res.status(204).end();
  });
  r.post('/clients/:clientId/keys', (req, res) => {
    const client = clientOf(param(req, 'clientId'));
    const input = adminBody<KeyRegistration>('KeyRegistration', req.body);
    const added = registerKeys(ctx, client, input.keys, ctx.now(), input.expiresAt);
    // Posting a key again renews it, as in Maskinporten's self-service API.
    const keys = [...client.keys.filter((k) => !added.some((a) => a.kid === k.kid)), ...added];
    const updated = { ...client, keys };
    store.putClient(updated);
    res.status(201).json(clientView(updated));
  });
  r.delete('/clients/:clientId/keys/:kid', (req, res) => {
    const client = clientOf(param(req, 'clientId'));
    const kid = param(req, 'kid');
    if (!client.keys.some((k) => k.kid === kid))
      throw new NotFound(`client ${client.clientId} has no key ${kid}`);
    store.putClient({ ...client, keys: client.keys.filter((k) => k.kid !== kid) });
    res.status(204).end();
  });
  r.post('/certificates', async (req, res) => {
    const input = adminBody<CertificateRequest>('CertificateRequest', req.body);
    res.status(201).json(await issueCertificate(ctx, input));
  });
  return r;
}
