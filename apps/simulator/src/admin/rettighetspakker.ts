// Admin routes tagged `rettighetspakker` in contracts/simulator/openapi.yaml: what each Summert
// skattegrunnlag rights package receives, read and replaced whole or per package. Global, like
// clients; POST /reset restores the content the simulator started with.
import {
  innholdFor,
  type RettighetspakkeInnhold,
  type RettighetspakkeInnholdDokument,
  validateInnhold,
  validateRettighetspakkeInnhold,
} from '@skattedeling/summert-skattegrunnlag';
import express, { type Router } from 'express';
import type { Context } from '../context.js';
import { describe } from '../http/describe.js';
import { BadRequest, NotFound } from './errors.js';
import { param } from './request.js';
import { adminBody } from './validate.js';

const PAKKE = /^[A-Za-z][A-Za-z0-9]{0,99}$/;

function pakkeParam(req: express.Request): string {
  const pakke = param(req, 'rettighetspakke');
  if (!PAKKE.test(pakke))
    throw new BadRequest(
      `rettighetspakke must be a letter and 0–99 letters or digits, got ${describe(pakke)}`,
    );
  return pakke;
}

/** The schema says what a body may hold; the package adds what it cannot (references resolve). */
function checked<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new BadRequest(result.message);
  return result.value;
}

export function rettighetspakkeRoutes(ctx: Context): Router {
  const r = express.Router();
  const register = ctx.rettighetspakkeInnhold;
  const base = '/summertskattegrunnlag/rettighetspakker';

  r.get(base, (_req, res) => {
    res.json(register.dokument);
  });
  r.put(base, (req, res) => {
    const body = adminBody<RettighetspakkeInnholdDokument>(
      'RettighetspakkeInnholdDokument',
      req.body,
    );
    register.replace(checked(validateRettighetspakkeInnhold(body)));
    res.json(register.dokument);
  });
  r.get(`${base}/:rettighetspakke`, (req, res) => {
    res.json(innholdFor(pakkeParam(req), register.dokument));
  });
  r.put(`${base}/:rettighetspakke`, (req, res) => {
    const pakke = pakkeParam(req);
    const body = adminBody<RettighetspakkeInnhold>('RettighetspakkeInnhold', req.body);
    register.setPakke(pakke, checked(validateInnhold(body, register.dokument)));
    res.json(innholdFor(pakke, register.dokument));
  });
  r.delete(`${base}/:rettighetspakke`, (req, res) => {
    const pakke = pakkeParam(req);
    if (!register.deletePakke(pakke))
      throw new NotFound(
        `rettighetspakke ${pakke} has no content of its own (it gets the standard)`,
      );
    res.status(204).end();
  });
  return r;
}
