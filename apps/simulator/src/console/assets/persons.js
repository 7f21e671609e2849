// Persons: look one up by personidentifikator, find generated ones by household group, and see
// what each API would answer for every income year (and stadie) for a chosen rettighetspakke,
// optionally as a given consumer would be answered (the admin API's preview: the same data,
// fixtures, content per rettighetspakke and onboarding decision as the APIs).
import { api, attempt, el, facts, field, select, start } from './lib.js';

const DEFAULT_PAKKE = {
  summertskattegrunnlag: 'kommuneforeldrebetaling',
  inntekt: 'kommuneBoligsosialeFormaal',
};

let result;

function personButton(p) {
  return el('button', {
    type: 'button',
    class: 'link',
    text: p.personidentifikator,
    'aria-label': `Look up ${p.personidentifikator}`,
    on: { click: () => lookUp(p.personidentifikator) },
  });
}

function personTable(caption, persons) {
  return el(
    'div',
    { class: 'scroll' },
    el(
      'table',
      {},
      el('caption', { text: caption }),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col', text: 'Person' }),
          el('th', { scope: 'col', text: 'Who' }),
        ),
      ),
      el(
        'tbody',
        {},
        ...persons.map((p) =>
          el('tr', {}, el('td', {}, personButton(p)), el('td', { text: p.beskrivelse })),
        ),
      ),
    ),
  );
}

function lookUpForm() {
  const pid = el('input', {
    name: 'pid',
    required: true,
    pattern: '[0-9]{11}',
    inputMode: 'numeric',
    size: 13,
  });
  const form = el(
    'form',
    { class: 'inline-form', role: 'search', 'aria-label': 'Look up a person' },
    field('Personidentifikator', pid, '11 digits'),
    el('button', { type: 'submit', text: 'Look up' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    lookUp(pid.value.trim());
  });
  return form;
}

function findForm(out) {
  const profile = select(facts.profiles, facts.profiles[0]);
  const year = el('input', { type: 'number', min: 2017, max: 2100, size: 6 });
  const form = el(
    'form',
    { class: 'inline-form', role: 'search', 'aria-label': 'Find persons by household group' },
    field('Household group', profile),
    field('Income year', year, 'optional'),
    el('button', { type: 'submit', text: 'Find' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams({ profile: profile.value, limit: '10' });
    if (year.value !== '') query.set('year', year.value);
    attempt(async () => {
      const { persons } = await api('GET', `/persons?${query}`);
      out.replaceChildren(personTable(`Persons in group ${profile.value}`, persons));
    });
  });
  return form;
}

function info(p) {
  const rows = [
    ['Known', p.kjent ? 'yes' : `no — ${p.reason ?? ''}`],
    ['Name', p.navn],
    ['Type', p.identifikatortype],
    ['Born', p.foedselsdato],
    [
      'Household group',
      p.profile === undefined ? undefined : `${p.profile}: ${p.profileBeskrivelse ?? ''}`,
    ],
    ['Description', p.beskrivelse],
    ['Shielded (skjermet)', p.skjermet ? 'yes' : 'no'],
    [
      'Data pinned',
      {
        none: 'no (generated from the seed)',
        file: 'by a fixture file',
        admin: 'through the admin API',
      }[p.fixture],
    ],
    ['Newest assessed year', p.sisteTilgjengeligeInntektsaar],
  ];
  const list = el('dl', { class: 'facts' });
  for (const [term, value] of rows)
    if (value !== undefined)
      list.append(el('dt', { text: term }), el('dd', { text: String(value) }));
  return list;
}

function chip(answer, show) {
  const label = `${answer.status}${answer.kode ? ` ${answer.kode}` : ''}`;
  const when = `${answer.inntektsaar}${answer.stadie ? ` ${answer.stadie}` : ''}`;
  return el('button', {
    type: 'button',
    class: `chip s${Math.floor(answer.status / 100)}xx`,
    text: label,
    title: answer.reason,
    'aria-label': `${when}: ${label}, ${answer.reason}`,
    on: { click: () => show(answer, when) },
  });
}

function answersTable(a, preview, show) {
  const columns =
    a.id === 'inntekt' ? ['January–December'] : [...new Set(preview.answers.map((x) => x.stadie))];
  const years = [...new Set(preview.answers.map((x) => x.inntektsaar))].reverse();
  const cell = (year, column) => {
    const found = preview.answers.find(
      (x) => x.inntektsaar === year && (a.id === 'inntekt' || x.stadie === column),
    );
    return el('td', {}, found === undefined ? '' : chip(found, show));
  };
  return el(
    'div',
    { class: 'scroll' },
    el(
      'table',
      { class: 'answers' },
      el('caption', {
        text: `${a.navn}, rettighetspakke ${preview.rettighetspakke}${preview.consumerOrg ? `, as ${preview.consumerOrg}` : ''}`,
      }),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col', text: 'Year' }),
          ...columns.map((c) => el('th', { scope: 'col', text: c })),
        ),
      ),
      el(
        'tbody',
        {},
        ...years.map((y) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row', text: String(y) }),
            ...columns.map((c) => cell(y, c)),
          ),
        ),
      ),
    ),
  );
}

function answerSection(pid, a) {
  const titleId = `answers-${a.id}`;
  const pakke = select(a.rettighetspakker, DEFAULT_PAKKE[a.id]);
  const consumer = el('input', { pattern: '[0-9]{9}', inputMode: 'numeric', size: 10 });
  const out = el('div');
  const body = el('div', { class: 'body-view' });
  const show = (answer, when) => {
    const heading = el('h4', {
      tabIndex: -1,
      text: `${a.navn} ${when}: ${answer.status}${answer.kode ? ` ${answer.kode}` : ''}`,
    });
    body.replaceChildren(
      heading,
      el('p', { class: 'why', text: answer.reason }),
      ...(answer.innhold ?? []).map((line) => el('p', { class: 'muted', text: line })),
      answer.body === undefined
        ? null
        : el('pre', {
            tabIndex: 0,
            'aria-label': 'Body',
            text: JSON.stringify(answer.body, null, 2),
          }),
    );
    heading.focus();
  };
  const form = el(
    'form',
    { class: 'inline-form', 'aria-labelledby': titleId },
    field('Rettighetspakke', pakke),
    field('As consumer org', consumer, 'optional: applies its onboarding'),
    el('button', { type: 'submit', text: 'Show answers' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams({ rettighetspakke: pakke.value });
    if (consumer.value.trim() !== '') query.set('consumerOrg', consumer.value.trim());
    attempt(async () => {
      const preview = await api('GET', `/persons/${pid}/answers/${a.id}?${query}`);
      out.replaceChildren(answersTable(a, preview, show));
      body.replaceChildren();
    });
  });
  return el(
    'section',
    { class: 'card', 'aria-labelledby': titleId },
    el('h3', { id: titleId, text: a.navn }),
    form,
    out,
    body,
  );
}

async function lookUp(pid) {
  await attempt(async () => {
    const person = await api('GET', `/persons/${encodeURIComponent(pid)}`);
    const heading = el('h2', { id: 'person-title', tabIndex: -1, text: `Person ${pid}` });
    const sections = facts.apis.map((a) => answerSection(pid, a));
    result.replaceChildren(heading, info(person), ...sections);
    history.replaceState(null, '', `?pid=${pid}`);
    heading.focus();
    for (const s of sections) s.querySelector('form')?.requestSubmit();
  });
}

start(async (root) => {
  const found = el('div');
  result = el('section', { class: 'person', 'aria-live': 'off' });
  const { persons } = await api('GET', '/persons');
  root.replaceChildren(
    el(
      'div',
      { class: 'grid' },
      el('section', { class: 'card', 'aria-label': 'Look up' }, lookUpForm()),
      el('section', { class: 'card', 'aria-label': 'Find' }, findForm(found)),
    ),
    found,
    result,
    el(
      'details',
      {},
      el('summary', { text: `Demo persons (${persons.length})` }),
      personTable('The demo persons', persons),
    ),
  );
  const pid = new URLSearchParams(location.search).get('pid');
  if (pid !== null) await lookUp(pid);
});
