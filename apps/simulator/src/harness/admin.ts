// The typed admin clients of the harness: the SDK classes generated from contracts/simulator and
// contracts/altinn, bound to this simulator's base URL and admin token.
import { createClient, createConfig } from '../generated/admin/client/index.js';
import { SimulatorAdmin } from '../generated/admin/sdk.gen.js';
import { createClient as createAltinnClient } from '../generated/altinn/client/index.js';
import { AltinnAdmin } from '../generated/altinn/sdk.gen.js';

const readOnly = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The admin API refuses a state change that does not say `Content-Type: application/json` (a
 * browser's cross-site "simple" request cannot); the generated client drops the header when there
 * is no body, as for POST /reset, so it is put back here.
 */
function jsonStateChanges(request: Request): Request {
  if (readOnly.has(request.method) || request.headers.has('content-type')) return request;
  const headers = new Headers(request.headers);
  headers.set('content-type', 'application/json');
  return new Request(request, { headers });
}

export interface AdminClients {
  readonly admin: SimulatorAdmin;
  readonly altinn: AltinnAdmin;
}

export function adminClients(adminUrl: string, adminToken: string | undefined): AdminClients {
  // A header rather than the clients' `auth`: the Altinn contract declares no security scheme,
  // yet the simulator guards its delegation API with the same admin token.
  const headers = adminToken === undefined ? {} : { authorization: `Bearer ${adminToken}` };
  const admin = createClient(createConfig({ baseUrl: adminUrl, headers }));
  const altinn = createAltinnClient(createConfig({ baseUrl: `${adminUrl}/altinn`, headers }));
  admin.interceptors.request.use(jsonStateChanges);
  altinn.interceptors.request.use(jsonStateChanges);
  return {
    admin: new SimulatorAdmin({ client: admin }),
    altinn: new AltinnAdmin({ client: altinn }),
  };
}
