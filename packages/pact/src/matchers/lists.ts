// Matchers for the support services beside Summert skattegrunnlag: Skatteoppgjør hendelser (a
// page of events, the start lookup) and Siste tilgjengelige skatteoppgjør, derived from their
// contracts' JSON Schemas like the lookup bodies (bodies.ts).
import type {
  HendelseStart,
  SkatteoppgjoerHendelser,
} from '@skattedeling/summert-skattegrunnlag/hendelser';
import { skatteoppgjoerHendelserSchema } from '@skattedeling/summert-skattegrunnlag/hendelser';
import type { SisteTilgjengeligeSkatteoppgjoer } from '@skattedeling/summert-skattegrunnlag/siste-tilgjengelige';
import { sisteTilgjengeligeSkatteoppgjoerSchema } from '@skattedeling/summert-skattegrunnlag/siste-tilgjengelige';
import { matcherFromSchema, type SchemaMatcherOptions } from './schema.js';

/**
 * A page of Skatteoppgjør hendelser (`SkatteoppgjoerHendelser`): every event of the provider's page
 * is matched by the fields every example event has (`sekvensnummer` as an integer,
 * `identifikator` and `gjelderPeriode` by their patterns).
 */
export function skatteoppgjoerHendelserMatcher(
  example: SkatteoppgjoerHendelser,
  options?: SchemaMatcherOptions,
): unknown {
  return matcherFromSchema(
    skatteoppgjoerHendelserSchema,
    'SkatteoppgjoerHendelser',
    example,
    options,
  );
}

/** The answer of `/v1/hendelser/start?dato` (`HendelseStart`): `sekvensnummer` as an integer. */
export function hendelseStartMatcher(example: HendelseStart): unknown {
  return matcherFromSchema(skatteoppgjoerHendelserSchema, 'HendelseStart', example);
}

/** The answer of Siste tilgjengelige skatteoppgjør (`SisteTilgjengeligeSkatteoppgjoer`). */
export function sisteTilgjengeligeSkatteoppgjoerMatcher(
  example: SisteTilgjengeligeSkatteoppgjoer,
  options?: SchemaMatcherOptions,
): unknown {
  return matcherFromSchema(
    sisteTilgjengeligeSkatteoppgjoerSchema,
    'SisteTilgjengeligeSkatteoppgjoer',
    example,
    options,
  );
}
