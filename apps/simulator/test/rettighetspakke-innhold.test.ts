// What each Summert skattegrunnlag rights package receives: the shipped content applied to
// generated and pinned bodies, its rule trail in the journal, and the content replaced through the
// admin API and through a config file. Inntekt keeps its own package rule.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createValidator } from '@skattedeling/felles';
import { filtrerForRettighetspakke as filtrerInntekt, type Inntekter } from '@skattedeling/inntekt';
import {
  filtrerForRettighetspakke,
  informasjonsmodell,
  type RettighetspakkeInnholdDokument,
  standardRettighetspakkeInnhold,
  validateSummertSkattegrunnlag,
} from '@skattedeling/summert-skattegrunnlag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, parseArgs } from '../src/config/load.js';
import { schema as adminSchema } from '../src/generated/admin/schema.js';
import {
  accessToken,
  admin,
  demoKommuner,
  demoPerson,
  get,
  startTestSimulator,
  type TestSimulator,
} from './helpers.js';

const adminContract = createValidator(adminSchema);
const RUN = { 'x-skattedeling-test-run': 'innhold' };
const BASE = '/summertskattegrunnlag/rettighetspakker';

interface Item {
  tekniskNavn: string;
  kategori: string;
  spesifisering?: unknown[];
  andelSkattefritt?: number;
}
type Body = { grunnlag?: Item[] } & Record<string, unknown>;

let sim: TestSimulator;
let pid: string;
let token: string;
beforeAll(async () => {
  sim = await startTestSimulator();
  pid = demoPerson(sim, /employee with salary/);
  token = await accessToken(sim);
});
afterAll(() => sim.close());

/** A 2024 oppgjoer with salary, AAP, union dues, a deposit with detail, and totals. */
function pinnedBody() {
  const item = (tekniskNavn: string, kategori: string, extra = {}) => ({
    tekniskNavn,
    beloep: 1000,
    kategori,
    ...extra,
  });
  return {
    personidentifikator: pid,
    inntektsaar: '2024',
    grunnlag: [
      item('samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt', 'inntekt', {
        spesifisering: [
          { type: 'LoennOgTilsvarendeYtelser', organisasjonsnummer: '312917408', beloep: 1000 },
        ],
      }),
      item('arbeidsavklaringspenger', 'inntekt'),
      item('fradragForFagforeningskontingent', 'inntektsfradrag'),
      item('innskudd', 'formue', {
        spesifisering: [{ type: 'Konto', kontonummer: '95751752084', innskudd: 1000 }],
        andelSkattefritt: 0,
        andelOverfoertFraBarn: 200,
      }),
      item('bruttoformue', '-'),
      item('sumInntekterIAlminneligInntektFoerFordelingsfradrag', '-'),
    ],
    skjermet: false,
    stadie: 'oppgjoer',
  };
}

async function ssg(pakke: string, headers: Record<string, string> = {}): Promise<Body> {
  const r = await get(sim, `/summertskattegrunnlag/v2/oppgjoer/${pakke}/2024/${pid}`, {
    authorization: `Bearer ${token}`,
    ...headers,
  });
  expect(r.status, r.text).toBe(200);
  const body = r.json() as Body;
  const contract = validateSummertSkattegrunnlag(body);
  expect(contract.ok ? [] : contract.errors).toEqual([]);
  const year = informasjonsmodell(2024).validate(body);
  expect(year.ok ? [] : year.errors).toEqual([]);
  return body;
}

const names = (body: Body) => (body.grunnlag ?? []).map((g) => g.tekniskNavn);

function conforms(def: string, body: unknown): void {
  const result = adminContract.validate(def as never, body);
  expect(result.ok, result.ok ? '' : result.message).toBe(true);
}

/** The content steps of the newest journal entry for the person in the run, one per line. */
async function innholdTrail(): Promise<string> {
  const j = await admin(sim, 'GET', `/journal?testRun=innhold&personidentifikator=${pid}&limit=1`);
  const entries = (j.body as { entries: { trail: { rule: string; detail?: string }[] }[] }).entries;
  const steps = entries[0]?.trail.filter((s) => s.rule === 'innhold') ?? [];
  return steps.map((s) => s.detail).join('\n');
}

describe('the shipped content per rettighetspakke', () => {
  beforeAll(async () => {
    const put = await admin(
      sim,
      'PUT',
      `/fixtures/${pid}`,
      {
        summertSkattegrunnlag: { '2024': { oppgjoer: { body: pinnedBody() } } },
      },
      RUN,
    );
    expect(put.status, put.text).toBe(200);
  });

  it('kommuneforeldrebetaling receives income without wealth, union dues or spesifisering', async () => {
    const body = await ssg('kommuneforeldrebetaling', RUN);
    expect(names(body)).toEqual([
      'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt',
      'arbeidsavklaringspenger',
      'sumInntekterIAlminneligInntektFoerFordelingsfradrag',
    ]);
    expect(body.grunnlag?.filter((g) => g.spesifisering !== undefined)).toEqual([]);
  });

  it('kommuneboligsosialeformaal receives wealth too, still without union dues or detail', async () => {
    const body = await ssg('kommuneboligsosialeformaal', RUN);
    expect(names(body)).toEqual([
      'samletLoennsinntektMedTrygdeavgiftspliktOgMedTrekkplikt',
      'arbeidsavklaringspenger',
      'innskudd',
      'bruttoformue',
      'sumInntekterIAlminneligInntektFoerFordelingsfradrag',
    ]);
    expect(body.grunnlag?.find((g) => g.tekniskNavn === 'innskudd')).toEqual({
      tekniskNavn: 'innskudd',
      beloep: 1000,
      kategori: 'formue',
    });
  });

  it('the journal names each withheld item with the rule that withheld it', async () => {
    await ssg('kommuneforeldrebetaling', RUN);
    const trail = await innholdTrail();
    expect(trail).toContain(
      'kommuneforeldrebetaling (own entry, unconfirmed): withheld 3; spesifisering removed from 1',
    );
    expect(trail).toContain(
      'fradragForFagforeningskontingent by unntatt.begreper fagforeningskontingent',
    );
    expect(trail).toContain('innskudd by unntatt.kategorier formue');
    expect(trail).toContain('bruttoformue by unntatt.begreper formueOgGjeldUtenKategori');
  });
});

describe('generated answers through the answer cache', () => {
  const generated = () => {
    const found = sim.ctx.data.summertSkattegrunnlag(pid, 2024, 'oppgjoer');
    if (found.kind !== 'data') throw new Error(`no 2024 oppgjoer for ${pid}`);
    return found.body as unknown as Body;
  };

  it('are the package filter over the generated body, also on a cached repeat with its trail', async () => {
    const expected = filtrerForRettighetspakke(generated(), 'kommuneforeldrebetaling');
    expect(await ssg('kommuneforeldrebetaling')).toEqual(expected);
    expect(await ssg('kommuneforeldrebetaling')).toEqual(expected);
    const j = await admin(sim, 'GET', `/journal?personidentifikator=${pid}&limit=2`);
    const entries = (j.body as { entries: { trail: { rule: string; detail?: string }[] }[] })
      .entries;
    const trails = entries.map((e) => e.trail.filter((s) => s.rule === 'innhold'));
    expect(trails[0]?.[0]?.detail).toMatch(/^kommuneforeldrebetaling \(own entry, unconfirmed\): /);
    expect(trails[0]).toEqual(trails[1]);
  });

  it('follow a content changed through the admin API at once (the cache key names the content)', async () => {
    const before = await ssg('kommuneforeldrebetaling');
    const innhold = { bekreftet: true, merknad: 'test', spesifisering: true, andeler: true };
    const put = await admin(sim, 'PUT', `${BASE}/kommuneForeldrebetaling`, innhold);
    expect(put.status, put.text).toBe(200);
    conforms('PakkensInnhold', put.body);
    expect(put.body).toEqual({
      rettighetspakke: 'kommuneforeldrebetaling',
      kilde: 'egen',
      innhold,
    });
    const after = await ssg('kommuneforeldrebetaling');
    expect(after).toEqual(generated());
    expect(after).not.toEqual(before);
    expect((await admin(sim, 'POST', '/reset')).status).toBe(204);
    token = await accessToken(sim);
    expect(await ssg('kommuneforeldrebetaling')).toEqual(before);
  });
});

describe('the admin API for the content', () => {
  it('reads the document in force and one package’s content, own or standard', async () => {
    const all = await admin(sim, 'GET', BASE);
    expect(all.status).toBe(200);
    conforms('RettighetspakkeInnholdDokument', all.body);
    expect(all.body).toEqual(standardRettighetspakkeInnhold);
    const ssb = await admin(sim, 'GET', `${BASE}/ssb`);
    conforms('PakkensInnhold', ssb.body);
    expect(ssb.body).toMatchObject({ rettighetspakke: 'ssb', kilde: 'standard' });
  });

  it('refuses a content that breaks the schema or names an unknown concept, with 400', async () => {
    const bad = await admin(sim, 'PUT', `${BASE}/sbl`, { bekreftet: 'ja', merknad: 'x' });
    expect(bad.status).toBe(400);
    expect(String(bad.body?.detail)).toMatch(/bekreftet/);
    const unknown = await admin(sim, 'PUT', `${BASE}/sbl`, {
      bekreftet: true,
      merknad: 'x',
      unntatt: { begreper: ['finnesIkke'] },
      spesifisering: false,
      andeler: false,
    });
    expect(unknown.status).toBe(400);
    expect(String(unknown.body?.detail)).toContain(
      'unntatt.begreper[0]: names no concept of the document: finnesIkke',
    );
    const doc = structuredClone(standardRettighetspakkeInnhold) as Record<string, unknown>;
    doc.foelger = [{ tekniskNavn: 'a', foelgerTekniskNavn: ['a'], kilde: 'x' }];
    const cycle = await admin(sim, 'PUT', BASE, doc);
    expect(cycle.status).toBe(400);
    expect(String(cycle.body?.detail)).toContain('a follows itself');
  });

  it('replaces the whole document, removes a package’s entry, and reset restores the start', async () => {
    const doc = structuredClone(standardRettighetspakkeInnhold) as RettighetspakkeInnholdDokument;
    const put = await admin(sim, 'PUT', BASE, {
      ...doc,
      standard: { ...doc.standard, spesifisering: true },
    });
    expect(put.status, put.text).toBe(200);
    expect((await admin(sim, 'GET', `${BASE}/ssb`)).body).toMatchObject({
      innhold: { spesifisering: true },
    });
    expect((await admin(sim, 'DELETE', `${BASE}/kommuneboligsosialeformaal`)).status).toBe(204);
    expect((await admin(sim, 'GET', `${BASE}/kommuneboligsosialeformaal`)).body).toMatchObject({
      kilde: 'standard',
    });
    expect((await admin(sim, 'DELETE', `${BASE}/kommuneboligsosialeformaal`)).status).toBe(404);
    expect((await admin(sim, 'POST', '/reset')).status).toBe(204);
    expect((await admin(sim, 'GET', BASE)).body).toEqual(standardRettighetspakkeInnhold);
    token = await accessToken(sim);
  });
});

describe('a content file given at start', () => {
  const file = (name: string, content: unknown) => {
    const path = join(sim.ctx.config.stateDir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  it('replaces the shipped content, from a config file key, a flag or the environment', async () => {
    const doc = structuredClone(standardRettighetspakkeInnhold) as RettighetspakkeInnholdDokument;
    const open = { bekreftet: true, merknad: 'all', spesifisering: true, andeler: true };
    const path = file('innhold.json', {
      ...doc,
      rettighetspakker: { ...doc.rettighetspakker, kommuneforeldrebetaling: open },
    });
    const yaml = file('config.yaml', `rettighetspakkeInnhold: ${JSON.stringify(path)}\n`);
    const fromFile = await loadConfig(parseArgs(['--config', yaml]), {});
    expect(fromFile.rettighetspakkeInnhold).toBe(path);
    expect(
      (await loadConfig(parseArgs(['--rettighetspakke-innhold', path]), {})).rettighetspakkeInnhold,
    ).toBe(path);
    const fromEnv = await loadConfig(parseArgs([]), {
      SKATTEDELING_SIM_RETTIGHETSPAKKE_INNHOLD: path,
    });
    expect(fromEnv.rettighetspakkeInnhold).toBe(path);

    const other = await startTestSimulator({
      rettighetspakkeInnhold: fromFile.rettighetspakkeInnhold,
    });
    try {
      expect((await admin(other, 'GET', `${BASE}/kommuneforeldrebetaling`)).body).toMatchObject({
        innhold: open,
      });
      const found = other.ctx.data.summertSkattegrunnlag(pid, 2024, 'oppgjoer');
      const r = await get(
        other,
        `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/2024/${pid}`,
        {
          authorization: `Bearer ${await accessToken(other)}`,
        },
      );
      expect(found.kind === 'data' && r.json()).toEqual(found.kind === 'data' && found.body);
      // A reset restores what the simulator started with: the file, not the shipped defaults.
      await admin(other, 'PUT', `${BASE}/kommuneforeldrebetaling`, doc.standard);
      await admin(other, 'POST', '/reset');
      expect((await admin(other, 'GET', `${BASE}/kommuneforeldrebetaling`)).body).toMatchObject({
        innhold: open,
      });
    } finally {
      await other.close();
    }
  });

  it('stops start-up with one line naming the key, the file and the problem', async () => {
    const doc = structuredClone(standardRettighetspakkeInnhold) as Record<string, unknown>;
    const broken = file('broken.json', { ...doc, standard: { bekreftet: false, merknad: 'x' } });
    const error = await startTestSimulator({ rettighetspakkeInnhold: broken }).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toMatch(
      /^Invalid configuration: rettighetspakkeInnhold = ".*broken\.json": must follow rettighetspakke-innhold\.schema\.json: standard\.spesifisering: is required; standard\.andeler: is required$/,
    );
    const missing = await startTestSimulator({
      rettighetspakkeInnhold: join(sim.ctx.config.stateDir, 'nope.json'),
    }).catch((e: Error) => e);
    expect((missing as Error).message).toMatch(
      /rettighetspakkeInnhold = ".*nope\.json": cannot read the file \(ENOENT\)$/,
    );
    const notJson = await startTestSimulator({
      rettighetspakkeInnhold: file('bad.json', '{'),
    }).catch((e: Error) => e);
    expect((notJson as Error).message).toMatch(/: not JSON \(/);
  });
});

describe('the Inntekt API', () => {
  it('keeps filtering by its own package rule (sbl codes), whatever the Summert skattegrunnlag content', async () => {
    const run = { 'x-skattedeling-test-run': 'innhold-im' };
    const nothing = structuredClone(
      standardRettighetspakkeInnhold,
    ) as RettighetspakkeInnholdDokument;
    const none = { ...nothing.standard, grunnlag: { tekniskNavn: [] } };
    await admin(sim, 'PUT', BASE, { ...nothing, standard: none, rettighetspakker: {} });
    await admin(
      sim,
      'PUT',
      `/onboarding/${demoKommuner.fullt.orgnr}/paakoblinger/inntekt`,
      {
        rettighetspakker: ['kommuneBoligsosialeFormaal', 'sbl'],
      },
      run,
    );
    const imToken = await accessToken(sim, { claims: { scope: 'skatteetaten:inntekt' } });
    const path = (pakke: string) =>
      `/inntekt/v1/${pakke}/${pid}/inntekter?fraOgMed=2025-01&tilOgMed=2025-12`;
    const headers = { authorization: `Bearer ${imToken}`, altinnsamtykke: 'samtykke', ...run };
    const hjemmel = await get(sim, path('kommuneBoligsosialeFormaal'), headers);
    expect(hjemmel.status, hjemmel.text).toBe(200);
    const sbl = await get(sim, path('sbl'), headers);
    expect(sbl.status, sbl.text).toBe(200);
    expect(sbl.json()).toEqual(filtrerInntekt(hjemmel.json() as unknown as Inntekter, 'sbl'));
    expect((await admin(sim, 'POST', '/reset')).status).toBe(204);
    token = await accessToken(sim);
  });
});
