// Admin routes tagged `persons` in contracts/simulator/openapi.yaml: the demo persons, the data
// module's search by household group, one person's facts, and what each API would answer for
// them (preview.ts).
import express, { type Request, type Router } from 'express';
import type { Context } from '../context.js';
import { describeProfile, isProfile, PROFILES } from '../data/index.js';
import type { PersonInfo, PersonQuery } from '../generated/admin/types.gen.js';
import { describe } from '../http/describe.js';
import { apiIds } from '../onboarding/apis.js';
import type { ApiId } from '../store/types.js';
import { BadRequest, NotFound } from './errors.js';
import { previewAnswers, previewSource } from './preview.js';
import { consumerOrgQuery, param, pidPattern, queryOnce, runOf } from './request.js';
import { adminQuery } from './validate.js';

function intQuery(req: Request, name: string, min: number, max: number): number | undefined {
  const v = queryOnce(req, name);
  if (v === undefined) return undefined;
  if (!/^\d{1,6}$/.test(v) || Number(v) < min || Number(v) > max)
    throw new BadRequest(`query ${name} must be an integer ${min}–${max}, got ${describe(v)}`);
  return Number(v);
}

function pidParam(req: Request): string {
  const pid = param(req, 'personidentifikator');
  if (!pidPattern.test(pid))
    throw new BadRequest(`personidentifikator must be 11 digits, got ${describe(pid)}`);
  return pid;
}

/**
 * The search's query as the contract's `PersonQuery` (numbers as numbers, `has` split at commas),
 * or undefined for the demo list (no profile, year or has).
 */
function searchQuery(req: Request): PersonQuery | undefined {
  const raw: Record<string, unknown> = {};
  for (const name of Object.keys(req.query)) {
    const value = queryOnce(req, name) as string;
    raw[name] = /^(year|limit)$/.test(name) && /^\d{1,6}$/.test(value) ? Number(value) : value;
  }
  if (raw.profile === undefined && raw.year === undefined && raw.has === undefined)
    return undefined;
  if (raw.profile !== undefined && !isProfile(raw.profile))
    throw new BadRequest(
      `query profile must be one of ${PROFILES.join(', ')}, got ${describe(raw.profile)}`,
    );
  if (typeof raw.has === 'string') raw.has = raw.has.split(',');
  const query = adminQuery<PersonQuery>('PersonQuery', raw);
  if (query.has !== undefined && query.year === undefined)
    throw new BadRequest('query has needs year: an item is looked for in that year’s oppgjoer');
  return query;
}

/** The search as of the data clock of the request's test run (the global one without a run). */
function search(ctx: Context, req: Request) {
  const at = ctx.clocks.of(runOf(req)).now();
  const query = searchQuery(req);
  return query === undefined ? ctx.data.demoPersons(at) : ctx.data.persons(query, at);
}

function personInfo(ctx: Context, req: Request): PersonInfo {
  const pid = pidParam(req);
  const run = runOf(req);
  const at = ctx.clocks.of(run).now();
  const { source, fixture } = previewSource(ctx, run, pid, undefined);
  const found = source.person(pid, at);
  const profile = ctx.data.profileOf(pid, at);
  const info: PersonInfo = {
    personidentifikator: pid,
    kjent: found.kind === 'person',
    skjermet: found.kind === 'person' && found.person.skjermet,
    fixture: fixture !== undefined ? 'admin' : ctx.baseFixtures.persons.has(pid) ? 'file' : 'none',
    profiles: [...PROFILES],
  };
  if (found.kind === 'ukjent') info.reason = found.reason;
  else {
    const p = found.person;
    info.identifikatortype = p.identifikatortype;
    info.foedselsdato = p.foedselsdato;
    info.navn = `${p.fornavn} ${p.etternavn}`;
    if (p.beskrivelse !== undefined) info.beskrivelse = p.beskrivelse;
  }
  if (profile !== undefined && info.fixture !== 'file') {
    info.profile = profile;
    info.profileBeskrivelse = describeProfile(profile);
  }
  const siste = source.sisteTilgjengeligeInntektsaar(pid, at);
  if (siste.kind === 'data') info.sisteTilgjengeligeInntektsaar = siste.inntektsaar;
  return info;
}

export function personRoutes(ctx: Context): Router {
  const r = express.Router();
  r.get('/persons', (req, res) => {
    res.json({ persons: search(ctx, req) });
  });
  r.get('/persons/:personidentifikator', (req, res) => {
    res.json(personInfo(ctx, req));
  });
  r.get('/persons/:personidentifikator/answers/:api', (req, res) => {
    const api = param(req, 'api');
    if (!apiIds.includes(api as ApiId))
      throw new NotFound(`api must be ${apiIds.join(' or ')}, got ${describe(api)}`);
    const rettighetspakke = queryOnce(req, 'rettighetspakke') ?? '';
    if (!/^[a-zA-Z]{1,100}$/.test(rettighetspakke))
      throw new BadRequest(
        `query rettighetspakke must be letters only, got ${describe(rettighetspakke)}`,
      );
    const consumerOrg = consumerOrgQuery(req);
    const query = {
      api: api as ApiId,
      personidentifikator: pidParam(req),
      rettighetspakke,
      inntektsaar: intQuery(req, 'inntektsaar', 2015, 2100),
      consumerOrg,
      run: runOf(req),
    };
    res.json({
      api,
      rettighetspakke,
      ...(consumerOrg === undefined ? {} : { consumerOrg }),
      answers: previewAnswers(ctx, query),
    });
  });
  return r;
}
