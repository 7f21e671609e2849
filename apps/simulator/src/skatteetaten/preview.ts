// What a lookup API's preview needs (the admin API's answers without a call, admin/preview.ts):
// the query, the years it covers and the onboarding refusal. Each lookup API's module gives its
// own preview next to its endpoint, from the same data and with the same codes and reasons.
import type { Context } from '../context.js';
import type { DataSource } from '../data/index.js';
import type { PreviewedAnswer } from '../generated/admin/types.gen.js';
import type { ApiInfo } from '../onboarding/apis.js';
import { pakkeGranted } from '../onboarding/rules.js';
import type { ApiId, Stadie } from '../store/types.js';

export interface PreviewQuery {
  readonly api: ApiId;
  readonly personidentifikator: string;
  readonly rettighetspakke: string;
  readonly inntektsaar?: number | undefined;
  readonly consumerOrg?: string | undefined;
  readonly run?: string | undefined;
}

/** One previewed answer without its year (and stadie or period), which the preview adds. */
export type PreviewAnswer = Omit<PreviewedAnswer, 'inntektsaar'>;

/** A lookup API's answers for the query, oldest year first, read from `source` as of `at`. */
export type LookupPreview = (
  ctx: Context,
  q: PreviewQuery,
  source: DataSource,
  at: Date,
) => PreviewedAnswer[];

/** The years an answer is previewed for: the asked one, or the API's first to this year. */
export function previewYears(at: Date, first: number, asked: number | undefined): number[] {
  if (asked !== undefined) return [asked];
  const last = at.getUTCFullYear();
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The 403 a consumer would get, or undefined when its onboarding grants the package. */
export function previewRefusal(
  ctx: Context,
  q: PreviewQuery,
  api: ApiInfo,
  stadie?: Stadie,
): PreviewAnswer | undefined {
  if (q.consumerOrg === undefined) return undefined;
  const decision = pakkeGranted(
    q.consumerOrg,
    ctx.store.getOnboarding(q.run, q.consumerOrg),
    ctx.store.getOrganisation(q.consumerOrg),
    api,
    q.rettighetspakke,
    stadie,
  );
  return decision.ok
    ? undefined
    : { status: 403, kode: api.feilkoder.autorisering, reason: decision.reason };
}
