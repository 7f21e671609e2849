// A small HTTP front so a case system can call the integration: two POST endpoints taking JSON.
// Errors become statuses a caller can branch on, with the error's stable code; no stack traces.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isMaskinportenError } from '@skattedeling/maskinporten-client';
import { MissingAccessError, ServiceUnavailableError, UnexpectedResponseError } from './errors.js';
import type { VendorService } from './service.js';

const MAX_BODY = 16 * 1024;

class BadRequest extends Error {}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new BadRequest(`body larger than ${MAX_BODY} bytes`);
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadRequest('body must be JSON');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new BadRequest('body must be a JSON object');
  return body as Record<string, unknown>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function household(body: Record<string, unknown>) {
  const { kommune, husholdning, dato, antallMaaneder } = body;
  if (typeof kommune !== 'string')
    throw new BadRequest('kommune must be a string (9-digit organisasjonsnummer)');
  if (!Array.isArray(husholdning) || !husholdning.every((p) => typeof p === 'string')) {
    throw new BadRequest('husholdning must be a list of personidentifikatorer');
  }
  if (dato !== undefined && (typeof dato !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(dato))) {
    throw new BadRequest('dato must be YYYY-MM-DD');
  }
  if (
    antallMaaneder !== undefined &&
    (!Number.isInteger(antallMaaneder) ||
      (antallMaaneder as number) < 1 ||
      (antallMaaneder as number) > 12)
  ) {
    throw new BadRequest('antallMaaneder must be a whole number 1–12');
  }
  return {
    kommune,
    husholdning: husholdning as string[],
    ...(dato === undefined ? {} : { dato: dato as string }),
    ...(antallMaaneder === undefined ? {} : { antallMaaneder: antallMaaneder as number }),
  };
}

function errorAnswer(error: unknown): [number, Record<string, unknown>] {
  if (error instanceof BadRequest || error instanceof RangeError)
    return [400, { code: 'UGYLDIG_FORESPOERSEL', message: error.message }];
  if (error instanceof MissingAccessError) {
    return [
      403,
      {
        code: error.code,
        step: error.step,
        api: error.api,
        kilde: error.kilde,
        message: error.message,
      },
    ];
  }
  if (error instanceof ServiceUnavailableError)
    return [503, { code: error.code, system: error.system, message: error.message }];
  if (error instanceof UnexpectedResponseError)
    return [502, { code: error.code, system: error.system, message: error.message }];
  if (isMaskinportenError(error)) {
    return [
      502,
      { code: 'MASKINPORTEN_AVVIST', mpCode: error.mpCode ?? null, message: error.message },
    ];
  }
  return [500, { code: 'INTERN_FEIL', message: 'unexpected error; see the service log' }];
}

export function createVendorServer(
  service: VendorService,
  log: (line: string) => void = () => {},
): Server {
  return createServer((req, res) => {
    const handle = async () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (req.method === 'GET' && path === '/health') return send(res, 200, { status: 'ok' });
      if (
        req.method !== 'POST' ||
        (path !== '/redusert-foreldrebetaling' && path !== '/boligsosial-stoette')
      ) {
        return send(res, 404, {
          code: 'UKJENT_ENDEPUNKT',
          message: 'POST /redusert-foreldrebetaling or /boligsosial-stoette',
        });
      }
      const request = household(await readJson(req));
      const result =
        path === '/redusert-foreldrebetaling'
          ? await service.redusertForeldrebetaling(request)
          : await service.boligsosialStoette(request);
      send(res, 200, result);
    };
    handle().catch((error: unknown) => {
      const [status, body] = errorAnswer(error);
      if (status >= 500)
        log(
          `${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      if (!res.headersSent) send(res, status, body);
    });
  });
}
