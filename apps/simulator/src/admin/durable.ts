// An admin write is answered only once it is durable: the answer a route sends is held until the
// store has persisted every change made before it (store.flush(); a group commit, so a burst of
// writes shares one synced write). A simulator killed at any moment has on disk every write it
// acknowledged. With the memory store the answer goes out at once.
import type { RequestHandler, Response } from 'express';
import type { Store } from '../store/types.js';
import { problem } from './problem.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

type End = Response['end'];

export function answerWhenDurable(store: Store): RequestHandler {
  return (req, res, next) => {
    if (READS.has(req.method)) {
      next();
      return;
    }
    const end = res.end;
    res.end = function held(this: Response, ...args: unknown[]) {
      res.end = end;
      store.flush().then(
        () => (end as (...a: unknown[]) => Response).apply(res, args),
        (error: unknown) => {
          // A refusal changed nothing; it goes out as it was.
          if (res.statusCode >= 400) {
            (end as (...a: unknown[]) => Response).apply(res, args);
            return;
          }
          for (const name of res.getHeaderNames()) res.removeHeader(name);
          problem(
            res,
            503,
            'State not saved',
            `the change is made in memory but is not in the state file: ${(error as Error).message}`,
          );
        },
      );
      return res;
    } as End;
    next();
  };
}
