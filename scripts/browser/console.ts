// The web console in a real headless Chromium, against the built simulator started as its real
// binary with an admin token: a vendor's call is refused, the refusal appears in the live journal
// with its reason, the missing onboarding step is fixed from the console, the call is repeated
// and succeeds. Then every page (at 1280×800, and the two busiest on a narrow window) is checked:
// load time from loopback, axe-core, no CSP violation, no request to another origin, and "try
// it" in the API docs. Screenshots and a summary go to artifacts/console/ (ignored by git, kept
// by CI). Run by .ci/browser.sh after a build; everything it starts ends with it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../lib/run.ts';
import {
  adminHeaders,
  type DemoVendor,
  demoVendor,
  startSimulatorProcess,
  tokenRequestBody,
} from '../lib/simulator.ts';
import { type AxeFinding, axe, blocking, launch, open, type Timing } from './checks.ts';

const ARTIFACTS = join(repoRoot, 'artifacts/console');
const LOAD_BUDGET_MS = 300;
const STRANDVIK = '319000011';
const INNTEKT_PAKKE = 'kommuneBoligsosialeFormaal';
const started = performance.now();

function log(line: string): void {
  const s = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(`[browser ${s.padStart(5)} s] ${line}\n`);
}

function fail(message: string): never {
  throw new Error(message);
}

/** The vendor asks Maskinporten for an Inntekt token on behalf of Strandvik kommune. */
async function inntektToken(url: string, vendor: DemoVendor) {
  const assertion = await vendor.grant({ scope: 'skatteetaten:inntekt', consumerOrg: STRANDVIK });
  const response = await fetch(`${url}/maskinporten/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: tokenRequestBody(assertion),
  });
  const body = (await response.json()) as { access_token?: string; error?: string };
  return {
    status: response.status,
    body,
    reason: response.headers.get('x-skattedeling-simulator-reason'),
  };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
}

/** Opens the console, which asks for the admin token first, and gives it. */
async function signIn(page: Page, url: string, token: string): Promise<void> {
  await page.goto(`${url}/_simulator/console/`);
  await page
    .getByRole('alert')
    .filter({ hasText: /admin token/i })
    .waitFor();
  await page.getByLabel('Admin token', { exact: true }).fill(token);
  await page.getByRole('button', { name: 'Use token' }).click();
  await page.getByText('Strandvik kommune (319000011)').first().waitFor();
}

/** The story the issue asks for, step by step; returns what it saw. */
async function refusedThenFixed(page: Page, url: string, vendor: DemoVendor): Promise<string[]> {
  const seen: string[] = [];
  const refused = await inntektToken(url, vendor);
  if (refused.status === 200) fail('the Inntekt token for Strandvik was not refused');
  seen.push(`refused: ${refused.status} ${refused.body.error} — ${refused.reason}`);
  log(seen.at(-1) as string);

  const row = page.locator('#journal-rows tr', {
    hasText: 'påkobling for Inntekt API not granted',
  });
  await row.first().waitFor({ timeout: 5000 });
  await row.first().getByRole('button').click();
  const why = page.locator('#entry .why');
  await why.waitFor();
  const reason = (await why.textContent()) ?? '';
  if (!/påkobling for Inntekt API not granted to Strandvik kommune/.test(reason))
    fail(`the journal entry's reason is "${reason}"`);
  seen.push(`journal shows: ${reason}`);
  await shot(page, '02-refusal-in-journal');

  await page.getByRole('link', { name: /Open the onboarding of 319000011/ }).click();
  const step = page.locator(`#step-${STRANDVIK}-paakobling-inntekt`);
  await step.getByText('✗ Missing').waitFor();
  await step.getByLabel('Rettighetspakker').fill(INNTEKT_PAKKE);
  await step.getByRole('button', { name: 'Grant påkobling' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Påkobling for Inntekt API granted to Strandvik kommune' })
    .waitFor();
  await page.locator(`#step-${STRANDVIK}-paakobling-inntekt`).getByText('✓ Done').waitFor();
  seen.push('onboarding: påkobling for Inntekt API granted from the console');
  await shot(page, '03-onboarding-fixed');

  const granted = await inntektToken(url, vendor);
  if (granted.status !== 200)
    fail(`the repeated call was refused: ${granted.status} ${granted.reason}`);
  const person = '23896894714';
  const data = await fetch(
    `${url}/inntekt/v1/${INNTEKT_PAKKE}/${person}/inntekter?fraOgMed=2025-01&tilOgMed=2025-03`,
    { headers: { authorization: `Bearer ${granted.body.access_token}` } },
  );
  await data.arrayBuffer();
  if (data.status !== 200) fail(`the Inntekt call answered ${data.status}`);
  seen.push(`repeated: token 200, Inntekt API ${data.status}`);

  await page.goto(`${url}/_simulator/console/`);
  const ok = page.locator('#journal-rows tr', { hasText: `/inntekt/v1/${INNTEKT_PAKKE}` });
  await ok.filter({ hasText: 'ok' }).first().waitFor({ timeout: 5000 });
  seen.push('journal shows the repeated call as ok');
  await shot(page, '04-success-in-journal');
  return seen;
}

interface PageCheck {
  readonly name: string;
  readonly path: string;
  readonly ready: string;
  timing?: Timing;
  findings?: AxeFinding[];
}

const PAGES: PageCheck[] = [
  { name: 'journal', path: '/', ready: '#journal-rows tr' },
  { name: 'onboarding', path: '/onboarding', ready: `#org-${STRANDVIK} ol.path` },
  { name: 'setup', path: '/setup', ready: '#clients-title' },
  { name: 'persons', path: '/persons?pid=23896894714', ready: 'table.answers .chip' },
  { name: 'docs', path: '/docs', ready: '.swagger-ui .opblock' },
];

async function checkPages(page: Page, url: string): Promise<void> {
  for (const p of PAGES) {
    await open(page, `${url}/_simulator/console${p.path}`, p.ready); // warm (first use of a page)
    p.timing = await open(page, `${url}/_simulator/console${p.path}`, p.ready);
    p.findings = await axe(page);
    await shot(page, `10-${p.name}`);
    const found = p.findings.map((f) => `${f.id} (${f.impact}, ${f.nodes})`).join(', ') || 'none';
    log(`${p.name}: load ${p.timing.loadMs} ms, ready ${p.timing.readyMs} ms, axe: ${found}`);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  for (const p of PAGES.slice(0, 2)) {
    await open(page, `${url}/_simulator/console${p.path}`, p.ready);
    const narrow = blocking(await axe(page));
    if (narrow.length > 0)
      fail(`${p.name} on a narrow window: ${narrow.map((f) => f.id).join(', ')}`);
    await shot(page, `20-${p.name}-narrow`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The data clock moved a day from the Set-up page and put back, through the admin API. */
async function moveClock(page: Page, url: string): Promise<string> {
  await open(page, `${url}/_simulator/console/setup`, '#clock-title');
  await page.getByLabel('Move by').fill('P1D');
  await page.getByRole('button', { name: 'Move', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Data clock moved by P1D' }).waitFor();
  await page.getByText(/\(standing still, moved\)/).waitFor();
  await page.getByRole('button', { name: 'Back to the start' }).click();
  await page.getByText(/\(standing still, as started\)/).waitFor();
  return 'Set-up: data clock moved by P1D and put back';
}

/** Every contract of the docs page renders, with no resolver error (its $refs are served too). */
async function everyContract(page: Page, url: string): Promise<string[]> {
  await open(page, `${url}/_simulator/console/docs`, '.swagger-ui .opblock');
  const paths = await page
    .getByLabel('Contract')
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value));
  for (const path of paths) {
    await open(page, `${url}/_simulator/console/docs?contract=${path}`, '.swagger-ui .opblock');
    const errors = await page.locator('.swagger-ui .errors-wrapper').count();
    if (errors > 0) fail(`Swagger UI reports errors for ${path}`);
  }
  return paths;
}

/** "Try it out" on the admin contract's health operation: called with the admin token. */
async function tryIt(page: Page, url: string): Promise<string> {
  await open(page, `${url}/_simulator/console/docs`, '#operations-drift-health');
  await page.locator('#operations-drift-health .opblock-summary').click();
  await page
    .locator('#operations-drift-health')
    .getByRole('button', { name: 'Try it out' })
    .click();
  await page.locator('#operations-drift-health').getByRole('button', { name: 'Execute' }).click();
  const status = page.locator(
    '#operations-drift-health .live-responses-table tbody .response-col_status',
  );
  await status.first().waitFor({ timeout: 10_000 });
  const text = ((await status.first().textContent()) ?? '').trim();
  if (!text.startsWith('200')) fail(`"try it" on GET /health answered ${text}`);
  await shot(page, '30-docs-try-it');
  return text;
}

function summary(story: string[], tried: string, problems: string[]): string {
  const rows = PAGES.map(
    (p) =>
      `| ${p.name} | ${p.timing?.loadMs} | ${p.timing?.readyMs} | ${(p.findings ?? []).map((f) => `${f.id} (${f.impact}, ${f.nodes})`).join(', ') || 'none'} |`,
  );
  return [
    '# Console in headless Chromium',
    '',
    ...story.map((s) => `- ${s}`),
    `- API docs "try it" GET /_simulator/health: ${tried}`,
    `- CSP violations, script errors, other origins: ${problems.length === 0 ? 'none' : problems.join('; ')}`,
    '',
    '| page | load (ms) | ready (ms) | axe findings |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  const token = process.env.SKATTEDELING_SIM_ADMIN_TOKEN || 'console-browser-test-admin-token';
  process.env.SKATTEDELING_SIM_ADMIN_TOKEN = token;
  const sim = await startSimulatorProcess(['--today', '2026-11-01']);
  log(`simulator ready in ${Math.round(sim.readyMs)} ms at ${sim.url}`);
  const browser = await launch(sim.url);
  try {
    const vendor = await demoVendor(sim.stateDir, `${sim.url}/maskinporten/`);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await signIn(page, sim.url, token);
    await shot(page, '01-first-screen');
    const story = await refusedThenFixed(page, sim.url, vendor);
    await checkPages(page, sim.url);
    story.push(await moveClock(page, sim.url));
    const contracts = await everyContract(page, sim.url);
    story.push(
      `API docs: ${contracts.length} contracts rendered without errors (${contracts.join(', ')})`,
    );
    const tried = await tryIt(page, sim.url);
    writeFileSync(join(ARTIFACTS, 'summary.md'), summary(story, tried, browser.problems));
    const health = await fetch(`${sim.url}/_simulator/health`, { headers: adminHeaders() });
    if (health.status !== 200) fail(`health answered ${health.status} at the end`);
    const slow = PAGES.filter((p) => (p.timing?.loadMs ?? Infinity) > LOAD_BUDGET_MS);
    const serious = PAGES.flatMap((p) =>
      blocking(p.findings ?? []).map((f) => `${p.name}: ${f.id}`),
    );
    if (browser.problems.length > 0) fail(browser.problems.join('\n'));
    if (serious.length > 0)
      fail(`serious or critical accessibility violations: ${serious.join(', ')}`);
    if (slow.length > 0)
      fail(`slower than ${LOAD_BUDGET_MS} ms: ${slow.map((p) => p.name).join(', ')}`);
    log(`passed; screenshots and summary.md in ${ARTIFACTS}`);
  } finally {
    await browser.close();
    await sim.stop();
  }
}

main().catch((error: unknown) => {
  log(`FAIL: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
