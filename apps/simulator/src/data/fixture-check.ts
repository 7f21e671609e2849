// Checks a parsed fixture document completely and builds the FixtureSet: every problem is
// collected with its key path and value, then all are thrown together as one FixtureError.
import { type OppgaveInntektsmottaker, validateInntekter } from '@skattedeling/inntekt';
import {
  harInformasjonsmodell,
  type SummertSkattegrunnlag,
  stadier,
  validateInformasjonsmodell,
  validateSummertSkattegrunnlag,
} from '@skattedeling/summert-skattegrunnlag';
import { parsePersonidentifikator } from '@skattedeling/testdata';
import { FIRST_INNTEKT_MONTH, FIRST_SSG_YEAR, formatMaaned, parseMaaned } from './calendar.js';
import { frozenCopy, isRecord, keyPath, Problems, parseStatus } from './fixture-problems.js';
import {
  FixtureError,
  type FixtureSet,
  type MonthFixture,
  type PeriodStatus,
  type PersonFixture,
  type PersonStatus,
  type Stadie,
  type StageFixture,
  type StageStatus,
} from './fixture-set.js';
import type { IncomeChange } from './profile.js';

const PERIOD_STATUSES: readonly PeriodStatus[] = ['ingenData', 'slettet', 'skjermet'];
const STAGE_STATUSES: readonly StageStatus[] = [...PERIOD_STATUSES, 'publisert'];
const PERSON_STATUSES: readonly PersonStatus[] = ['ukjent', 'skjermet'];

function parseIncomeChanges(problems: Problems, path: string, value: unknown): IncomeChange[] {
  if (!Array.isArray(value)) {
    problems.add(
      path,
      'must be a list of { from: YYYY-MM, salaryFactor, dagpengerPerMonth? }',
      value,
    );
    return [];
  }
  const changes: IncomeChange[] = [];
  value.forEach((entry, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(entry)) {
      problems.add(at, 'must be an object { from, salaryFactor, dagpengerPerMonth? }', entry);
      return;
    }
    problems.unknownKeys(at, entry, ['from', 'salaryFactor', 'dagpengerPerMonth']);
    let from: number | undefined;
    if (typeof entry.from === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(entry.from))
      from = parseMaaned(entry.from);
    else problems.add(`${at}.from`, 'must be a month YYYY-MM (quote it in YAML)', entry.from);
    const factor = entry.salaryFactor ?? 1;
    if (typeof factor !== 'number' || !(factor >= 0 && factor <= 5)) {
      problems.add(
        `${at}.salaryFactor`,
        'must be a number from 0 to 5 (0 stops all salary)',
        entry.salaryFactor,
      );
    }
    const dagpenger = entry.dagpengerPerMonth ?? 0;
    if (typeof dagpenger !== 'number' || !Number.isInteger(dagpenger) || dagpenger < 0) {
      problems.add(
        `${at}.dagpengerPerMonth`,
        'must be a whole number of kroner ≥ 0',
        entry.dagpengerPerMonth,
      );
    }
    if (from !== undefined && typeof factor === 'number' && typeof dagpenger === 'number') {
      changes.push({ from, salaryFactor: factor, dagpengerPerMonth: dagpenger });
    }
  });
  return changes;
}

function parseSsgBody(
  problems: Problems,
  path: string,
  value: unknown,
  pid: string,
  year: number,
  stadie: Stadie,
): SummertSkattegrunnlag | undefined {
  // The V2 contract, and the information model of the body's year when the package has one (a
  // year newer than every model can still be pinned, checked against the contract only). The
  // body's inntektsaar picks the model; a body of another year than its key is reported below.
  const result = validateSummertSkattegrunnlag(value);
  const strict =
    isRecord(value) && harInformasjonsmodell(value.inntektsaar)
      ? validateInformasjonsmodell(value)
      : undefined;
  let ok = true;
  // Both validators see the same field types, so a wrong type would be reported twice.
  const reported = new Set<string>();
  for (const r of [result, strict]) {
    if (r === undefined || r.ok) continue;
    ok = false;
    for (const issue of r.errors) {
      const where =
        issue.path === ''
          ? path
          : issue.path.startsWith('[')
            ? `${path}${issue.path}`
            : `${path}.${issue.path}`;
      if (reported.has(`${where}: ${issue.message}`)) continue;
      reported.add(`${where}: ${issue.message}`);
      problems.add(where, issue.message);
    }
  }
  if (!ok || !isRecord(value)) return undefined;
  if (value.personidentifikator !== pid) {
    problems.add(
      `${path}.personidentifikator`,
      `must be the person's key ${pid}`,
      value.personidentifikator,
    );
    ok = false;
  }
  if (value.inntektsaar !== String(year)) {
    problems.add(
      `${path}.inntektsaar`,
      `must be the year's key "${year}" (a string)`,
      value.inntektsaar,
    );
    ok = false;
  }
  if (value.stadie !== undefined && value.stadie !== stadie) {
    problems.add(`${path}.stadie`, `must be the stage's key ${stadie} or left out`, value.stadie);
    ok = false;
  }
  return ok ? frozenCopy(value as SummertSkattegrunnlag) : undefined;
}

function parseStage(
  problems: Problems,
  path: string,
  value: unknown,
  pid: string,
  year: number,
  stadie: Stadie,
): StageFixture | undefined {
  if (typeof value === 'string') {
    const status = parseStatus(problems, path, value, STAGE_STATUSES);
    return status === undefined ? undefined : { status };
  }
  if (!isRecord(value) || 'status' in value === 'body' in value) {
    problems.add(
      path,
      `must be a status (${STAGE_STATUSES.join(', ')}) or { body: <Summert skattegrunnlag V2 body> }`,
      value,
    );
    return undefined;
  }
  problems.unknownKeys(path, value, ['status', 'body']);
  if ('status' in value) {
    const status = parseStatus(problems, `${path}.status`, value.status, STAGE_STATUSES);
    return status === undefined ? undefined : { status };
  }
  const body = parseSsgBody(problems, `${path}.body`, value.body, pid, year, stadie);
  return body === undefined ? undefined : { body };
}

function parseYears(
  problems: Problems,
  path: string,
  value: unknown,
  pid: string,
): Map<number, Map<Stadie, StageFixture>> {
  const years = new Map<number, Map<Stadie, StageFixture>>();
  if (!isRecord(value)) {
    problems.add(path, 'must map income years (YYYY) to a status or to stages', value);
    return years;
  }
  for (const [key, entry] of Object.entries(value)) {
    const at = keyPath(path, key);
    if (!/^\d{4}$/.test(key) || Number(key) < FIRST_SSG_YEAR) {
      problems.add(
        at,
        `income year must be YYYY, ${FIRST_SSG_YEAR} or later (Summert skattegrunnlag V2 does not serve 2016)`,
        key,
      );
      continue;
    }
    const year = Number(key);
    const stages = new Map<Stadie, StageFixture>();
    if (typeof entry === 'string') {
      const status = parseStatus(problems, at, entry, STAGE_STATUSES);
      if (status !== undefined) for (const stadie of stadier) stages.set(stadie, { status });
    } else if (isRecord(entry)) {
      problems.unknownKeys(at, entry, stadier);
      for (const stadie of stadier) {
        if (!(stadie in entry)) continue;
        const stage = parseStage(problems, `${at}.${stadie}`, entry[stadie], pid, year, stadie);
        if (stage !== undefined) stages.set(stadie, stage);
      }
    } else {
      problems.add(
        at,
        `must be a status (${STAGE_STATUSES.join(', ')}) or an object with stages ${stadier.join(', ')}`,
        entry,
      );
    }
    years.set(year, stages);
  }
  return years;
}

function parseOppgaver(
  problems: Problems,
  path: string,
  value: unknown,
  pid: string,
  maaned: string,
): OppgaveInntektsmottaker[] | undefined {
  const result = validateInntekter({ oppgaveInntektsmottaker: value });
  if (!result.ok) {
    for (const issue of result.errors) {
      const rest = issue.path.replace(/^oppgaveInntektsmottaker/, '');
      problems.add(rest === '' && issue.path === '' ? path : `${path}${rest}`, issue.message);
    }
    return undefined;
  }
  const oppgaver = result.value.oppgaveInntektsmottaker;
  let ok = true;
  oppgaver.forEach((oppgave, i) => {
    if (oppgave.kalendermaaned !== undefined && oppgave.kalendermaaned !== maaned) {
      problems.add(
        `${path}[${i}].kalendermaaned`,
        `must be the month's key ${maaned} or left out`,
        oppgave.kalendermaaned,
      );
      ok = false;
    }
    const mottaker = oppgave.inntektsmottaker?.personidentifikator;
    if (mottaker !== undefined && mottaker !== pid) {
      problems.add(
        `${path}[${i}].inntektsmottaker.personidentifikator`,
        `must be the person's key ${pid} or left out`,
        mottaker,
      );
      ok = false;
    }
  });
  return ok ? frozenCopy(oppgaver) : undefined;
}

function parseMonths(
  problems: Problems,
  path: string,
  value: unknown,
  pid: string,
): Map<number, MonthFixture> {
  const months = new Map<number, MonthFixture>();
  if (!isRecord(value)) {
    problems.add(path, 'must map months (YYYY-MM) to a status or { oppgaver: [...] }', value);
    return months;
  }
  for (const [key, entry] of Object.entries(value)) {
    const at = keyPath(path, key);
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(key) || parseMaaned(key) < FIRST_INNTEKT_MONTH) {
      problems.add(
        at,
        `month must be YYYY-MM, ${formatMaaned(FIRST_INNTEKT_MONTH)} or later (the a-ordning starts in 2015)`,
        key,
      );
      continue;
    }
    const m = parseMaaned(key);
    if (typeof entry === 'string') {
      const status = parseStatus(problems, at, entry, PERIOD_STATUSES);
      if (status !== undefined) months.set(m, { status });
    } else if (isRecord(entry) && 'status' in entry !== 'oppgaver' in entry) {
      problems.unknownKeys(at, entry, ['status', 'oppgaver']);
      if ('status' in entry) {
        const status = parseStatus(problems, `${at}.status`, entry.status, PERIOD_STATUSES);
        if (status !== undefined) months.set(m, { status });
      } else {
        const oppgaver = parseOppgaver(problems, `${at}.oppgaver`, entry.oppgaver, pid, key);
        if (oppgaver !== undefined) months.set(m, { oppgaver });
      }
    } else {
      problems.add(
        at,
        `must be a status (${PERIOD_STATUSES.join(', ')}) or { oppgaver: [<oppgaveInntektsmottaker>…] }`,
        entry,
      );
    }
  }
  return months;
}

function parsePerson(
  problems: Problems,
  path: string,
  value: unknown,
  pid: string,
): PersonFixture | undefined {
  const parsed = parsePersonidentifikator(pid);
  if (!parsed.ok) {
    problems.add(path, `not a valid personidentifikator: ${parsed.reason}`);
    return undefined;
  }
  if (!parsed.synthetic) {
    problems.add(
      path,
      'not a synthetic test person (month + 80): the simulator never holds real persons',
    );
    return undefined;
  }
  if (!isRecord(value)) {
    problems.add(
      path,
      'must be an object with description, status, incomeChanges, summertSkattegrunnlag, inntekt',
      value,
    );
    return undefined;
  }
  problems.unknownKeys(path, value, [
    'description',
    'status',
    'incomeChanges',
    'summertSkattegrunnlag',
    'inntekt',
  ]);
  if (value.description !== undefined && typeof value.description !== 'string') {
    problems.add(`${path}.description`, 'must be text', value.description);
  }
  return {
    description: typeof value.description === 'string' ? value.description : undefined,
    status:
      value.status === undefined
        ? undefined
        : parseStatus(problems, `${path}.status`, value.status, PERSON_STATUSES),
    incomeChanges:
      value.incomeChanges === undefined
        ? []
        : parseIncomeChanges(problems, `${path}.incomeChanges`, value.incomeChanges),
    summertSkattegrunnlag:
      value.summertSkattegrunnlag === undefined
        ? new Map()
        : parseYears(problems, `${path}.summertSkattegrunnlag`, value.summertSkattegrunnlag, pid),
    inntekt:
      value.inntekt === undefined
        ? new Map()
        : parseMonths(problems, `${path}.inntekt`, value.inntekt, pid),
  };
}

/**
 * Checks a parsed fixture document (`{ version?: 1, persons: { <personidentifikator>: … } }`) and
 * returns the set, or throws a FixtureError listing every problem.
 */
export function fixtureSetFrom(document: unknown, file: string): FixtureSet {
  const problems = new Problems();
  const persons = new Map<string, PersonFixture>();
  if (!isRecord(document)) {
    problems.add('(root)', 'must be an object with `persons`', document);
  } else {
    // Keys starting with `x-` are free, for YAML anchors that persons then merge (`<<: *name`).
    problems.unknownKeys(
      '(root)',
      Object.fromEntries(Object.entries(document).filter(([k]) => !k.startsWith('x-'))),
      ['version', 'persons'],
    );
    if (document.version !== undefined && document.version !== 1)
      problems.add('version', 'must be 1', document.version);
    if (!isRecord(document.persons)) {
      problems.add(
        'persons',
        'must map personidentifikator (11 digits) to the person’s fixture',
        document.persons,
      );
    } else {
      for (const [pid, value] of Object.entries(document.persons)) {
        const person = parsePerson(problems, keyPath('persons', pid), value, pid);
        if (person !== undefined) persons.set(pid, person);
      }
    }
  }
  if (problems.list.length > 0) throw new FixtureError(file, problems.list);
  return { persons, files: [file] };
}
