// What an imitated API would answer for a person, per income year (and stadie), without a call:
// the same data (fixture files, a fixture pinned through the admin API, the generator), the same
// content per rettighetspakke and, for a named consumer, the same onboarding decision as the
// endpoints. No token, injected fault, consent header or journal entry is involved, so a preview
// never changes what a test sees. Each lookup API's answers are made next to its endpoint
// (skatteetaten/<api>.ts, the entry's `preview`).
import type { Context } from '../context.js';
import type { DataSource } from '../data/index.js';
import type { PreviewedAnswer } from '../generated/admin/types.gen.js';
import { sourceFor } from '../skatteetaten/data.js';
import type { PreviewQuery } from '../skatteetaten/preview.js';
import { lookupPreview } from '../skatteetaten/router.js';
import type { Fixture } from '../store/types.js';

/** The data source an endpoint would read for this person and consumer. */
export function previewSource(
  ctx: Context,
  run: string | undefined,
  pid: string,
  consumerOrg: string | undefined,
): { source: DataSource; fixture: Fixture | undefined } {
  const fixture = ctx.store.getFixture(run, pid, consumerOrg);
  if (fixture === undefined) return { source: ctx.data, fixture };
  // The same source, from the same cache, that the endpoints read (skatteetaten/data.ts).
  return { source: sourceFor(ctx, fixture), fixture };
}

/**
 * Every answer of the query, oldest year first (Summert skattegrunnlag: each stadie per year), as
 * of the data clock the run's calls read; each lookup API's endpoint entry gives its own.
 */
export function previewAnswers(ctx: Context, q: PreviewQuery): PreviewedAnswer[] {
  const preview = lookupPreview(q.api);
  if (preview === undefined) throw new Error(`no endpoint previews the answers of ${q.api}`);
  const { source } = previewSource(ctx, q.run, q.personidentifikator, q.consumerOrg);
  return preview(ctx, q, source, ctx.clocks.of(q.run).now());
}
