// Where an answer's data comes from: a fixture pinned through the admin API (for this test run
// and consumer, if any), otherwise the data module over the fixture files. Answers without an
// admin fixture go through the LRU cache, already serialised.

import type { Context } from '../context.js';
import {
  createDataSource,
  type DataSource,
  FixtureError,
  fixtureSetFrom,
  mergeFixtureSets,
} from '../data/index.js';
import type { Exchange } from '../http/exchange.js';
import type { Fixture } from '../store/types.js';

/** Parses a person's fixture as the data module reads fixture files; throws FixtureError. */
export function parsePersonFixture(pid: string, document: unknown, source: string) {
  return fixtureSetFrom({ version: 1, persons: { [pid]: document } }, source);
}

/** The data source over `fixture` (a pinned person), made once per stored fixture and kept. */
export function sourceFor(ctx: Context, fixture: Fixture): DataSource {
  let source = ctx.fixtureSources.get(fixture);
  if (source === undefined) {
    const set = parsePersonFixture(fixture.personidentifikator, fixture.document, 'admin API');
    source = createDataSource({
      seed: ctx.config.seed,
      fixtures: mergeFixtureSets(ctx.baseFixtures, set),
      today: () => ctx.today(),
    });
    ctx.fixtureSources.set(fixture, source);
  }
  return source;
}

/** The data source for this call and whether it is the shared (cacheable) one. */
export function dataFor(
  ctx: Context,
  x: Exchange,
  pid: string,
  consumerOrg: string,
): { source: DataSource; cacheable: boolean } {
  const fixture = ctx.store.getFixture(x.testRun, pid, consumerOrg);
  if (fixture === undefined) return { source: ctx.data, cacheable: true };
  x.info(
    'data',
    `fixture pinned through the admin API${fixture.testRun === undefined ? '' : ` in test run ${fixture.testRun}`}${fixture.consumerOrg === undefined ? '' : ` for consumer ${fixture.consumerOrg}`}`,
  );
  return { source: sourceFor(ctx, fixture), cacheable: false };
}

export { FixtureError };
