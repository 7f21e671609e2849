// The first screen: the state of each municipality at a glance, then the live journal. New
// entries arrive by polling the admin API's journal with `after` (the largest id seen) once a
// second while the tab is visible; opening one shows the request, the answer, the reason in
// words and the rule trail, with a link to the onboarding step a refusal names.
import { api, attempt, el, facts, field, notify, select, session, start, time } from './lib.js';

const POLL_MS = 1000;
const MAX_ROWS = 500;

const state = { lastId: 0, entries: [], open: undefined, timer: undefined };

/** Trail rules whose failure an onboarding step fixes. */
const ONBOARDING_RULES = /onboarding|delegation|rettighetspakke|consumer/i;

function filters(form) {
  const data = new FormData(form);
  const query = new URLSearchParams();
  for (const name of ['system', 'outcome', 'consumerOrg', 'personidentifikator']) {
    const value = String(data.get(name) ?? '').trim();
    if (value !== '') query.set(name, value);
  }
  return query;
}

function filterForm(onChange) {
  const form = el('form', { class: 'filters', role: 'search', 'aria-label': 'Filter the journal' });
  const systems = [['', 'Every API'], 'maskinporten', 'summertskattegrunnlag', 'inntekt', 'other'];
  const outcomes = [['', 'Every outcome'], 'ok', 'refused', 'fault'];
  const live = el('input', { type: 'checkbox', id: 'live', checked: true });
  form.append(
    field('API', Object.assign(select(systems, ''), { name: 'system' })),
    field('Outcome', Object.assign(select(outcomes, ''), { name: 'outcome' })),
    field('Consumer org', el('input', { name: 'consumerOrg', inputMode: 'numeric', size: 10 })),
    field('Person', el('input', { name: 'personidentifikator', inputMode: 'numeric', size: 12 })),
    el('div', { class: 'field inline' }, live, el('label', { for: 'live', text: 'Live' })),
    el('button', {
      type: 'button',
      class: 'secondary',
      text: 'Clear journal',
      on: {
        click: () =>
          attempt(async () => {
            await api('DELETE', '/journal');
            state.lastId = 0;
            await onChange();
          }, 'Journal cleared'),
      },
    }),
  );
  form.addEventListener('change', (event) => {
    if (event.target !== live) onChange();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onChange();
  });
  return { form, live };
}

function outcomeBadge(entry) {
  return el('span', { class: `badge ${entry.outcome}`, text: entry.outcome });
}

function row(entry) {
  const request = `${entry.method} ${entry.path}`;
  const who = [entry.system, entry.consumerOrg && `consumer ${entry.consumerOrg}`];
  return el(
    'tr',
    { 'data-id': entry.id, class: state.open === entry.id ? 'selected' : undefined },
    el('td', { text: time(entry.time) }),
    el(
      'td',
      { class: 'request' },
      el('button', {
        type: 'button',
        class: 'link',
        text: request,
        'aria-label': `Open exchange ${entry.id}: ${request}`,
        on: { click: () => openEntry(entry.id) },
      }),
      el('span', { class: 'who', text: who.filter(Boolean).join(' · ') }),
    ),
    el(
      'td',
      { class: 'answer' },
      outcomeBadge(entry),
      el('span', { text: ` ${entry.status}${entry.kode === undefined ? '' : ` ${entry.kode}`}` }),
    ),
    el('td', { class: 'reason', text: entry.reason ?? '' }),
  );
}

function table() {
  const head = ['Time', 'Request', 'Answer', 'Reason'];
  return el(
    'table',
    { class: 'journal' },
    el('caption', { text: 'Exchanges, newest first' }),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', { id: 'journal-rows' }),
  );
}

function renderRows() {
  const body = document.getElementById('journal-rows');
  if (body === null) return;
  body.replaceChildren(...state.entries.map(row));
  const empty = document.getElementById('journal-empty');
  if (empty !== null) empty.hidden = state.entries.length > 0;
}

function trailStep(step) {
  const mark = { pass: '✓ pass', fail: '✗ fail', info: '• info' }[step.result] ?? step.result;
  return el(
    'li',
    { class: `step ${step.result}` },
    el('span', { class: `badge ${step.result}`, text: mark }),
    el('code', { text: step.rule }),
    step.detail === undefined ? null : el('span', { text: ` ${step.detail}` }),
  );
}

function fixLink(entry) {
  const failed = entry.trail.find((s) => s.result === 'fail');
  if (entry.consumerOrg === undefined || failed === undefined) return null;
  if (!ONBOARDING_RULES.test(failed.rule) && !ONBOARDING_RULES.test(entry.reason ?? ''))
    return null;
  return el(
    'p',
    {},
    el('a', {
      href: `${facts.base}/onboarding#org-${entry.consumerOrg}`,
      text: `Open the onboarding of ${entry.consumerOrg} to fix it →`,
    }),
  );
}

function definition(pairs) {
  const list = el('dl', { class: 'facts' });
  for (const [term, value] of pairs) {
    if (value === undefined || value === '') continue;
    list.append(el('dt', { text: term }), el('dd', { text: String(value) }));
  }
  return list;
}

function openEntry(id) {
  const entry = state.entries.find((e) => e.id === id);
  const panel = document.getElementById('entry');
  if (entry === undefined || panel === null) return;
  state.open = id;
  renderRows();
  const heading = el('h2', { id: 'entry-title', tabIndex: -1, text: `Exchange ${entry.id}` });
  panel.replaceChildren(
    heading,
    el('h3', { text: 'Request' }),
    definition([
      ['Time', entry.time],
      ['API', entry.system],
      ['Method and path', `${entry.method} ${entry.path}`],
      ['Client', entry.clientId],
      ['Consumer org', entry.consumerOrg],
      ['Supplier org', entry.supplierOrg],
      ['Person', entry.personidentifikator],
      ['Test run', entry.testRun],
    ]),
    el('h3', { text: 'Answer' }),
    definition([
      ['Status', entry.status],
      ['Outcome', entry.outcome],
      ['Code', entry.kode],
      ['korrelasjonsid', entry.korrelasjonsid],
      ['Took', `${entry.durationMs} ms`],
    ]),
    el('h3', { text: 'Why' }),
    el('p', { class: 'why', text: entry.reason ?? 'Answered as asked: every rule passed.' }),
    fixLink(entry),
    el('h3', { text: 'Rule trail' }),
    el('ol', { class: 'trail' }, ...entry.trail.map(trailStep)),
  );
  heading.focus();
}

async function load(form, fresh) {
  const query = filters(form);
  if (fresh) {
    state.lastId = 0;
    state.entries = [];
  } else if (state.lastId > 0) query.set('after', String(state.lastId));
  query.set('limit', '200');
  const { entries } = await api('GET', `/journal?${query}`);
  if (entries.length === 0 && !fresh) return;
  state.entries = [...entries, ...state.entries].slice(0, MAX_ROWS);
  state.lastId = Math.max(state.lastId, ...entries.map((e) => e.id));
  renderRows();
  // Told to screen readers only: a visible notice on every poll would move the page.
  const live = document.getElementById('journal-live');
  if (!fresh && live !== null)
    live.textContent = `${entries.length} new exchange${entries.length === 1 ? '' : 's'}`;
}

function poll(form, live) {
  clearTimeout(state.timer);
  state.timer = setTimeout(async () => {
    if (live.checked && document.visibilityState === 'visible')
      await load(form, false).catch(() => undefined);
    poll(form, live);
  }, POLL_MS);
}

function onboardingSummary(onboarding) {
  const line = (o) => {
    const missing = [];
    if (!o.tilslutningserklaeringSignert) missing.push('tilslutningserklæring');
    for (const a of facts.apis)
      if (o.paakoblinger[a.id] === undefined) missing.push(`påkobling for ${a.navn}`);
    const state =
      missing.length === 0 ? 'onboarded for every API' : `missing: ${missing.join(', ')}`;
    return el(
      'li',
      {},
      el('a', { href: `${facts.base}/onboarding#org-${o.orgnr}`, text: `${o.navn} (${o.orgnr})` }),
      el('span', { class: missing.length === 0 ? 'ok-text' : 'missing-text', text: ` — ${state}` }),
    );
  };
  return el('ul', { class: 'summary' }, ...onboarding.map(line));
}

async function glance() {
  const [health, { onboarding }] = await Promise.all([
    api('GET', '/health'),
    api('GET', '/onboarding'),
  ]);
  const clock = health.clock;
  return el(
    'section',
    { class: 'glance', 'aria-labelledby': 'glance-title' },
    el('h2', { id: 'glance-title', text: 'At a glance' }),
    el('p', {
      text: `Data day ${clock?.today ?? '?'}${clock?.moved ? ' (data clock moved)' : clock?.todayFixed ? ' (fixed with --today)' : ''} · issuer ${health.issuer} · ${health.clients} clients${session.run === '' ? '' : ` · test run ${session.run}`}`,
    }),
    onboardingSummary(onboarding),
  );
}

start(async (root) => {
  const reload = () => load(form, true).catch((e) => notify(e.message, 'error'));
  const { form, live } = filterForm(reload);
  const empty = el(
    'p',
    { id: 'journal-empty', class: 'muted' },
    'No exchanges yet. Ask for a token or call an API (the README’s first call) and it appears here within a second.',
  );
  root.replaceChildren(
    await glance(),
    el(
      'div',
      { class: 'split' },
      el(
        'section',
        { 'aria-labelledby': 'journal-title', class: 'list' },
        el('h2', { id: 'journal-title', text: 'Live journal' }),
        el('p', { id: 'journal-live', class: 'visually-hidden', role: 'status' }),
        form,
        el('div', { class: 'scroll' }, table()),
        empty,
      ),
      el(
        'section',
        { id: 'entry', class: 'entry', 'aria-labelledby': 'entry-title' },
        el('h2', { id: 'entry-title', text: 'Exchange' }),
        el('p', {
          class: 'muted',
          text: 'Open an exchange to see its request, answer and rule trail.',
        }),
      ),
    ),
  );
  await load(form, true);
  poll(form, live);
});
