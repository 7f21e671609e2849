// Skatteetaten's answers: the error body {kode, melding, korrelasjonsid} in JSON or XML, and data.
// The simulator's reason goes to the journal and the reason header, never into the body.
import { type Feilkode, feilTilXml, finnFeilkode, lagFeil } from '@skattedeling/felles';
import type { Exchange } from '../http/exchange.js';
import type { Outcome } from '../journal/journal.js';
import type { Format } from './negotiate.js';

const JSON_TYPE = 'application/json';
const XML_TYPE = 'application/xml';

export function sendFeil(
  x: Exchange,
  format: Format,
  kode: Feilkode,
  reason: string,
  options: { status?: number; melding?: string; outcome?: Outcome } = {},
): void {
  const status = options.status ?? finnFeilkode(kode)?.status ?? 500;
  const feil = lagFeil(kode, options.melding);
  const text = format === 'xml' ? feilTilXml(feil) : JSON.stringify(feil);
  x.fail('answer', `${status} ${kode}`);
  x.done(status, options.outcome ?? 'refused', {
    kode,
    reason,
    korrelasjonsid: feil.korrelasjonsid,
  });
  const { res } = x;
  res.statusCode = status;
  res.setHeader('content-type', format === 'xml' ? XML_TYPE : JSON_TYPE);
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

/**
 * Sends a data body; a cached answer's bytes go out as they are, without a copy per request. The
 * headers go in one writeHead with a flat list, which node:http writes as they are instead of
 * keeping them in its header map first (the same header lines, in the same order).
 */
export function sendData(x: Exchange, format: Format, body: string | Buffer): void {
  x.done(200, 'ok');
  x.res.writeHead(200, [
    'content-type',
    format === 'xml' ? XML_TYPE : JSON_TYPE,
    'content-length',
    String(typeof body === 'string' ? Buffer.byteLength(body) : body.length),
  ]);
  x.res.end(body);
}
