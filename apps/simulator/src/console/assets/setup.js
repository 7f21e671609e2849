// What the simulator holds besides onboarding: its clocks, the Maskinporten clients and their
// keys, certificates from its test CA, injected faults and pinned fixtures, and the reset. Every
// list and action is the admin API's.
import { clockSection } from './clock.js';
import { api, attempt, el, facts, field, notify, select, start, time } from './lib.js';

let root;

function section(id, title, ...children) {
  return el(
    'section',
    { class: 'card', 'aria-labelledby': id },
    el('h2', { id, text: title }),
    ...children,
  );
}

function tableOf(caption, head, rows, empty) {
  if (rows.length === 0) return el('p', { class: 'muted', text: empty });
  return el(
    'div',
    { class: 'scroll' },
    el(
      'table',
      {},
      el('caption', { class: 'visually-hidden', text: caption }),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...head.map((h) =>
            h === ''
              ? el(
                  'th',
                  { scope: 'col' },
                  el('span', { class: 'visually-hidden', text: 'Actions' }),
                )
              : el('th', { scope: 'col', text: h }),
          ),
        ),
      ),
      el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((c) => el('td', {}, c))))),
    ),
  );
}

function action(text, call, success) {
  return el('button', {
    type: 'button',
    class: 'secondary small',
    text,
    on: { click: async () => (await attempt(call, success)) && render() },
  });
}

function clients(list) {
  const rows = list.map((c) => [
    el('span', {}, el('strong', { text: c.navn }), el('br'), el('code', { text: c.clientId })),
    c.orgnr,
    c.scopes.join(' '),
    c.keys.length === 0
      ? el('span', { class: 'muted', text: 'none (virksomhetssertifikat)' })
      : el(
          'ul',
          { class: 'plain' },
          ...c.keys.map((k) =>
            el(
              'li',
              {},
              el('code', { text: k.kid }),
              ` expires ${k.expiresAt.slice(0, 10)} `,
              action(
                'Remove key',
                () =>
                  api(
                    'DELETE',
                    `/clients/${encodeURIComponent(c.clientId)}/keys/${encodeURIComponent(k.kid)}`,
                  ),
                `Key ${k.kid} removed`,
              ),
            ),
          ),
        ),
    action(
      'Delete client',
      () => api('DELETE', `/clients/${encodeURIComponent(c.clientId)}`),
      `Client ${c.clientId} deleted`,
    ),
  ]);
  return section(
    'clients-title',
    'Clients and keys',
    tableOf(
      'Maskinporten clients',
      ['Client', 'Organisation', 'Scopes', 'Keys', ''],
      rows,
      'No clients.',
    ),
  );
}

function certificates() {
  const orgnr = el('input', {
    required: true,
    pattern: '[0-9]{9}',
    inputMode: 'numeric',
    size: 10,
  });
  const days = el('input', { type: 'number', min: -3650, max: 3650, value: 365, size: 6 });
  const out = el('div');
  const form = el(
    'form',
    { class: 'inline-form', 'aria-label': 'Issue a certificate' },
    field('Organisation number', orgnr),
    field('Valid days', days, 'negative: already expired'),
    el('button', { type: 'submit', text: 'Issue certificate' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    attempt(async () => {
      const issued = await api('POST', '/certificates', {
        orgnr: orgnr.value,
        days: Number(days.value),
      });
      const pem = (label, text) =>
        field(label, el('textarea', { readOnly: true, rows: 6, value: text, spellcheck: false }));
      out.replaceChildren(
        pem('Certificate (PEM)', issued.certificatePem),
        issued.privateKeyPem ? pem('Private key (PKCS#8 PEM)', issued.privateKeyPem) : null,
      );
    }, `Certificate issued for ${orgnr.value}`);
  });
  return section(
    'certs-title',
    'Certificates',
    el('p', {
      class: 'muted',
      text: 'Virksomhetssertifikat-like certificates from the simulator’s test CA, with a new key pair.',
    }),
    form,
    out,
  );
}

function faultForm() {
  const apis = [['', 'Any API'], 'maskinporten', ...facts.apis.map((a) => a.id)];
  const inputs = {
    api: select(apis, ''),
    kode: el('input', { pattern: '(SSG|IM|DAS)-[0-9]{3}', size: 8, placeholder: 'SSG-002' }),
    status: el('input', { type: 'number', min: 400, max: 599, size: 5 }),
    latencyMs: el('input', { type: 'number', min: 0, max: 120000, size: 6 }),
    count: el('input', { type: 'number', min: 1, size: 4 }),
    consumerOrg: el('input', { pattern: '[0-9]{9}', inputMode: 'numeric', size: 10 }),
  };
  const form = el(
    'form',
    { class: 'inline-form', 'aria-label': 'Inject a fault' },
    field('API', inputs.api),
    field('Code', inputs.kode),
    field('Status', inputs.status),
    field('Latency (ms)', inputs.latencyMs),
    field('Requests', inputs.count, 'empty: until removed'),
    field('Consumer org', inputs.consumerOrg),
    el('button', { type: 'submit', text: 'Inject fault' }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {};
    for (const [name, input] of Object.entries(inputs)) {
      const value = input.value.trim();
      if (value === '') continue;
      body[name] = input.type === 'number' ? Number(value) : value;
    }
    if (await attempt(() => api('POST', '/faults', body), 'Fault injected')) render();
  });
  return form;
}

function faults(list) {
  const rows = list.map((f) => [
    el('code', { text: f.id }),
    f.api ?? 'any',
    [f.pathPrefix, f.personidentifikator, f.consumerOrg].filter(Boolean).join(' ') || '—',
    [f.status, f.kode, f.error, f.latencyMs === undefined ? '' : `${f.latencyMs} ms`]
      .filter(Boolean)
      .join(' '),
    f.remaining === undefined ? 'until removed' : String(f.remaining),
    action(
      'Remove',
      () => api('DELETE', `/faults/${encodeURIComponent(f.id)}`),
      `Fault ${f.id} removed`,
    ),
  ]);
  return section(
    'faults-title',
    'Faults',
    tableOf(
      'Faults in force',
      ['Id', 'API', 'Target', 'Answer', 'Requests left', ''],
      rows,
      'No faults in force.',
    ),
    faultForm(),
  );
}

function fixtures(list) {
  const rows = list.map((f) => [
    el('a', {
      href: `${facts.base}/persons?pid=${f.personidentifikator}`,
      text: f.personidentifikator,
    }),
    f.consumerOrg ?? 'every consumer',
    time(f.created),
    action(
      'Remove',
      () =>
        api(
          'DELETE',
          `/fixtures/${f.personidentifikator}${f.consumerOrg ? `?consumerOrg=${f.consumerOrg}` : ''}`,
        ),
      `Fixture of ${f.personidentifikator} removed`,
    ),
  ]);
  return section(
    'fixtures-title',
    'Fixtures pinned through the admin API',
    tableOf(
      'Fixtures',
      ['Person', 'For', 'Pinned', ''],
      rows,
      'No fixtures pinned through the admin API (fixture files still apply).',
    ),
  );
}

function reset() {
  const confirm = el('button', {
    type: 'button',
    class: 'danger',
    hidden: true,
    text: 'Yes, reset everything',
    on: {
      click: async () =>
        (await attempt(() => api('POST', '/reset'), 'Simulator reset')) && render(),
    },
  });
  const ask = el('button', {
    type: 'button',
    class: 'secondary',
    text: 'Reset…',
    'aria-controls': 'reset-confirm',
    on: {
      click: () => {
        confirm.hidden = false;
        confirm.focus();
      },
    },
  });
  confirm.id = 'reset-confirm';
  return section(
    'reset-title',
    'Reset',
    el('p', {
      class: 'muted',
      text: 'Forgets clients, onboarding, delegations, fixtures, faults and the journal (of the test run only, when one is chosen), and puts the demo back.',
    }),
    ask,
    confirm,
  );
}

async function render() {
  const [health, dataClock, c, f, x] = await Promise.all([
    api('GET', '/health'),
    api('GET', '/clock'),
    api('GET', '/clients'),
    api('GET', '/faults'),
    api('GET', '/fixtures'),
  ]).catch((e) => {
    notify(e.message, 'error');
    throw e;
  });
  root.replaceChildren(
    el('div', { class: 'grid' }, clockSection(health, dataClock, render), reset()),
    clients(c.clients),
    faults(f.faults),
    fixtures(x.fixtures),
    certificates(),
  );
}

start(async (node) => {
  root = node;
  await render();
});
