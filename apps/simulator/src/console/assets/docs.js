// Every contract rendered by Swagger UI (swagger-ui-dist, served by the simulator: no CDN), with
// this simulator as the first server so "Try it out" calls it. Calls to the admin API get the
// admin token and the JSON content type the admin API asks of every state change; the
// imitated APIs get what the reader gives them (an access token through "Authorize").
import { el, facts, field, select, session, start } from './lib.js';

const VENDOR = `${facts.base}/vendor/swagger-ui`;

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = el('script', { src });
    script.addEventListener('load', resolve);
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)));
    document.head.append(script);
  });
}

/** Adds what the simulator's own APIs need to a request Swagger UI is about to send. */
function intercept(request) {
  const url = new URL(request.url, location.href);
  if (url.origin !== location.origin) return request;
  const headers = request.headers;
  const has = (name) => Object.keys(headers).some((h) => h.toLowerCase() === name);
  if (url.pathname.startsWith(`${facts.admin}/`)) {
    if (session.token !== '' && !has('authorization'))
      headers.Authorization = `Bearer ${session.token}`;
    if (!['GET', 'HEAD'].includes(request.method) && !has('content-type'))
      headers['Content-Type'] = 'application/json';
  }
  if (session.run !== '' && !has('x-skattedeling-test-run'))
    headers['x-skattedeling-test-run'] = session.run;
  return request;
}

/**
 * Names Swagger UI leaves out, so a screen reader can tell its controls and landmarks apart: its
 * server and parameter selects get a label, its inner <main> and response regions a name.
 */
function nameControls(container) {
  for (const node of container.querySelectorAll('select:not([aria-label])')) {
    const param = node.closest('tr')?.getAttribute('data-param-name');
    node.setAttribute('aria-label', node.id === 'servers' ? 'Server' : (param ?? 'Value'));
  }
  for (const node of container.querySelectorAll('main:not([role])')) {
    node.setAttribute('role', 'region');
    node.setAttribute('aria-label', 'Operations');
  }
  for (const node of container.querySelectorAll('[role="region"]:not([aria-label])'))
    node.setAttribute('aria-label', (node.id || 'Section').replace(/_/g, ' '));
}

function watch(container) {
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      nameControls(container);
    });
  }).observe(container, { childList: true, subtree: true });
}

function render(container, path) {
  container.replaceChildren();
  window.SwaggerUIBundle({
    url: `${facts.base}/contracts/${path}`,
    domNode: container,
    // Never the public validator badge: the console works offline and calls only this origin.
    validatorUrl: null,
    deepLinking: false,
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    requestInterceptor: intercept,
    onComplete: () => {
      nameControls(container);
      performance.mark('console-ready');
    },
  });
}

start(async (root) => {
  root.dataset.readyLater = 'swagger'; // ready when Swagger UI has rendered the contract
  const contracts = facts.contracts ?? [];
  const chosen = new URLSearchParams(location.search).get('contract') ?? contracts[0]?.path;
  const picker = select(
    contracts.map((c) => [c.path, `${c.title} (${c.path})`]),
    chosen,
  );
  const container = el('div', { id: 'swagger', class: 'swagger' });
  root.replaceChildren(
    el(
      'form',
      { class: 'inline-form', 'aria-label': 'Choose a contract' },
      field('Contract', picker),
    ),
    container,
  );
  // Swagger UI (1.7 MB of script) after the page itself has loaded, so the page is usable at once.
  if (document.readyState !== 'complete')
    await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  document.head.append(
    el('link', { rel: 'stylesheet', href: `${VENDOR}/swagger-ui.css` }),
    el('link', { rel: 'stylesheet', href: `${facts.base}/assets/docs.css` }),
  );
  await loadScript(`${VENDOR}/swagger-ui-bundle.js`);
  watch(container);
  picker.addEventListener('change', () => {
    history.replaceState(null, '', `?contract=${encodeURIComponent(picker.value)}`);
    render(container, picker.value);
  });
  if (chosen !== undefined) render(container, chosen);
});
