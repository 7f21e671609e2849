// What every console page must show in the browser test: it loads from loopback quickly, it has
// no serious or critical accessibility violation (axe-core), the browser reports no CSP violation
// or script error, and it asks nothing of any origin but the simulator's (the console works
// offline: no CDN, no fonts, no validator).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's chromium, as .ci/browser.sh installs it; no browser download is reachable here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags that work in this sandbox (see the machine notes): no sandbox, no background traffic. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  readonly context: BrowserContext;
  /** Problems any page reported: CSP violations, script errors, requests to other origins. */
  readonly problems: string[];
  close(): Promise<void>;
}

/** Chromium with a fresh user-data-dir, removed again by close(). */
export async function launch(origin: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'skattedeling-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 800 },
  });
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text()))
        problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: script error ${e.message}`));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        problems.push(`${page.url()}: asked another origin for ${url}`);
    });
  };
  for (const page of context.pages()) watch(page);
  context.on('page', watch);
  return {
    context,
    problems,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly nodes: number;
}

/**
 * axe-core's WCAG 2.x A/AA rules on the page as it is now. Evaluated through the DevTools
 * protocol, so the page's CSP (which allows no inline script) is not loosened for the check.
 */
export async function axe(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(axeSource);
  // Runs in the page (the scripts have no DOM types): window.axe and document, as the page has them.
  return page.evaluate(async () => {
    const page = globalThis as unknown as {
      axe: { run: (...a: unknown[]) => Promise<unknown> };
      document: unknown;
    };
    const result = (await page.axe.run(page.document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    })) as { violations: { id: string; impact: string; help: string; nodes: unknown[] }[] };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
    }));
  });
}

export interface Timing {
  /** Navigation start to the load event, from the page's own Navigation Timing entry. */
  readonly loadMs: number;
  /** Navigation start until the page's content is there (the page's `console-ready` mark). */
  readonly readyMs: number;
}

/** Opens `url` and waits for `ready`; the times come from the browser's clock. */
export async function open(page: Page, url: string, ready: string): Promise<Timing> {
  await page.goto(url, { waitUntil: 'load' });
  await page.locator(ready).first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.waitForFunction(() => performance.getEntriesByName('console-ready').length > 0);
  return page.evaluate(() => {
    const entries = performance.getEntriesByType as (type: string) => unknown[];
    const nav = entries.call(performance, 'navigation')[0] as { loadEventEnd: number };
    const mark = performance.getEntriesByName('console-ready')[0] as { startTime: number };
    return { loadMs: Math.round(nav.loadEventEnd), readyMs: Math.round(mark.startTime) };
  });
}

/** The findings that fail the check: serious and critical ones. */
export const blocking = (findings: readonly AxeFinding[]) =>
  findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
