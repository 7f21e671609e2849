// The front of the HTTP server: the imitated APIs' handlers route themselves and answer before
// express, whose router and request decoration cost a vendor's every call more than the API's own
// work; whatever they pass on goes to express (admin API, console, the not-found answer).
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Context } from '../context.js';

export type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Tries `handlers` in order, then `rest`. A handler that throws gets a plain 500, as in express. */
export function frontOf(
  ctx: Context,
  handlers: readonly Handler[],
  rest: RequestListener,
): RequestListener {
  return (req, res) => {
    let i = 0;
    const next = (): void => {
      const handler = handlers[i++];
      if (handler === undefined) {
        rest(req, res);
        return;
      }
      try {
        handler(req, res, next);
      } catch (error) {
        ctx.log.error(
          `${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`,
        );
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Internal Server Error');
      }
    };
    next();
  };
}
