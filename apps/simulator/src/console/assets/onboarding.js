// Each municipality's onboarding as the path the real process takes: the tilslutningserklæring
// signed once; a påkobling per API (Skatteetaten grants the scope and rights packages); an Altinn
// delegation of each API's right to each vendor. Missing steps are marked, the first one as the
// next step, and each step is taken or undone through the admin API, never by other means.
import { api, attempt, el, facts, field, notify, orgName, start } from './lib.js';

/** Everything the page shows, read again after every action. */
async function read() {
  const [{ organisations }, { onboarding }, { delegations }, { clients }] = await Promise.all([
    api('GET', '/organisations'),
    api('GET', '/onboarding'),
    api('GET', '/altinn/delegations?includeRevoked=true'),
    api('GET', '/clients'),
  ]);
  const vendorNrs = [...new Set(clients.map((c) => c.orgnr))];
  const vendors = vendorNrs.map((orgnr) => ({ orgnr, navn: orgName(orgnr, organisations) }));
  const byOrg = new Map(onboarding.map((o) => [o.orgnr, o]));
  const municipalities = [
    ...organisations.filter((o) => !vendorNrs.includes(o.orgnr)).map((o) => o.orgnr),
    ...onboarding.map((o) => o.orgnr),
  ];
  const unique = [...new Set(municipalities)].map((orgnr) => ({
    orgnr,
    navn: byOrg.get(orgnr)?.navn ?? organisations.find((o) => o.orgnr === orgnr)?.navn ?? orgnr,
    onboarding: byOrg.get(orgnr),
  }));
  unique.sort((a, b) => a.navn.localeCompare(b.navn));
  return { municipalities: unique, vendors, delegations };
}

/** One step of the path: its state, what it means, and its action. */
function step({ id, title, done, detail, actions }) {
  return el(
    'li',
    { id, class: `step ${done ? 'done' : 'missing'}` },
    el('span', {
      class: `state ${done ? 'done' : 'missing'}`,
      text: done ? '✓ Done' : '✗ Missing',
    }),
    el(
      'div',
      { class: 'what' },
      el('strong', { text: title }),
      detail ? el('p', { class: 'muted', text: detail }) : null,
    ),
    el('div', { class: 'actions' }, ...actions),
  );
}

function button(text, action, success, secondary = false) {
  return el('button', {
    type: 'button',
    class: secondary ? 'secondary' : undefined,
    text,
    on: { click: () => act(action, success) },
  });
}

/** The form that grants (or changes) a påkobling with its rights packages. */
function paakoblingForm(m, apiFacts, current) {
  const listId = `pakker-${apiFacts.id}`;
  const input = el('input', {
    id: `pakker-${m.orgnr}-${apiFacts.id}`,
    name: 'rettighetspakker',
    list: listId,
    required: true,
    pattern: '[A-Za-z]+( *, *[A-Za-z]+)*',
    value: (current ?? [apiFacts.rettighetspakker[0]]).join(', '),
  });
  const form = el(
    'form',
    { class: 'inline-form', 'aria-label': `Påkobling for ${apiFacts.navn}, ${m.navn}` },
    field('Rettighetspakker', input, 'comma-separated'),
    el('button', {
      type: 'submit',
      text: current === undefined ? 'Grant påkobling' : 'Change packages',
    }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const rettighetspakker = input.value
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    act(
      () => api('PUT', `/onboarding/${m.orgnr}/paakoblinger/${apiFacts.id}`, { rettighetspakker }),
      `Påkobling for ${apiFacts.navn} granted to ${m.navn}: ${rettighetspakker.join(', ')}`,
    );
  });
  return form;
}

function signStep(m) {
  const signed = m.onboarding?.tilslutningserklaeringSignert === true;
  const url = `/onboarding/${m.orgnr}/tilslutningserklaering`;
  return step({
    id: `step-${m.orgnr}-tilslutning`,
    title: 'Tilslutningserklæring signed',
    done: signed,
    detail: signed
      ? 'KS’s agreement is signed.'
      : 'The municipality has not signed KS’s agreement.',
    actions: [
      signed
        ? button(
            'Withdraw',
            () => api('PUT', url, { signert: false }),
            `${m.navn} withdrew the tilslutningserklæring`,
            true,
          )
        : button(
            'Sign',
            () => api('PUT', url, { signert: true }),
            `${m.navn} signed the tilslutningserklæring`,
          ),
    ],
  });
}

function paakoblingStep(m, a) {
  const granted = m.onboarding?.paakoblinger?.[a.id];
  const url = `/onboarding/${m.orgnr}/paakoblinger/${a.id}`;
  return step({
    id: `step-${m.orgnr}-paakobling-${a.id}`,
    title: `Påkobling: ${a.navn}`,
    done: granted !== undefined,
    detail:
      granted === undefined
        ? `Skatteetaten has not granted ${a.scope} to this municipality.`
        : `Granted ${granted.rettighetspakker.join(', ')}`,
    actions: [
      paakoblingForm(m, a, granted?.rettighetspakker),
      granted === undefined
        ? null
        : button(
            'Withdraw',
            () => api('DELETE', url),
            `Påkobling for ${a.navn} withdrawn from ${m.navn}`,
            true,
          ),
    ],
  });
}

function delegationStep(m, a, vendor, delegations) {
  const found = delegations.find(
    (d) => d.offeredBy === m.orgnr && d.coveredBy === vendor.orgnr && d.scope === a.scope,
  );
  const active = found?.status === 'active';
  return step({
    id: `step-${m.orgnr}-delegation-${a.id}-${vendor.orgnr}`,
    title: `Altinn delegation to ${vendor.navn}: ${a.rettighet}`,
    done: active,
    detail: active
      ? `Delegated ${found.created}`
      : found
        ? `Revoked ${found.revoked ?? ''}`
        : 'Not delegated.',
    actions: [
      active
        ? button(
            'Revoke',
            () => api('DELETE', `/altinn/delegations/${encodeURIComponent(found.id)}`),
            `Delegation revoked`,
            true,
          )
        : button(
            'Delegate',
            () =>
              api('POST', '/altinn/delegations', {
                offeredBy: m.orgnr,
                coveredBy: vendor.orgnr,
                api: a.id,
              }),
            `${m.navn} delegated ${a.rettighet} to ${vendor.navn}`,
          ),
    ],
  });
}

function municipality(m, vendors, delegations) {
  const steps = [signStep(m)];
  for (const a of facts.apis) {
    steps.push(paakoblingStep(m, a));
    for (const vendor of vendors) steps.push(delegationStep(m, a, vendor, delegations));
  }
  const missing = steps.filter((s) => s.classList.contains('missing'));
  if (missing[0] !== undefined)
    missing[0].querySelector('.state')?.append(el('span', { class: 'next', text: ' · next step' }));
  const titleId = `title-${m.orgnr}`;
  return el(
    'section',
    { class: 'org', id: `org-${m.orgnr}`, 'aria-labelledby': titleId },
    el('h2', { id: titleId, text: `${m.navn} (${m.orgnr})` }),
    el('p', {
      class: missing.length === 0 ? 'ok-text' : 'missing-text',
      text:
        missing.length === 0
          ? 'Every step is done.'
          : `${missing.length} of ${steps.length} steps missing.`,
    }),
    el('ol', { class: 'path' }, ...steps),
  );
}

function addForm() {
  const orgnr = el('input', {
    name: 'orgnr',
    required: true,
    pattern: '[0-9]{9}',
    inputMode: 'numeric',
    size: 10,
  });
  const navn = el('input', { name: 'navn', required: true, maxLength: 200 });
  const form = el(
    'form',
    { class: 'inline-form', 'aria-labelledby': 'add-title' },
    field('Organisation number', orgnr),
    field('Name', navn),
    el('button', { type: 'submit', text: 'Add municipality' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(
      () => api('PUT', `/organisations/${orgnr.value}`, { navn: navn.value }),
      `${navn.value} added`,
    );
  });
  return el(
    'section',
    { class: 'org' },
    el('h2', { id: 'add-title', text: 'Another municipality' }),
    form,
  );
}

let root;

async function render() {
  const { municipalities, vendors, delegations } = await read();
  root.replaceChildren(
    ...municipalities.map((m) => municipality(m, vendors, delegations)),
    ...facts.apis.map((a) =>
      el(
        'datalist',
        { id: `pakker-${a.id}` },
        ...a.rettighetspakker.map((p) => el('option', { value: p })),
      ),
    ),
    addForm(),
  );
}

/** Runs an admin call, then shows the path again with focus back on the same step. */
async function act(action, success) {
  const focused = document.activeElement?.closest('li.step, section.org')?.id;
  if (await attempt(action, success)) await render().catch((e) => notify(e.message, 'error'));
  if (focused) document.getElementById(focused)?.querySelector('button, input')?.focus();
}

start(async (node) => {
  root = node;
  await render();
  const target = location.hash === '' ? null : document.getElementById(location.hash.slice(1));
  target?.scrollIntoView();
  target?.classList.add('target');
});
