// GET /v1/{personidentifikator} of Siste tilgjengelige skatteoppgjør: the newest income year whose
// oppgjoer is published by the data clock (the request's test run's), from the same calendar as
// Summert skattegrunnlag and Skatteoppgjør hendelser, so the three agree.
import {
  sisteTilgjengeligeSkatteoppgjoerApi as api,
  sisteTilgjengeligeSkatteoppgjoerTilXml,
} from '@skattedeling/summert-skattegrunnlag/siste-tilgjengelige';
import type { Context } from '../context.js';
import type { Exchange } from '../http/exchange.js';
import { supportAccess } from './access.js';
import { dataFor } from './data.js';
import { apiEndpoint, Malformed } from './endpoint.js';
import { checkPersonidentifikator, decodeSegment } from './params.js';
import { authenticate, format } from './pipeline.js';
import { sendData, sendFeil } from './respond.js';

async function handleSisteTilgjengelige(
  ctx: Context,
  x: Exchange,
  personidentifikator: string,
): Promise<void> {
  const f = format(x, api);
  if (f === undefined) return;
  const token = authenticate(ctx, x, api, f, ctx.now());
  if (token === undefined || !supportAccess(ctx, x, api.tilgangVia, f, token)) return;
  const invalid = checkPersonidentifikator(personidentifikator);
  if (invalid !== undefined) return sendFeil(x, f, api.feilkoder.validering, invalid);
  x.personidentifikator = personidentifikator;
  const { source } = dataFor(ctx, x, personidentifikator, token.consumerOrg as string);
  const found = source.sisteTilgjengeligeInntektsaar(
    personidentifikator,
    ctx.clocks.of(x.testRun).now(),
  );
  if (found.kind !== 'data')
    return sendFeil(
      x,
      f,
      api.feilkoder.ikkeFunnet,
      found.kind === 'ukjentPerson'
        ? `no person with personidentifikator ${personidentifikator}`
        : `no published oppgjoer for personidentifikator ${personidentifikator}`,
    );
  const body = {
    personidentifikator,
    ressursId: 'skattegrunnlag',
    sisteTilgjengeligePeriode: String(found.inntektsaar),
  };
  x.pass('data', `newest published oppgjoer: ${found.inntektsaar}`);
  sendData(x, f, f === 'xml' ? sisteTilgjengeligeSkatteoppgjoerTilXml(body) : JSON.stringify(body));
}

const malformed = new Malformed('the path segment has malformed percent-encoding');

/** GET /sistetilgjengeligeskatteoppgjoer/v1/{personidentifikator}, journalled under `tilgangVia`. */
export const sisteTilgjengeligeEndpoint = apiEndpoint<string>(api, {
  unknownUrl: `no endpoint has this path (/${api.versjon}/{personidentifikator})`,
  match: (s) =>
    s.length === 4 && s[2] === api.versjon
      ? (decodeSegment(s[3] as string) ?? malformed)
      : undefined,
  handle: handleSisteTilgjengelige,
});
