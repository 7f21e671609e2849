// Shared by every console page: the facts the page was served with, calls to the admin API (with
// the admin token kept in this tab's sessionStorage, and the test run), the session bar, and a
// small DOM builder that only ever sets text, never HTML, so nothing a client sent to the
// simulator (a path, a reason) can run here.

/** @type {{ base: string, admin: string, apis: { id: string, navn: string, scope: string, rettighet: string, rettighetspakker: string[] }[], stadier: Record<string, string[]>, profiles: string[], contracts?: { path: string, title: string }[] }} */
export const facts = JSON.parse(document.getElementById('console-facts')?.textContent ?? '{}');

const TOKEN_KEY = 'skattedeling-simulator.admin-token';
const RUN_KEY = 'skattedeling-simulator.test-run';

export const session = {
  get token() {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  },
  set token(value) {
    if (value === '') sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, value);
  },
  get run() {
    return sessionStorage.getItem(RUN_KEY) ?? '';
  },
  set run(value) {
    if (value === '') sessionStorage.removeItem(RUN_KEY);
    else sessionStorage.setItem(RUN_KEY, value);
  },
};

/**
 * An element with properties and children. `text` sets textContent; `on` adds listeners; keys
 * with a dash (aria-*, data-*) and `for`/`role`/… become attributes; the rest are properties.
 * @param {string} tag
 * @param {Record<string, unknown>} [props]
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElement}
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'class') node.className = String(value);
    else if (key === 'on')
      for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    else if (key.includes('-') || ['for', 'role', 'scope', 'list', 'form'].includes(key))
      node.setAttribute(key, value === true ? '' : String(value));
    else node[key] = value;
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

/** A refusal of the admin API: its status and the problem's detail. */
export class AdminError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

/**
 * Calls the admin API as any client must: JSON for every state change (also without a body),
 * the admin token when one is set, the test run when one is chosen.
 * @param {string} method
 * @param {string} path below /_simulator
 * @param {unknown} [body]
 */
export async function api(method, path, body) {
  const headers = { accept: 'application/json' };
  if (method !== 'GET') headers['content-type'] = 'application/json';
  if (session.token !== '') headers.authorization = `Bearer ${session.token}`;
  if (session.run !== '') headers['x-skattedeling-test-run'] = session.run;
  const response = await fetch(`${facts.admin}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
    credentials: 'omit',
  });
  if (response.status === 204) return undefined;
  const value = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = value.detail ?? `${response.status} ${response.statusText}`;
    if (response.status === 401) tokenNeeded(detail);
    throw new AdminError(response.status, detail);
  }
  return value;
}

const announcer = () => document.getElementById('announce');

/** Says `message` to screen readers and shows it under the heading. */
export function notify(message, kind = 'ok') {
  const box = announcer();
  if (box === null) return;
  box.className = `notice ${kind}`;
  box.textContent = message;
}

/** Runs `action` and reports its refusal; returns whether it succeeded. */
export async function attempt(action, success) {
  try {
    await action();
    if (success !== undefined) notify(success);
    return true;
  } catch (error) {
    notify(error instanceof Error ? error.message : String(error), 'error');
    return false;
  }
}

function tokenNeeded(detail) {
  const form = document.getElementById('token-form');
  if (form === null) return;
  form.hidden = false;
  const message = document.getElementById('token-message');
  if (message !== null) message.textContent = detail;
  document.getElementById('token-input')?.focus();
}

function tokenForm() {
  const input = el('input', {
    id: 'token-input',
    type: 'password',
    autocomplete: 'off',
    spellcheck: false,
  });
  const form = el(
    'form',
    { id: 'token-form', class: 'token-form', hidden: true, 'aria-label': 'Give the admin token' },
    el('p', { id: 'token-message', class: 'muted', role: 'alert' }),
    el('label', { for: 'token-input', text: 'Admin token' }),
    input,
    el('button', { type: 'submit', text: 'Use token' }),
    el('button', {
      type: 'button',
      class: 'secondary',
      text: 'Forget token',
      on: {
        click: () => {
          session.token = '';
          location.reload();
        },
      },
    }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    session.token = input.value.trim();
    location.reload();
  });
  return form;
}

function runField() {
  const input = el('input', {
    id: 'run-input',
    value: session.run,
    placeholder: 'global',
    pattern: '[A-Za-z0-9._:\\-]{1,100}',
    size: 12,
  });
  input.addEventListener('change', () => {
    if (!input.checkValidity()) return;
    session.run = input.value.trim();
    location.reload();
  });
  return el('span', { class: 'run' }, el('label', { for: 'run-input', text: 'Test run' }), input);
}

/** Fills the session bar, the notice line, and runs the page's `render` into #page. */
export async function start(render) {
  const bar = document.getElementById('session');
  const tokenButton = el('button', {
    type: 'button',
    class: 'secondary',
    text: session.token === '' ? 'Admin token…' : 'Admin token ✓',
    'aria-controls': 'token-form',
    on: {
      click: () => {
        const form = document.getElementById('token-form');
        if (form !== null) form.hidden = !form.hidden;
      },
    },
  });
  bar?.replaceChildren(runField(), tokenButton, tokenForm());
  const root = document.getElementById('page');
  if (root === null) return;
  const notice = el('p', {
    id: 'announce',
    class: 'notice',
    role: 'status',
    'aria-live': 'polite',
  });
  root.before(notice);
  try {
    await render(root);
    // The browser test reads when the page's content was there (Navigation Timing's clock).
    if (root.dataset.readyLater === undefined) performance.mark('console-ready');
  } catch (error) {
    root.replaceChildren(
      el('p', { class: 'notice error', text: error instanceof Error ? error.message : `${error}` }),
    );
  } finally {
    root.removeAttribute('aria-busy');
  }
}

/** A date-time as the reader's local time, seconds included. */
export function time(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleTimeString('en-GB', { hour12: false });
}

/** `orgnr` with the organisation's name when known. */
export function orgName(orgnr, organisations) {
  const found = organisations.find((o) => o.orgnr === orgnr);
  return found === undefined ? orgnr : `${found.navn} (${orgnr})`;
}

/** A label and a control as one form row. */
export function field(label, control, hint) {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  const hintNode =
    hint === undefined ? null : el('span', { class: 'hint', id: `${id}-hint`, text: hint });
  if (hintNode !== null) control.setAttribute('aria-describedby', hintNode.id);
  return el('div', { class: 'field' }, el('label', { for: id, text: label }), control, hintNode);
}

/** A <select> of `options` ([value, label] pairs or plain values). */
export function select(options, value) {
  const node = el('select');
  for (const option of options) {
    const [v, label] = Array.isArray(option) ? option : [option, option];
    node.append(el('option', { value: v, text: label, selected: v === value }));
  }
  return node;
}
