// Admin routes tagged `journal` in contracts/simulator/openapi.yaml. A journal read is written in
// slices with a turn of the event loop between them, so reading a large journal never stalls
// the requests being journaled.
import type { ServerResponse } from 'node:http';
import express, { type Request, type Router } from 'express';
import type { Context } from '../context.js';
import { TEST_RUN_HEADER } from '../http/headers.js';
import type { JournalEntry, JournalFilter, JournalSystem, Outcome } from '../journal/journal.js';
import { apiIds } from '../onboarding/apis.js';
import { BadRequest } from './errors.js';
import { queryOnce, runOf } from './request.js';

const systems: readonly string[] = ['maskinporten', ...apiIds, 'other'];
const outcomes = ['ok', 'refused', 'fault'];

function journalFilter(req: Request): JournalFilter {
  const s = (name: string) => queryOnce(req, name);
  const n = (name: string, max: number): number | undefined => {
    const v = s(name);
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v) || Number(v) > max)
      throw new BadRequest(`query ${name} must be an integer 0–${max}`);
    return Number(v);
  };
  const system = s('system');
  if (system !== undefined && !systems.includes(system))
    throw new BadRequest(`query system must be ${systems.join(', ')}`);
  const outcome = s('outcome');
  if (outcome !== undefined && !outcomes.includes(outcome))
    throw new BadRequest(`query outcome must be ${outcomes.join(', ')}`);
  return {
    testRun: s('testRun') ?? (req.headers[TEST_RUN_HEADER] as string | undefined),
    system: system as JournalSystem | undefined,
    outcome: outcome as Outcome | undefined,
    status: n('status', 599),
    consumerOrg: s('consumerOrg'),
    personidentifikator: s('personidentifikator'),
    clientId: s('clientId'),
    after: n('after', Number.MAX_SAFE_INTEGER),
    limit: n('limit', 10_000),
  };
}

/** About this many bytes of JSON are written per turn of the event loop. */
const SLICE_BYTES = 64 * 1024;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Waits until the socket takes more (or the client went away). */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

/** Writes `{"entries":[…]}` in slices of about SLICE_BYTES, yielding between slices. */
export async function writeEntries(
  res: ServerResponse,
  entries: readonly JournalEntry[],
): Promise<void> {
  res.statusCode = 200;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  let chunk = '{"entries":[';
  for (let i = 0; i < entries.length; i++) {
    chunk += `${i === 0 ? '' : ','}${JSON.stringify(entries[i])}`;
    if (chunk.length >= SLICE_BYTES) {
      const more = res.write(chunk);
      chunk = '';
      if (res.destroyed) return;
      await (more ? nextTurn() : drained(res));
    }
  }
  res.end(`${chunk}]}`);
}

export function journalRoutes(ctx: Context): Router {
  const r = express.Router();
  r.get('/journal', async (req, res) => {
    await writeEntries(res, ctx.journal.list(journalFilter(req)));
  });
  r.delete('/journal', (req, res) => {
    ctx.journal.clear(runOf(req));
    res.status(204).end();
  });
  return r;
}
