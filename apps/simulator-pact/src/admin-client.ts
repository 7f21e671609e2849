// The few admin-API calls the verifier makes (contracts/simulator/openapi.yaml), each scoped to a
// test run through the x-skattedeling-test-run header. Every state change is sent as
// application/json (the admin API refuses anything else) and every call carries the admin token
// when the simulator has one. A refusal throws with the status and the simulator's problem text,
// so a failing state names what the simulator refused.
import { type JournalEntry, TEST_RUN_HEADER } from '@skattedeling/simulator';

export class AdminError extends Error {
  override readonly name = 'AdminError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Delegation {
  readonly id: string;
  readonly status: 'active' | 'revoked';
}

export class AdminClient {
  readonly #base: string;
  readonly #token: string | undefined;

  constructor(simulatorUrl: string, options: { token?: string | undefined } = {}) {
    this.#base = `${simulatorUrl.replace(/\/$/, '')}/_simulator`;
    this.#token = options.token;
  }

  async #call(
    run: string | undefined,
    method: string,
    path: string,
    body?: unknown,
    okStatuses: readonly number[] = [],
  ): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (run !== undefined) headers[TEST_RUN_HEADER] = run;
    if (method !== 'GET') headers['content-type'] = 'application/json';
    if (this.#token !== undefined) headers.authorization = `Bearer ${this.#token}`;
    let response: Response;
    try {
      response = await fetch(`${this.#base}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new AdminError(
        0,
        `${method} ${this.#base}${path}: ${(error as Error).message}; is the simulator running?`,
      );
    }
    const text = await response.text();
    if (!response.ok && !okStatuses.includes(response.status)) {
      let detail = text;
      try {
        const problem = JSON.parse(text) as { detail?: string; title?: string };
        detail = problem.detail ?? problem.title ?? text;
      } catch {
        // not JSON: keep the text
      }
      throw new AdminError(
        response.status,
        `${method} /_simulator${path} → ${response.status}: ${detail}`,
      );
    }
    return text === '' ? undefined : JSON.parse(text);
  }

  async health(): Promise<{ issuer: string }> {
    return (await this.#call(undefined, 'GET', '/health')) as { issuer: string };
  }

  async registerClient(client: {
    clientId: string;
    orgnr: string;
    navn: string;
    scopes: string[];
    keys: unknown[];
  }): Promise<void> {
    await this.#call(undefined, 'POST', '/clients', client);
  }

  async deleteClient(clientId: string): Promise<void> {
    await this.#call(
      undefined,
      'DELETE',
      `/clients/${encodeURIComponent(clientId)}`,
      undefined,
      [404],
    );
  }

  async signTilslutningserklaering(run: string, orgnr: string): Promise<void> {
    await this.#call(run, 'PUT', `/onboarding/${orgnr}/tilslutningserklaering`, { signert: true });
  }

  async putPaakobling(
    run: string,
    orgnr: string,
    api: string,
    rettighetspakker: string[],
  ): Promise<void> {
    await this.#call(run, 'PUT', `/onboarding/${orgnr}/paakoblinger/${api}`, { rettighetspakker });
  }

  async deletePaakobling(run: string, orgnr: string, api: string): Promise<void> {
    await this.#call(run, 'DELETE', `/onboarding/${orgnr}/paakoblinger/${api}`, undefined, [404]);
  }

  async getOnboarding(
    run: string,
    orgnr: string,
  ): Promise<{ paakoblinger: Record<string, { rettighetspakker: string[] }> } | undefined> {
    return (await this.#call(run, 'GET', `/onboarding/${orgnr}`, undefined, [404])) as never;
  }

  async delegate(run: string, offeredBy: string, coveredBy: string, api: string): Promise<void> {
    await this.#call(run, 'POST', '/altinn/delegations', { offeredBy, coveredBy, api });
  }

  async revokeDelegations(
    run: string,
    offeredBy: string,
    coveredBy: string,
    scope: string,
  ): Promise<void> {
    const query = new URLSearchParams({ offeredBy, coveredBy, scope }).toString();
    const { delegations } = (await this.#call(run, 'GET', `/altinn/delegations?${query}`)) as {
      delegations: Delegation[];
    };
    for (const d of delegations)
      if (d.status === 'active') await this.#call(run, 'DELETE', `/altinn/delegations/${d.id}`);
  }

  async putFixture(run: string, personidentifikator: string, document: unknown): Promise<void> {
    await this.#call(run, 'PUT', `/fixtures/${personidentifikator}`, document);
  }

  /** Generated persons by household group, income year and items (`GET /persons`). */
  async findPersons(
    run: string,
    query: { profile: string; year: string; has: readonly string[]; limit: number },
  ): Promise<{ personidentifikator: string; profile: string }[]> {
    const search = new URLSearchParams({
      profile: query.profile,
      year: query.year,
      limit: String(query.limit),
    });
    if (query.has.length > 0) search.set('has', query.has.join(','));
    const { persons } = (await this.#call(run, 'GET', `/persons?${search}`)) as {
      persons: { personidentifikator: string; profile: string }[];
    };
    return persons;
  }

  /** The data clock as the run sees it (`GET /clock`); read only, the verifier never moves it. */
  async clock(run: string): Promise<{ now: string }> {
    return (await this.#call(run, 'GET', '/clock')) as { now: string };
  }

  async addFault(run: string, fault: Record<string, unknown>): Promise<void> {
    await this.#call(run, 'POST', '/faults', fault);
  }

  async journal(run: string): Promise<JournalEntry[]> {
    const { entries } = (await this.#call(
      run,
      'GET',
      `/journal?testRun=${encodeURIComponent(run)}&limit=50`,
    )) as { entries: JournalEntry[] };
    return entries;
  }

  async reset(run: string): Promise<void> {
    await this.#call(run, 'POST', '/reset');
  }
}
