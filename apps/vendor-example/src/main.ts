#!/usr/bin/env node
// Starts the reference integration against the simulator (or real Skatteetaten with the env
// below). With no credentials in the environment it uses the simulator's demo vendor from
// <state dir>/demo.json, so `pnpm start` in the simulator and then here is enough.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMaskinportenClient, type SigningKey } from '@skattedeling/maskinporten-client';
import { createVendorServer } from './server.js';
import { createVendorService } from './service.js';
import { tokenSourceFromMaskinporten } from './tokens.js';

const env = process.env;
const simulator = (env.VENDOR_SIMULATOR_URL ?? 'http://127.0.0.1:5280').replace(/\/$/, '');

async function credentials(): Promise<{ issuer: string; clientId: string; key: SigningKey }> {
  if (env.VENDOR_CLIENT_ID !== undefined) {
    const file = env.VENDOR_PRIVATE_KEY_FILE;
    const kid = env.VENDOR_KID;
    if (file === undefined || kid === undefined)
      throw new Error('VENDOR_CLIENT_ID needs VENDOR_KID and VENDOR_PRIVATE_KEY_FILE');
    return {
      issuer: env.VENDOR_MASKINPORTEN_ISSUER ?? `${simulator}/maskinporten/`,
      clientId: env.VENDOR_CLIENT_ID,
      key: { kid, privateKey: await readFile(file, 'utf8') },
    };
  }
  const demoFile = join(env.SKATTEDELING_SIM_STATE_DIR ?? '.simulator', 'demo.json');
  let demo: {
    issuer: string;
    clients: { kid: { clientId: string; kid: string } };
    files: { privateKey: string };
  };
  try {
    demo = JSON.parse(await readFile(demoFile, 'utf8'));
  } catch {
    throw new Error(
      `no VENDOR_CLIENT_ID set and no ${demoFile}: start the simulator in this folder first, or set VENDOR_CLIENT_ID, VENDOR_KID and VENDOR_PRIVATE_KEY_FILE`,
    );
  }
  return {
    issuer: demo.issuer,
    clientId: demo.clients.kid.clientId,
    key: { kid: demo.clients.kid.kid, privateKey: await readFile(demo.files.privateKey, 'utf8') },
  };
}

const { issuer, clientId, key } = await credentials();
const service = createVendorService({
  tokens: tokenSourceFromMaskinporten(createMaskinportenClient({ issuer, clientId, key })),
  summertSkattegrunnlagBaseUrl:
    env.VENDOR_SUMMERT_SKATTEGRUNNLAG_URL ?? `${simulator}/summertskattegrunnlag`,
  inntektBaseUrl: env.VENDOR_INNTEKT_URL ?? `${simulator}/inntekt`,
});
const port = Number(env.PORT ?? 5380);
createVendorServer(service, (line) => process.stderr.write(`${line}\n`)).listen(
  port,
  env.HOST ?? '127.0.0.1',
  () => {
    process.stdout.write(
      `vendor-example on http://${env.HOST ?? '127.0.0.1'}:${port} (Maskinporten ${issuer}, client ${clientId})\n`,
    );
  },
);
