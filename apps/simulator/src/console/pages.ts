// The console's pages: one small HTML shell each (navigation, heading, the page's script), with
// the facts the page needs that are not state (the APIs, their known rights packages, the
// household groups, the contracts) as a JSON data block. Everything that is state comes from the
// admin API, called by the page's script with the admin token, so a page holds nothing secret.
import { stadierPerRettighetspakke } from '@skattedeling/summert-skattegrunnlag';
import { PROFILES } from '../data/index.js';
import { apiIds, apiInfo, stadierFor } from '../onboarding/apis.js';

export const CONSOLE_BASE = '/_simulator/console';

export interface Page {
  /** Below CONSOLE_BASE; `/` is the first screen. */
  readonly path: string;
  readonly title: string;
  /** Short name in the navigation. */
  readonly nav: string;
  /** Its module under assets/. */
  readonly script: string;
  /** One line under the heading: what the page is for. */
  readonly lead: string;
}

export const pages: readonly Page[] = [
  {
    path: '/',
    title: 'Journal',
    nav: 'Journal',
    script: 'journal.js',
    lead: 'Every exchange with the imitated APIs as it happens, and why it was answered so.',
  },
  {
    path: '/onboarding',
    title: 'Onboarding',
    nav: 'Onboarding',
    script: 'onboarding.js',
    lead: 'Each municipality’s path: tilslutningserklæring, påkobling per API, Altinn delegation to each vendor.',
  },
  {
    path: '/setup',
    title: 'Clients, faults and clock',
    nav: 'Set-up',
    script: 'setup.js',
    lead: 'Maskinporten clients and keys, certificates, injected faults, pinned fixtures and the simulator’s clock.',
  },
  {
    path: '/persons',
    title: 'Persons',
    nav: 'Persons',
    script: 'persons.js',
    lead: 'Look a person up and see what each API would answer for each year and rettighetspakke.',
  },
  {
    path: '/docs',
    title: 'API docs',
    nav: 'API docs',
    script: 'docs.js',
    lead: 'Every contract the simulator imitates or offers, with “try it” against this simulator.',
  },
];

/** The facts every page may read, from the APIs' descriptors. */
export function consoleFacts() {
  return {
    base: CONSOLE_BASE,
    admin: '/_simulator',
    apis: apiIds.map((id) => ({
      id,
      navn: apiInfo[id].navn,
      scope: apiInfo[id].scopes[0],
      rettighet: apiInfo[id].rettighet,
      rettighetspakker: [...apiInfo[id].rettighetspakker],
    })),
    stadier: Object.fromEntries(
      Object.keys(stadierPerRettighetspakke).map((p) => [p, stadierFor(p)]),
    ),
    profiles: [...PROFILES],
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON for a data block: `<` escaped, so no value can close the script element. */
const jsonBlock = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function navigation(current: Page): string {
  const items = pages.map((p) => {
    const attr = p === current ? ' aria-current="page"' : '';
    return `<li><a href="${CONSOLE_BASE}${p.path === '/' ? '/' : p.path}"${attr}>${escapeHtml(p.nav)}</a></li>`;
  });
  return `<nav aria-label="Console pages"><ul>${items.join('')}</ul></nav>`;
}

/** The HTML of `page`, with `facts` for its script. */
export function renderPage(page: Page, facts: unknown): string {
  const assets = `${CONSOLE_BASE}/assets`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} · Skattedeling simulator</title>
<link rel="icon" href="${assets}/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${assets}/console.css">
<link rel="stylesheet" href="${assets}/parts.css">
<script type="module" src="${assets}/${page.script}"></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<p class="brand"><a href="${CONSOLE_BASE}/">Skattedeling simulator</a></p>
${navigation(page)}
<div class="session" id="session"></div>
</header>
<main id="main" tabindex="-1">
<h1>${escapeHtml(page.title)}</h1>
<p class="lead">${escapeHtml(page.lead)}</p>
<div id="page" aria-busy="true"><p class="muted">Loading…</p></div>
</main>
<script type="application/json" id="console-facts">${jsonBlock(facts)}</script>
</body>
</html>
`;
}
