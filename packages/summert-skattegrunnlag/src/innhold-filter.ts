// A V2 body as one rights package receives it: the items its content withholds removed, and
// `spesifisering` and the andel… fields removed where it has no legal basis for them. Each
// removal carries the rule that made it (a rule trail), so a test or a log can say why.

import { informasjonsmodell } from './informasjonsmodeller.js';
import {
  type Begrep,
  type Foelger,
  type InnholdUtvalg,
  innholdFor,
  type PakkensInnhold,
  type RettighetspakkeInnholdDokument,
  standardRettighetspakkeInnhold,
} from './innhold.js';

/** Whether a package receives an item, and the rule that decided it. */
export interface Avgjoerelse {
  readonly levert: boolean;
  /** The rule, named by the document's keys: `unntatt.begreper fagforeningskontingent`. */
  readonly regel: string;
}

/** An item the package's content withheld. */
export interface Tilbakeholdt {
  readonly liste: 'grunnlag' | 'svalbardGrunnlag';
  readonly tekniskNavn: string;
  readonly regel: string;
}

/** A filtered body with its rule trail. */
export interface Filtrering<B> {
  readonly body: B;
  readonly pakke: PakkensInnhold;
  readonly tilbakeholdt: readonly Tilbakeholdt[];
  /** Items delivered without the `spesifisering` they had (the package has no basis for it). */
  readonly utenSpesifisering: number;
  /** Items delivered without their `andelSkattefritt` / `andelOverfoertFraBarn`. */
  readonly utenAndeler: number;
}

export interface RettighetspakkeFilter {
  readonly pakke: PakkensInnhold;
  /** The decision for one item of a year (`kategori` as the API sends it, `-` for totals). */
  avgjoer(tekniskNavn: string, kategori: string | undefined, inntektsaar?: number): Avgjoerelse;
  /** The body as the package receives it; the input is not changed. */
  filtrer<B extends object>(body: B): Filtrering<B>;
}

type NameMatch = (tekniskNavn: string, aar: number | undefined) => string | undefined;

/** Matches names chosen by `utvalg` directly or through a concept, honouring year ranges. */
function nameMatcher(
  utvalg: InnholdUtvalg | undefined,
  begreper: Readonly<Record<string, Begrep>>,
  where: string,
): NameMatch {
  const direct = new Set(utvalg?.tekniskNavn ?? []);
  const viaBegrep = new Map<string, { begrep: string; fra: number; til: number }[]>();
  for (const begrep of utvalg?.begreper ?? []) {
    for (const entry of begreper[begrep]?.tekniskNavn ?? []) {
      const e = typeof entry === 'string' ? { tekniskNavn: entry } : entry;
      const list = viaBegrep.get(e.tekniskNavn) ?? [];
      list.push({ begrep, fra: e.fraOgMedAar ?? 0, til: e.tilOgMedAar ?? 9999 });
      viaBegrep.set(e.tekniskNavn, list);
    }
  }
  return (navn, aar) => {
    if (direct.has(navn)) return `${where}.tekniskNavn ${navn}`;
    const hit = viaBegrep
      .get(navn)
      ?.find((e) => aar === undefined || (e.fra <= aar && aar <= e.til));
    return hit === undefined ? undefined : `${where}.begreper ${hit.begrep}`;
  };
}

function compile(pakke: PakkensInnhold, dokument: RettighetspakkeInnholdDokument) {
  const { innhold } = pakke;
  const unntattNavn = nameMatcher(innhold.unntatt, dokument.begreper, 'unntatt');
  const grunnlagNavn = nameMatcher(innhold.grunnlag, dokument.begreper, 'grunnlag');
  const unntattKategorier = new Set<string>(innhold.unntatt?.kategorier ?? []);
  // No grunnlag: every item; a grunnlag without kategorier: only the names and concepts it lists.
  const grunnlagKategorier =
    innhold.grunnlag === undefined ? undefined : new Set<string>(innhold.grunnlag.kategorier ?? []);
  const foelger = new Map<string, Foelger>(dokument.foelger.map((f) => [f.tekniskNavn, f]));
  const mottarKategori = (k: string) =>
    !unntattKategorier.has(k) && (grunnlagKategorier === undefined || grunnlagKategorier.has(k));

  const byKategori = (kategori: string | undefined): Avgjoerelse => {
    if (kategori !== undefined && unntattKategorier.has(kategori))
      return { levert: false, regel: `unntatt.kategorier ${kategori}` };
    if (grunnlagKategorier === undefined)
      return { levert: true, regel: 'every item (no grunnlag)' };
    if (kategori !== undefined && grunnlagKategorier.has(kategori))
      return { levert: true, regel: `grunnlag.kategorier ${kategori}` };
    return { levert: false, regel: `kategori ${kategori ?? '(none)'} not in grunnlag` };
  };

  const decide = (
    navn: string,
    kategori: string | undefined,
    aar: number | undefined,
    seen: ReadonlySet<string>,
  ): Avgjoerelse => {
    const unntatt = unntattNavn(navn, aar);
    if (unntatt !== undefined) return { levert: false, regel: unntatt };
    const valgt = grunnlagNavn(navn, aar);
    if (valgt !== undefined) return { levert: true, regel: valgt };
    const f = foelger.get(navn);
    if (f === undefined || seen.has(navn)) return byKategori(kategori);
    const next = new Set(seen).add(navn);
    for (const other of f.foelgerTekniskNavn) {
      const otherKategori =
        aar === undefined ? undefined : informasjonsmodell(aar)?.kategoriIApi(other);
      const d = decide(other, otherKategori ?? kategori, aar, next);
      if (!d.levert) return { levert: false, regel: `foelger ${other}, withheld by ${d.regel}` };
    }
    const missing = (f.foelgerKategorier ?? []).find((k) => !mottarKategori(k));
    if (missing !== undefined)
      return {
        levert: false,
        regel: `foelger kategori ${missing}, which the package does not receive`,
      };
    return { levert: true, regel: `foelger ${f.foelgerTekniskNavn.join(', ')}` };
  };
  return decide;
}

function asYear(value: unknown): number | undefined {
  return typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : undefined;
}

type Avgjoer = RettighetspakkeFilter['avgjoer'];

/**
 * The item without the detail the package has no basis for, or the item itself when it has none
 * to lose. Copied key by key (not by rest destructuring), as this runs for every item of every
 * answer the cache misses.
 */
function withoutDetail(
  g: Record<string, unknown>,
  { spesifisering, andeler }: PakkensInnhold['innhold'],
): { kept: Record<string, unknown>; spesifisering: boolean; andeler: boolean } {
  const dropSpesifisering = !spesifisering && g.spesifisering !== undefined;
  const dropAndeler =
    !andeler && (g.andelSkattefritt !== undefined || g.andelOverfoertFraBarn !== undefined);
  if (!dropSpesifisering && !dropAndeler) return { kept: g, spesifisering: false, andeler: false };
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(g)) {
    if (dropSpesifisering && key === 'spesifisering') continue;
    if (dropAndeler && (key === 'andelSkattefritt' || key === 'andelOverfoertFraBarn')) continue;
    kept[key] = g[key];
  }
  return { kept, spesifisering: dropSpesifisering, andeler: dropAndeler };
}

function filterBody<B extends object>(body: B, pakke: PakkensInnhold, avgjoer: Avgjoer) {
  const record = body as Record<string, unknown>;
  const aar = asYear(record.inntektsaar);
  const tilbakeholdt: Tilbakeholdt[] = [];
  let utenSpesifisering = 0;
  let utenAndeler = 0;
  const liste = (key: 'grunnlag' | 'svalbardGrunnlag', items: readonly unknown[]) => {
    const out: unknown[] = [];
    for (const item of items) {
      if (item === null || typeof item !== 'object') {
        out.push(item);
        continue;
      }
      const g = item as Record<string, unknown>;
      const navn = String(g.tekniskNavn);
      const d = avgjoer(navn, typeof g.kategori === 'string' ? g.kategori : undefined, aar);
      if (!d.levert) {
        tilbakeholdt.push({ liste: key, tekniskNavn: navn, regel: d.regel });
        continue;
      }
      const stripped = withoutDetail(g, pakke.innhold);
      if (stripped.spesifisering) utenSpesifisering++;
      if (stripped.andeler) utenAndeler++;
      out.push(stripped.kept);
    }
    return out;
  };
  const filtered: Record<string, unknown> = { ...record };
  for (const key of ['grunnlag', 'svalbardGrunnlag'] as const) {
    const items = record[key];
    if (Array.isArray(items)) filtered[key] = liste(key, items);
  }
  const changed = tilbakeholdt.length + utenSpesifisering + utenAndeler > 0;
  return {
    body: changed ? (filtered as B) : body,
    pakke,
    tilbakeholdt,
    utenSpesifisering,
    utenAndeler,
  };
}

function lagFilter(
  rettighetspakke: string,
  dokument: RettighetspakkeInnholdDokument,
): RettighetspakkeFilter {
  const pakke = innholdFor(rettighetspakke, dokument);
  const decide = compile(pakke, dokument);
  // Decisions by year and name; a name keeps its kategori within a year, so the kategori is
  // only compared (a body that sends another one is decided afresh).
  const memo = new Map<number | undefined, Map<string, { kategori?: string; d: Avgjoerelse }>>();
  const avgjoer: Avgjoer = (navn, kategori, aar) => {
    let byName = memo.get(aar);
    if (byName === undefined) {
      byName = new Map();
      memo.set(aar, byName);
    }
    const hit = byName.get(navn);
    if (hit !== undefined && hit.kategori === kategori) return hit.d;
    const d = decide(navn, kategori, aar, new Set());
    if (hit === undefined) byName.set(navn, { kategori, d });
    return d;
  };
  return { pakke, avgjoer, filtrer: (body) => filterBody(body, pakke, avgjoer) };
}

const filters = new WeakMap<RettighetspakkeInnholdDokument, Map<string, RettighetspakkeFilter>>();

/**
 * The filter of one rights package (matched ignoring case) under `dokument`, built once per
 * document and package: decisions are remembered per year, kategori and name.
 */
export function rettighetspakkeFilter(
  rettighetspakke: string,
  dokument: RettighetspakkeInnholdDokument = standardRettighetspakkeInnhold,
): RettighetspakkeFilter {
  let byPakke = filters.get(dokument);
  if (byPakke === undefined) {
    byPakke = new Map();
    filters.set(dokument, byPakke);
  }
  const key = rettighetspakke.toLowerCase();
  let filter = byPakke.get(key);
  if (filter === undefined) {
    filter = lagFilter(key, dokument);
    byPakke.set(key, filter);
  }
  return filter;
}

/** `body` with the rule trail of what `rettighetspakke`'s content withheld or stripped. */
export function filtrerMedRegelspor<B extends object>(
  body: B,
  rettighetspakke: string,
  dokument?: RettighetspakkeInnholdDokument,
): Filtrering<B> {
  return rettighetspakkeFilter(rettighetspakke, dokument).filtrer(body);
}

/**
 * The V2 body as `rettighetspakke` receives it under `dokument` (default: the shipped content).
 * The input is not changed; other fields, and items the document does not know, are kept.
 */
export function filtrerForRettighetspakke<B extends object>(
  body: B,
  rettighetspakke: string,
  dokument?: RettighetspakkeInnholdDokument,
): B {
  return filtrerMedRegelspor(body, rettighetspakke, dokument).body;
}
