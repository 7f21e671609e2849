// A third-party validator's view of the simulator: Stoplight Prism's validation proxy sits between
// a client and the simulator, one proxy per contract, and reports every request or response that
// does not conform in its `sl-violations` header. Requests the contract allows must produce no
// violation at all; requests that deliberately break the contract (to provoke a 400/401/406)
// may produce request violations, but their responses must still conform.
import { startPrismProxy } from './lib/prism.ts';
import type { Helper } from './lib/processes.ts';
import {
  demoVendor,
  freePort,
  startSimulatorProcess,
  tokenRequestBody,
  waitForHttp,
} from './lib/simulator.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: node scripts/prism-check.ts

Starts the simulator (apps/simulator/dist, build it first) and a Prism validation proxy per
contract, sends a set of requests through the proxies and fails when Prism reports a violation.`);
  process.exit(0);
}

interface Violation {
  location: string[];
  severity: string;
  message: string;
}
interface Case {
  name: string;
  proxy: string;
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  status: number;
  /** The request deliberately breaks the contract; only response violations count. */
  invalidRequest?: boolean;
}

/**
 * Prism parses only JSON bodies; any other body reaches its validator as a string
 * (@stoplight/prism-http dist/utils/parseResponse.js), so an XML body always "must be object".
 * For XML exchanges Prism still checks status, media type and headers; the XML bodies themselves
 * are checked by the simulator's own contract tests.
 */
const prismCannotParse = (v: Violation, contentType: string | null) =>
  contentType?.includes('xml') === true &&
  v.location.join('.') === 'response.body' &&
  /must be object/.test(v.message);

// Every helper (the simulator, the proxies) also ends when this script ends, however it ends.
const helpers: { stop(): Promise<unknown> }[] = [];
const stopAll = () => Promise.all(helpers.map((h) => h.stop()));

async function main(): Promise<number> {
  // The V1 and legacy contracts describe the retired shared-host paths as they were served; by
  // default the simulator answers them as retired (404, plain text), so serve them here.
  const simulator = await startSimulatorProcess(['--serve-retired-paths']);
  helpers.push(simulator);
  const base = simulator.url;

  const contracts: Record<string, { file: string; upstream: string }> = {
    maskinporten: { file: 'contracts/maskinporten/openapi.yaml', upstream: `${base}/maskinporten` },
    ssg: {
      file: 'contracts/skatteetaten/summert-skattegrunnlag/openapi.yaml',
      upstream: `${base}/summertskattegrunnlag`,
    },
    ssgV1: {
      file: 'contracts/skatteetaten/summert-skattegrunnlag/openapi-v1.yaml',
      upstream: base,
    },
    inntekt: { file: 'contracts/skatteetaten/inntekt/openapi.yaml', upstream: `${base}/inntekt` },
    inntektLegacy: { file: 'contracts/skatteetaten/inntekt/openapi-legacy.yaml', upstream: base },
  };
  const proxies: Record<string, string> = {};
  const started: [string, Helper][] = [];
  for (const [name, { file, upstream }] of Object.entries(contracts)) {
    const proxyPort = await freePort();
    const proxy = startPrismProxy(file, upstream, proxyPort);
    helpers.push(proxy);
    proxies[name] = `http://127.0.0.1:${proxyPort}`;
    started.push([proxies[name], proxy]);
  }
  await Promise.all(
    started.map(([url, proxy]) => waitForHttp(url, proxy.child, { timeoutMs: 60_000, ok: false })),
  );

  const issuer = `${base}/maskinporten/`;
  const vendor = await demoVendor(simulator.stateDir, issuer);
  const kommune = vendor.kommuner[0]?.orgnr;
  const grant = (scope: string, lifetimeSeconds = 120) =>
    vendor.grant({ scope, consumerOrg: kommune, lifetimeSeconds });
  const form = tokenRequestBody;
  const token = async (scope: string) => {
    const response = await fetch(`${issuer}token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form(await grant(scope)),
    });
    if (!response.ok) throw new Error(`token for ${scope} refused: ${await response.text()}`);
    return ((await response.json()) as { access_token: string }).access_token;
  };
  const ssgToken = await token('skatteetaten:summertskattegrunnlag');
  const inntektToken = await token('skatteetaten:inntekt');
  const bearer = (t: string, accept = 'application/json') => ({
    authorization: `Bearer ${t}`,
    accept,
  });

  // A person with a settled year and income in its first quarter, found through the simulator.
  const unshielded = async (r: Response) => {
    const text = await r.text();
    return r.status === 200 && !text.includes('"skjermet":true');
  };
  let pid = '';
  let year = 0;
  for (const person of vendor.persons) {
    for (const y of [2024, 2023, 2022, 2021]) {
      const id = person.personidentifikator;
      const ssg = `${base}/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/${y}/${id}`;
      const income = `${base}/inntekt/v1/kommuneBoligsosialeFormaal/${id}/inntekter?fraOgMed=${y}-01&tilOgMed=${y}-03`;
      if (
        (await unshielded(await fetch(ssg, { headers: bearer(ssgToken) }))) &&
        (await unshielded(await fetch(income, { headers: bearer(inntektToken) })))
      ) {
        pid = person.personidentifikator;
        year = y;
        break;
      }
    }
    if (pid !== '') break;
  }
  if (pid === '') throw new Error('no demo person has a settled year 2021–2024 with income');
  const unknownPid = '01015012345'.replace(/.$/, '0');
  const months = `fraOgMed=${year}-01&tilOgMed=${year}-03`;
  const ssgPath = `/v2/oppgjoer/kommuneforeldrebetaling/${year}/${pid}`;

  const cases: Case[] = [
    {
      name: 'metadata',
      proxy: 'maskinporten',
      path: '/.well-known/oauth-authorization-server',
      status: 200,
    },
    { name: 'JWKS', proxy: 'maskinporten', path: '/jwk', status: 200 },
    {
      name: 'token (delegated grant)',
      proxy: 'maskinporten',
      path: '/token',
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form(await grant('skatteetaten:summertskattegrunnlag')),
      status: 200,
    },
    {
      name: 'token refused (lifetime too long)',
      proxy: 'maskinporten',
      path: '/token',
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form(await grant('skatteetaten:summertskattegrunnlag', 600)),
      status: 400,
    },
    { name: 'SSG V2 JSON', proxy: 'ssg', path: ssgPath, headers: bearer(ssgToken), status: 200 },
    {
      name: 'SSG V2 XML',
      proxy: 'ssg',
      path: ssgPath,
      headers: bearer(ssgToken, 'application/xml'),
      status: 200,
    },
    // The draft stays after the assessment is out, so the settled year has one; the current
    // income year has none until the spring after it.
    {
      name: 'SSG V2 utkast',
      proxy: 'ssg',
      path: ssgPath.replace('oppgjoer', 'utkast'),
      headers: bearer(ssgToken),
      status: 200,
    },
    {
      name: 'SSG V2 utkast not yet out',
      proxy: 'ssg',
      path: ssgPath
        .replace('oppgjoer', 'utkast')
        .replace(String(year), String(new Date().getUTCFullYear())),
      headers: bearer(ssgToken),
      status: 404,
    },
    {
      name: 'SSG V2 unknown person',
      proxy: 'ssg',
      path: `/v2/oppgjoer/kommuneforeldrebetaling/${year}/${unknownPid}`,
      headers: bearer(ssgToken),
      status: 404,
    },
    {
      name: 'SSG V2 rettighetspakke not granted',
      proxy: 'ssg',
      path: ssgPath.replace('kommuneforeldrebetaling', 'nav'),
      headers: bearer(ssgToken),
      status: 403,
    },
    {
      name: 'SSG V2 stadie not allowed',
      proxy: 'ssg',
      path: ssgPath.replace('oppgjoer', 'fastsatt'),
      headers: bearer(ssgToken),
      status: 403,
    },
    {
      name: 'SSG V2 token of another scope',
      proxy: 'ssg',
      path: ssgPath,
      headers: bearer(inntektToken),
      status: 403,
    },
    {
      name: 'SSG V2 without token',
      proxy: 'ssg',
      path: ssgPath,
      headers: { accept: 'application/json' },
      status: 401,
      invalidRequest: true,
    },
    {
      name: 'SSG V2 bad year',
      proxy: 'ssg',
      path: `/v2/oppgjoer/kommuneforeldrebetaling/20x1/${pid}`,
      headers: bearer(ssgToken),
      status: 400,
      invalidRequest: true,
    },
    {
      name: 'SSG V2 format not offered',
      proxy: 'ssg',
      path: ssgPath,
      headers: bearer(ssgToken, 'text/csv'),
      status: 406,
      invalidRequest: true,
    },
    {
      name: 'SSG V1 (retired, without stadie)',
      proxy: 'ssgV1',
      path: `/api/formueinntekt/summertskattegrunnlag/kommuneforeldrebetaling/${year}/${pid}`,
      headers: bearer(ssgToken),
      status: 200,
    },
    {
      name: 'SSG V1 (retired, with stadie)',
      proxy: 'ssgV1',
      path: `/api/formueinntekt/summertskattegrunnlag/oppgjoer/kommuneforeldrebetaling/${year}/${pid}`,
      headers: bearer(ssgToken, 'application/xml'),
      status: 200,
    },
    {
      name: 'Inntekt JSON',
      proxy: 'inntekt',
      path: `/v1/kommuneBoligsosialeFormaal/${pid}/inntekter?${months}`,
      headers: bearer(inntektToken),
      status: 200,
    },
    {
      name: 'Inntekt XML',
      proxy: 'inntekt',
      path: `/v1/kommuneBoligsosialeFormaal/${pid}/inntekter?${months}`,
      headers: bearer(inntektToken, 'application/xml'),
      status: 200,
    },
    {
      name: 'Inntekt unknown person',
      proxy: 'inntekt',
      path: `/v1/kommuneBoligsosialeFormaal/${unknownPid}/inntekter?${months}`,
      headers: bearer(inntektToken),
      status: 404,
    },
    {
      name: 'Inntekt bad month',
      proxy: 'inntekt',
      path: `/v1/kommuneBoligsosialeFormaal/${pid}/inntekter?fraOgMed=${year}-13&tilOgMed=${year}-03`,
      headers: bearer(inntektToken),
      status: 400,
      invalidRequest: true,
    },
    {
      name: 'Inntekt (retired oppgave path)',
      proxy: 'inntektLegacy',
      path: `/api/innrapportert/inntektsmottaker/kommuneBoligsosialeFormaal/${pid}/oppgave/inntekt?fraOgMed=${year}-01`,
      headers: bearer(inntektToken),
      status: 200,
    },
  ];

  let failures = 0;
  for (const c of cases) {
    const response = await fetch(`${proxies[c.proxy]}${c.path}`, {
      method: c.method ?? 'GET',
      headers: c.headers ?? {},
      ...(c.body === undefined ? {} : { body: c.body }),
    });
    await response.arrayBuffer();
    const header = response.headers.get('sl-violations');
    const violations = (header === null ? [] : (JSON.parse(header) as Violation[])).filter(
      (v) =>
        v.severity === 'Error' &&
        (!c.invalidRequest || v.location[0] === 'response') &&
        !prismCannotParse(v, response.headers.get('content-type')),
    );
    const problems = [
      ...(response.status === c.status ? [] : [`status ${response.status}, expected ${c.status}`]),
      ...violations.map((v) => `${v.location.join('.')}: ${v.message}`),
    ];
    if (problems.length > 0) failures++;
    console.log(
      `${problems.length === 0 ? '✓' : '✗'} ${c.name.padEnd(40)} ${response.status}${problems.length === 0 ? '' : `\n    ${problems.join('\n    ')}`}`,
    );
  }
  console.log(
    `\nPrism: ${cases.length - failures} of ${cases.length} exchanges conform to contracts/`,
  );
  return failures === 0 ? 0 : 1;
}

main()
  .catch((error: unknown) => {
    console.error(`prism check failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  })
  .then(async (code) => {
    await stopAll();
    process.exit(code);
  });
