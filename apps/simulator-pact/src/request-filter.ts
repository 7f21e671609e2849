// The verifier's request filter (an Express middleware inside Pact's verification proxy). For
// every replayed request it
//  - names the interaction's test run in x-skattedeling-test-run;
//  - for Skatteetaten's APIs, replaces the pact's Authorization header (an example token; a pact
//    never carries a real one) with a fresh simulator token for the interaction's municipality,
//    on-boarding the municipality and delegating to the vendor first when no state said
//    otherwise (so a pact need not spell out onboarding to be verified against an API);
//  - for Maskinporten's /token, replaces the example grant with one signed now by the vendor's
//    client, keeping the example's scope and consumer_org.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { decodeJwtClaims } from '@skattedeling/pact';
import { TEST_RUN_HEADER } from '@skattedeling/simulator';
import type { AdminClient } from './admin-client.js';
import type { VerifierCredentials } from './credentials.js';
import type { InteractionContext, InteractionTracker } from './interactions.js';
import { type ProviderInfo, rettighetspakkeOf } from './providers.js';

export interface FilterRequest extends IncomingMessage {
  body?: unknown;
  path?: string;
}

export type RequestFilter = (
  req: FilterRequest,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

export interface FilterDeps {
  readonly provider: ProviderInfo;
  readonly tracker: InteractionTracker;
  readonly admin: AdminClient;
  readonly credentials: VerifierCredentials;
  /** The municipality and vendor used when no state names one. */
  readonly defaults: { readonly kommune: string; readonly leverandoer: string };
  /** Called with the interaction that just ended (its journal is read and its run reset). */
  readonly finish: (context: InteractionContext) => Promise<void>;
  /** Paths of Pact's own endpoints on the proxy, which pass untouched. */
  readonly ownPaths: readonly string[];
}

function fail(
  res: ServerResponse,
  context: InteractionContext,
  message: string,
  record = true,
): void {
  if (record) context.errors.push(message);
  res.writeHead(500, {
    'content-type': 'application/json',
    'x-skattedeling-pact-verifier': 'refused',
  });
  res.end(JSON.stringify({ verifier: `the request was not sent to the simulator: ${message}` }));
}

/**
 * A fresh token for an API request of the interaction (`context.request`), for the municipality
 * the states name, on-boarding it for the request's rettighetspakke and delegating to the vendor
 * first when no state said otherwise.
 */
export async function apiToken(
  context: InteractionContext,
  deps: Pick<FilterDeps, 'provider' | 'admin' | 'credentials' | 'defaults'>,
): Promise<string> {
  const api = deps.provider.api;
  if (api === undefined) throw new Error(`${deps.provider.name} is not an API with tokens`);
  const consumerOrg = context.consumerOrg ?? deps.defaults.kommune;
  const vendorOrg = context.vendorOrg ?? deps.defaults.leverandoer;
  const facts = context.apis.get(api.id) ?? {};
  if (facts.paakobling === undefined) {
    // No state about onboarding: grant what the request asks for, so the API answers on data.
    const pakke = rettighetspakkeOf(deps.provider, context.request?.path ?? '') ?? 'ssb';
    await deps.admin.signTilslutningserklaering(context.run, consumerOrg);
    await deps.admin.putPaakobling(context.run, consumerOrg, api.id, [pakke]);
  }
  if (facts.delegation === undefined)
    await deps.admin.delegate(context.run, consumerOrg, vendorOrg, api.id);
  return deps.credentials.token(context.run, vendorOrg, api.scope, consumerOrg);
}

/** The Authorization header of an API request of the interaction: `Bearer` and `apiToken`. */
export async function apiAuthorization(
  context: InteractionContext,
  deps: Pick<FilterDeps, 'provider' | 'admin' | 'credentials' | 'defaults'>,
): Promise<string> {
  return `Bearer ${await apiToken(context, deps)}`;
}

async function prepareApiRequest(
  req: FilterRequest,
  context: InteractionContext,
  deps: FilterDeps,
): Promise<void> {
  if (deps.provider.api === undefined) return;
  req.headers.authorization = await apiAuthorization(context, deps);
}

async function prepareTokenRequest(
  req: FilterRequest,
  context: InteractionContext,
  deps: FilterDeps,
): Promise<void> {
  const form =
    req.body !== null && typeof req.body === 'object' && !Buffer.isBuffer(req.body)
      ? (req.body as Record<string, unknown>)
      : undefined;
  if (form === undefined || typeof form.assertion !== 'string') return;
  const example = decodeJwtClaims(form.assertion) ?? {};
  const scope = typeof example.scope === 'string' ? example.scope : undefined;
  if (scope === undefined)
    throw new Error(
      'the pact’s example grant has no scope claim; build it with tokenRequestForm() from @skattedeling/pact',
    );
  const consumerOrg =
    typeof example.consumer_org === 'string' ? example.consumer_org : context.consumerOrg;
  const vendorOrg = context.vendorOrg ?? deps.defaults.leverandoer;
  const assertion = await deps.credentials.grant(vendorOrg, {
    scope,
    consumerOrg,
    resource: example.resource,
  });
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(form)) fields[key] = String(value);
  fields.assertion = assertion;
  const body = Buffer.from(new URLSearchParams(fields).toString());
  // Pact's proxy forwards req.body as it finds it (a parsed form would go out as JSON).
  req.body = body;
  req.headers['content-length'] = String(body.length);
}

export function createRequestFilter(deps: FilterDeps): RequestFilter {
  return (req, res, next) => {
    const path = req.path ?? new URL(req.url ?? '/', 'http://x').pathname;
    if (deps.ownPaths.includes(path)) {
      next();
      return;
    }
    const { context, previous } = deps.tracker.forRequest();
    context.request = { method: req.method ?? 'GET', path };
    (async () => {
      if (previous !== undefined) await deps.finish(previous);
      if (context.errors.length > 0) {
        fail(
          res,
          context,
          `a provider state could not be set up: ${context.errors.join('; ')}`,
          false,
        );
        return;
      }
      try {
        req.headers[TEST_RUN_HEADER] = context.run;
        if (deps.provider.api !== undefined) await prepareApiRequest(req, context, deps);
        else await prepareTokenRequest(req, context, deps);
      } catch (error) {
        fail(res, context, error instanceof Error ? error.message : String(error));
        return;
      }
      next();
    })().catch(next);
  };
}
