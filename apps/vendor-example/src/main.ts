#!/usr/bin/env node
// Starts the reference integration against the simulator (or real Skatteetaten with the env
// below). With no credentials in the environment it uses the simulator's demo vendor from
// <state dir>/demo.json, so `pnpm start` in the simulator and then here is enough.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMaskinportenClient, type SigningKey } from '@skattedeling/maskinporten-client';
import { type DecisionStore, inMemoryDecisions } from './decisions.js';
import { followOppgjoerHendelser, skatteoppgjoerHendelserFor } from './follow-oppgjoer.js';
import { positionFile } from './position-file.js';
import { createVendorServer } from './server.js';
import { createVendorService, type VendorService } from './service.js';
import { type TokenSource, tokenSourceFromMaskinporten } from './tokens.js';

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

/**
 * With VENDOR_HENDELSER_KOMMUNE: follows Skatteoppgjør hendelser for that municipality and
 * re-evaluates its households' decisions. The position is saved in a file after every page, so a
 * restart (or Ctrl-C) resumes there; after a failure for now (a system unavailable, no answer),
 * or while the list has no event from the start date, it tries again a minute later from the
 * saved position. A household whose re-evaluation fails for good (no access, an unexpected
 * answer) is reported on stderr and skipped. The decisions are kept in memory: a restart forgets
 * them, as this example has no database.
 */
function followHendelser(
  service: VendorService,
  tokens: TokenSource,
  decisions: DecisionStore,
  kommune: string,
): void {
  const options = {
    kommune,
    hendelser: skatteoppgjoerHendelserFor({
      baseUrl: env.VENDOR_SKATTEOPPGJOER_HENDELSER_URL ?? `${simulator}/skatteoppgjoerhendelser`,
      kommune,
      tokens,
    }),
    position: positionFile(
      env.VENDOR_POSITION_FILE ?? join('.vendor-example', `skatteoppgjoerhendelser-${kommune}`),
    ),
    decisions,
    reevaluate: service.redusertForeldrebetaling,
    fraDato: env.VENDOR_HENDELSER_FRA_DATO ?? `${new Date().getFullYear()}-01-01`,
    onReevaluated: (resultat: { melding: string }, hendelse: { identifikator: string }) =>
      process.stdout.write(`oppgjoer of ${hendelse.identifikator}: ${resultat.melding}\n`),
  };
  const run = (): void => {
    followOppgjoerHendelser(options).then(
      () => setTimeout(run, 60_000),
      (error: unknown) => {
        process.stderr.write(`following Skatteoppgjør hendelser: ${String(error)}\n`);
        setTimeout(run, 60_000);
      },
    );
  };
  run();
}

const { issuer, clientId, key } = await credentials();
const tokens = tokenSourceFromMaskinporten(createMaskinportenClient({ issuer, clientId, key }));
const decisions = inMemoryDecisions();
const service = createVendorService({
  tokens,
  summertSkattegrunnlagBaseUrl:
    env.VENDOR_SUMMERT_SKATTEGRUNNLAG_URL ?? `${simulator}/summertskattegrunnlag`,
  inntektBaseUrl: env.VENDOR_INNTEKT_URL ?? `${simulator}/inntekt`,
  decisions,
});
if (env.VENDOR_HENDELSER_KOMMUNE !== undefined)
  followHendelser(service, tokens, decisions, env.VENDOR_HENDELSER_KOMMUNE);
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
