// The Set-up page's clocks: the data clock (what is published yet), which the admin API can set
// to an instant, move by an ISO-8601 duration or put back; and the real time tokens keep. With a
// test run chosen in the session bar, every call names it, so the card shows and moves that run's
// clock ("back to the start" drops it: the run reads the global clock again).
import { api, attempt, el, field } from './lib.js';

/** Whose data clock the card shows. */
function scopeOf(c) {
  if (c.testRun === undefined) return 'global';
  return c.scope === 'testRun'
    ? `test run ${c.testRun} (its own)`
    : `global (test run ${c.testRun} has none of its own)`;
}

function facts(health, c) {
  const state = [c.frozen ? 'standing still' : 'running', c.moved ? 'moved' : 'as started'];
  const rows = [
    ['Data clock', `${c.now} (${state.join(', ')})`],
    ['Clock of', scopeOf(c)],
    ['Starts at', c.startsAt ?? 'the real time'],
    ['Token clock (real time)', c.realNow],
    ['Issuer', health.issuer],
    ['Grant ids remembered', String(health.rememberedGrants ?? 0)],
  ];
  const list = el('dl', { class: 'facts' });
  for (const [term, value] of rows)
    list.append(el('dt', { text: term }), el('dd', { text: value }));
  return list;
}

/** The clock card; `done` shows the page again after a change. */
export function clockSection(health, c, done) {
  const move = (body, success) => async () =>
    (await attempt(() => api('PUT', '/clock', body), success)) && done();
  const now = el('input', { placeholder: '2026-06-30T08:00:00Z', size: 22 });
  const advance = el('input', { placeholder: 'P30D', size: 8 });
  const setForm = el(
    'form',
    { class: 'inline-form', 'aria-label': 'Set the data clock' },
    field('Set to', now, 'an instant with a zone'),
    el('button', { type: 'submit', text: 'Set' }),
  );
  setForm.addEventListener('submit', (event) => {
    event.preventDefault();
    move({ now: now.value.trim() }, `Data clock set to ${now.value.trim()}`)();
  });
  const moveForm = el(
    'form',
    { class: 'inline-form', 'aria-label': 'Move the data clock' },
    field('Move by', advance, 'ISO-8601: P30D, PT2H, -P1D'),
    el('button', { type: 'submit', text: 'Move' }),
    el('button', {
      type: 'button',
      class: 'secondary',
      text: 'Back to the start',
      on: {
        click: async () =>
          (await attempt(() => api('DELETE', '/clock'), 'Data clock back at the start')) && done(),
      },
    }),
  );
  moveForm.addEventListener('submit', (event) => {
    event.preventDefault();
    move({ advance: advance.value.trim() }, `Data clock moved by ${advance.value.trim()}`)();
  });
  return el(
    'section',
    { class: 'card', 'aria-labelledby': 'clock-title' },
    el('h2', { id: 'clock-title', text: 'Clock' }),
    facts(health, c),
    setForm,
    moveForm,
  );
}
