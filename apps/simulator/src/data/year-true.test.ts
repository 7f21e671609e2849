// Must hold 3: bodies of at least 500 generated persons per income year 2017–2025, in every stage,
// as JSON and as XML, validate against the information model of their year.

import { isDeepStrictEqual } from 'node:util';
import {
  aarMedInformasjonsmodell,
  informasjonsmodell,
  type SummertSkattegrunnlag,
  stadier,
  summertSkattegrunnlagTilXml,
  validateInformasjonsmodell,
} from '@skattedeling/summert-skattegrunnlag';
import { syntheticDNummer, syntheticFoedselsnummer } from '@skattedeling/testdata';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { createDataSource } from './index.js';

const PERSONS_PER_YEAR = 500;
// Far enough ahead that every stage of every year is published.
const ds = createDataSource({ seed: 'year-true', today: () => new Date('2031-06-15T12:00:00Z') });
// Adults in 2017 (so every one has every year), pensioners among them, and D-nummer holders, who
// have only the years they work in Norway.
const persons = [
  ...Array.from({ length: PERSONS_PER_YEAR }, (_, i) =>
    syntheticFoedselsnummer(`yt${i}`, { bornFrom: '1940-01-01', bornTo: '1999-12-31' }),
  ),
  ...Array.from({ length: 40 }, (_, i) =>
    syntheticDNummer(`ytd${i}`, { bornFrom: '1965-01-01', bornTo: '1995-12-31' }),
  ),
];

/** Every stage of the year for every person who has it (D-nummer holders only in job years). */
function bodiesOf(year: number): SummertSkattegrunnlag[] {
  const list: SummertSkattegrunnlag[] = [];
  for (const stadie of stadier)
    for (const pid of persons) {
      const result = ds.summertSkattegrunnlag(pid, year, stadie);
      if (result.kind === 'data') list.push(result.body);
    }
  return list;
}

function errorsOf(body: unknown): string {
  const result = validateInformasjonsmodell(body);
  return result.ok ? '' : result.message;
}

// Attributes are not read (the root's namespace is checked on the text): half the parsing time.
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => ['grunnlag', 'svalbardGrunnlag', 'spesifisering'].includes(name),
});

type Schema = { type?: string; properties?: Record<string, Schema> };

/**
 * Reads an XML body back into JSON. XML carries every value as text; the year's information model
 * (its JSON Schema) says which fields are numbers or booleans, so the types come from the
 * contract, not from the JSON body being compared with.
 */
function fromXml(xml: string, year: number): unknown {
  const doc = parser.parse(xml) as { summertSkattegrunnlag: Record<string, unknown> };
  const root = doc.summertSkattegrunnlag;
  const defs = (informasjonsmodell(year)?.schema().$defs ?? {}) as Record<string, Schema>;
  const typed = (def: string, element: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(element).map(([key, value]) => {
        const type = defs[def]?.properties?.[key]?.type;
        if (typeof value !== 'string') return [key, value];
        if (type === 'integer' || type === 'number') return [key, Number(value)];
        return [key, type === 'boolean' ? value === 'true' : value];
      }),
    );
  const items = (list: unknown) =>
    (list as Record<string, unknown>[]).map((item) => {
      const specs = item.spesifisering as Record<string, unknown>[] | undefined;
      return {
        ...typed(`Grunnlag${year}`, item),
        ...(specs === undefined
          ? {}
          : { spesifisering: specs.map((s) => typed(`${s.type}Spesifisering${year}`, s)) }),
      };
    });
  return {
    ...typed(`SummertSkattegrunnlag${year}`, root),
    ...(root.grunnlag === undefined ? {} : { grunnlag: items(root.grunnlag) }),
    ...(root.svalbardGrunnlag === undefined
      ? {}
      : { svalbardGrunnlag: items(root.svalbardGrunnlag) }),
  };
}

/** The oppgjoer bodies of every year, gathered while the years are collected. */
const settled: SummertSkattegrunnlag[] = [];
const where = (b: SummertSkattegrunnlag) => `${b.personidentifikator} ${b.stadie}`;
const ROOT =
  '<summertSkattegrunnlag xmlns="urn:no:skatteetaten:datasamarbeid:summertskattegrunnlag:v2">';

// Each test collects what is wrong and asserts once: an expect per item of thousands of bodies
// costs seconds, and the list names every offending body at once.
describe.each(aarMedInformasjonsmodell)('income year %i, every stage, JSON and XML', (year) => {
  const bodies = bodiesOf(year);
  const model = informasjonsmodell(year);
  settled.push(...bodies.filter((b) => b.stadie === 'oppgjoer'));

  it(`has at least ${PERSONS_PER_YEAR} persons in every stage`, () => {
    for (const stadie of stadier)
      expect(bodies.filter((b) => b.stadie === stadie).length, stadie).toBeGreaterThanOrEqual(
        PERSONS_PER_YEAR,
      );
  });

  it('validates every JSON body against the information model of its year', () => {
    const wrong = bodies.map((b) => [where(b), errorsOf(b)]).filter(([, errors]) => errors !== '');
    expect(wrong).toEqual([]);
  });

  it('reads every XML body back to the JSON body, which validates against its year', () => {
    const wrong: string[] = [];
    for (const body of bodies) {
      const xml = summertSkattegrunnlagTilXml(body);
      const back = fromXml(xml, year);
      if (!xml.includes(ROOT)) wrong.push(`${where(body)}: root element or namespace`);
      else if (!isDeepStrictEqual(back, body))
        wrong.push(`${where(body)}: ${JSON.stringify(back)}`);
      else if (errorsOf(back) !== '') wrong.push(`${where(body)}: ${errorsOf(back)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('no body carries a tekniskNavn that does not exist in its year, nor another kategori or specification type', () => {
    const wrong = new Set<string>();
    for (const body of bodies) {
      for (const item of [...(body.grunnlag ?? []), ...(body.svalbardGrunnlag ?? [])]) {
        const name = item.tekniskNavn;
        if (!model.isTekniskNavn(name)) wrong.add(`${name}: not a name of ${year}`);
        if (item.kategori !== model.kategoriIApi(name)) wrong.add(`${name}: kategori`);
        for (const spec of item.spesifisering ?? [])
          if (!model.spesifiseringstyperFor(name).includes(spec.type))
            wrong.add(`${name}: ${spec.type}`);
      }
    }
    expect([...wrong]).toEqual([]);
  });
});

describe('the 2022 renames', () => {
  it('sends the renamed items from 2022 and the old names before', () => {
    const names = (year: number) =>
      new Set(
        settled
          .filter((b) => b.inntektsaar === String(year))
          .flatMap((b) => (b.grunnlag ?? []).map((g) => g.tekniskNavn)),
      );
    for (const year of aarMedInformasjonsmodell) {
      const [deposits, pension] =
        year >= 2022
          ? ['innskudd', 'alderspensjonFraFolketrygden']
          : ['samletInnskuddIInnenlandskeBanker', 'samletPensjonFraFolketrygden'];
      const [oldDeposits, oldPension] =
        year >= 2022
          ? ['samletInnskuddIInnenlandskeBanker', 'samletPensjonFraFolketrygden']
          : ['innskudd', 'alderspensjonFraFolketrygden'];
      expect(names(year), String(year)).toContain(deposits);
      expect(names(year), String(year)).toContain(pension);
      expect(names(year), String(year)).not.toContain(oldDeposits);
      expect(names(year), String(year)).not.toContain(oldPension);
    }
    expect(names(2017)).not.toContain('alminneligInntektFoerSaerfradrag');
    expect(names(2017)).toContain('samletInnenlandskGjeld');
    expect(names(2020)).toContain('gjeldIInnenlandskeBanker');
  });
});
