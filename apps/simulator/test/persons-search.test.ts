// GET /_simulator/persons with a query: the data module's search over HTTP, checked against the
// contract's PersonQuery, the same list for the same seed, and every refusal a 400 problem.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILES } from '../src/data/index.js';
import { schema } from '../src/generated/admin/schema.js';
import { accessToken, admin, get, startTestSimulator, type TestSimulator } from './helpers.js';

let sim: TestSimulator;
let again: TestSimulator;

beforeAll(async () => {
  [sim, again] = await Promise.all([startTestSimulator(), startTestSimulator()]);
});
afterAll(async () => {
  await Promise.all([sim.close(), again.close()]);
});

interface Found {
  personidentifikator: string;
  profile: string;
  beskrivelse: string;
}
const found = (r: { body: Record<string, unknown> | undefined }) =>
  (r.body?.persons ?? []) as Found[];

describe('GET /_simulator/persons?profile=…&year=…&has=…&limit=…', () => {
  it('lists persons of a group with the item in the year, the same list from a simulator of the same seed', async () => {
    const path = '/persons?profile=pensioner&year=2024&has=formuesverdiForPrimaerbolig&limit=5';
    const first = await admin(sim, 'GET', path);
    expect(first.status).toBe(200);
    expect(found(first)).toHaveLength(5);
    for (const p of found(first)) expect(p.profile).toBe('pensioner');
    expect(found(await admin(again, 'GET', path))).toEqual(found(first));
    const other = await startTestSimulator({ seed: 'another seed' });
    try {
      expect(found(await admin(other, 'GET', path))).not.toEqual(found(first));
    } finally {
      await other.close();
    }
  });

  it('finds, for comma-separated items, persons whose oppgjoer carries every one of them', async () => {
    const has = ['utbytteFraAksje', 'oppjustertTilleggTilUtbytteFraAksje'];
    const r = await admin(sim, 'GET', `/persons?profile=investor&year=2024&has=${has}&limit=2`);
    expect(r.status).toBe(200);
    expect(found(r)).toHaveLength(2);
    const token = await accessToken(sim);
    for (const { personidentifikator } of found(r)) {
      const body = (
        await get(
          sim,
          `/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/2024/${personidentifikator}`,
          {
            authorization: `Bearer ${token}`,
          },
        )
      ).json() as { grunnlag: { tekniskNavn: string }[] };
      const names = body.grunnlag.map((g) => g.tekniskNavn);
      for (const name of has) expect(names).toContain(name);
    }
  });

  it('refuses a group it does not draw with a problem naming every group', async () => {
    const r = await admin(sim, 'GET', '/persons?profile=astronaut&year=2024');
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.body?.detail).toBe(
      `query profile must be one of ${PROFILES.join(', ')}, got "astronaut"`,
    );
  });

  it('refuses values the contract does not allow, naming the parameter', async () => {
    const cases: [string, RegExp][] = [
      ['year=2016', /^query year must be >= 2017/],
      ['year=twenty', /^query year must be integer \(got "twenty"\)$/],
      ['profile=student&limit=0', /^query limit must be >= 1/],
      ['year=2024&has=a-b', /^query has\[0\] must match pattern/],
      ['profile=student&profle=x', /^query profle is not allowed here/],
      ['has=innskudd', /^query has needs year/],
    ];
    for (const [query, detail] of cases) {
      const r = await admin(sim, 'GET', `/persons?${query}`);
      expect(r.status, query).toBe(400);
      expect(r.body?.detail, query).toMatch(detail);
    }
  });
});

describe('the contract’s household groups', () => {
  it('are the data module’s groups, in its order', () => {
    const profile = (schema.$defs as Record<string, { enum?: unknown }>).Profile;
    expect(profile?.enum).toEqual([...PROFILES]);
  });
});
