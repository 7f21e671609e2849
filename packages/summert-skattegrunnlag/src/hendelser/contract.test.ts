import { readFileSync } from 'node:fs';
import {
  checkApiDescriptor,
  feilFraXml,
  feilkoder,
  feilTilXml,
  lagFeil,
} from '@skattedeling/felles';
import { describe, expect, it } from 'vitest';
import { readData } from '../fixtures/reference.js';
import type { FaFeilkode } from '../generated/hendelser/types.gen.js';
import {
  erSlettet,
  hendelseStartTilXml,
  skatteoppgjoerHendelserApi,
  skatteoppgjoerHendelserSchema,
  skatteoppgjoerHendelserTilXml,
  validateFaFeil,
  validateHendelseStart,
  validateSkatteoppgjoerHendelser,
} from './index.js';

const contractFile = (path: string) =>
  readFileSync(new URL(`../../contracts/skatteetaten/${path}`, import.meta.url), 'utf8');
const contract = contractFile('skatteoppgjoer-hendelser/openapi.yaml');
const shared = contractFile('felles/hendelser.yaml');
const catalogue = [...feilkoder.FA, ...feilkoder.DAS];

type Side = { hendelser: Record<string, unknown>[] };
const documented = () =>
  structuredClone(readData('examples/skatteoppgjoer-hendelser.json')) as Side;

function paths(body: unknown): string[] {
  const result = validateSkatteoppgjoerHendelser(body);
  return result.ok ? [] : result.errors.map((e) => e.path);
}

describe('Skatteoppgjør hendelser bodies (contract)', () => {
  it("accepts the documentation's example page, with registreringstidspunkt and hendelsetype NY", () => {
    expect(paths(documented())).toEqual([]);
  });

  it('accepts events without registreringstidspunkt and hendelsetype, and unknown fields', () => {
    const side = {
      hendelser: [
        { sekvensnummer: 3, identifikator: '28064701918', gjelderPeriode: '2025', ny: 1 },
      ],
    };
    expect(paths(side)).toEqual([]);
    expect(paths({ hendelser: [] })).toEqual([]);
  });

  it('accepts a hendelsetype it does not know, as the list is open', () => {
    const side = documented();
    side.hendelser[0] = { ...side.hendelser[0], hendelsetype: 'SLETTING' };
    expect(paths(side)).toEqual([]);
  });

  it('refuses a month as gjelderPeriode, an identifikator of 10 digits and a missing sekvensnummer', () => {
    const side = documented();
    side.hendelser[0] = { ...side.hendelser[0], gjelderPeriode: '2025-04' };
    side.hendelser[1] = { ...side.hendelser[1], identifikator: '2911450131' };
    delete side.hendelser[2]?.sekvensnummer;
    expect(paths(side).sort()).toEqual([
      'hendelser[0].gjelderPeriode',
      'hendelser[1].identifikator',
      'hendelser[2].sekvensnummer',
    ]);
  });

  it('refuses a registreringstidspunkt that is not a date-time and a negative sekvensnummer', () => {
    const side = documented();
    side.hendelser[0] = { ...side.hendelser[0], registreringstidspunkt: '10.03.2021' };
    side.hendelser[1] = { ...side.hendelser[1], sekvensnummer: -1 };
    expect(paths(side).sort()).toEqual([
      'hendelser[0].registreringstidspunkt',
      'hendelser[1].sekvensnummer',
    ]);
  });

  it("accepts the documentation's start answer and refuses one without a number", () => {
    expect(validateHendelseStart(readData('examples/hendelser-start.json')).ok).toBe(true);
    expect(validateHendelseStart({ sekvensnummer: '21' }).ok).toBe(false);
  });

  it('tells a deletion from other events, ignoring case, and a missing type as no deletion', () => {
    expect(erSlettet({ hendelsetype: 'SLETTET' })).toBe(true);
    expect(erSlettet({ hendelsetype: 'slettet' })).toBe(true);
    expect([erSlettet({ hendelsetype: 'NY' }), erSlettet({})]).toEqual([false, false]);
  });
});

describe('Skatteoppgjør hendelser errors (contract)', () => {
  it('limit kode to FA-001…FA-006 and DAS-001…DAS-008, the codes of the catalogue', () => {
    expect([...skatteoppgjoerHendelserSchema.$defs.FaFeilkode.enum].sort()).toEqual(
      catalogue.map((c) => c.kode).sort(),
    );
  });

  for (const { kode, status } of catalogue) {
    it(`accepts ${kode} (${status}) in JSON and in XML`, () => {
      const feil = lagFeil(kode as FaFeilkode);
      expect(validateFaFeil(feil).ok).toBe(true);
      const xml = feilTilXml(feil);
      expect(xml).toContain('<feil xmlns="urn:no:skatteetaten:datasamarbeid:feil:v1">');
      expect(validateFaFeil(feilFraXml(xml)).ok).toBe(true);
    });
  }

  it("refuses another API's code", () => {
    expect(validateFaFeil(lagFeil('SSG-008')).ok).toBe(false);
  });

  /** status → the description of the shared response the operations use for it. */
  const described = new Map<number, string>();
  for (const [, status, name] of contract.matchAll(
    /'(\d{3})':\n\s+\$ref: '\.\.\/felles\/hendelser\.yaml#\/components\/responses\/(\w+)'/g,
  )) {
    const block = new RegExp(`\\n {4}${name}:\\n {6}description: ([\\s\\S]*?)\\n {6}content:`);
    const text = block.exec(shared)?.[1];
    if (text !== undefined && Number(status) >= 400) described.set(Number(status), text);
  }

  it('describe every error status the catalogue uses, 403 included', () => {
    expect([...described.keys()].sort()).toEqual([400, 401, 403, 404, 406, 500]);
  });

  for (const [status, text] of described) {
    it(`name the codes sent with ${status}, and no others`, () => {
      const named = new Set<string>();
      for (const [, prefix, from, to] of text.matchAll(/`(DAS|FA)-(\d{3})`…`(?:DAS|FA)-(\d{3})`/g))
        for (let n = Number(from); n <= Number(to); n++)
          named.add(`${prefix}-${String(n).padStart(3, '0')}`);
      for (const [code] of text.matchAll(/(?:DAS|FA)-\d{3}/g)) named.add(code);
      // DAS-008 is the lists' 403: they have no code of their own for it.
      const expected = catalogue.filter((c) => c.status === status).map((c) => c.kode);
      expect([...named].sort()).toEqual(expected.sort());
    });
  }
});

describe('Skatteoppgjør hendelser XML', () => {
  it('writes a page as <hendelser> in our namespace with one <hendelse> per event', () => {
    const xml = skatteoppgjoerHendelserTilXml({
      hendelser: [
        {
          sekvensnummer: 1,
          identifikator: '28064701918',
          gjelderPeriode: '2025',
          hendelsetype: 'NY',
        },
        { sekvensnummer: 12, identifikator: '29114501318', gjelderPeriode: '2024' },
      ],
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<hendelser xmlns="urn:no:skatteetaten:datasamarbeid:hendelser:v1">' +
        '<hendelse><sekvensnummer>1</sekvensnummer><identifikator>28064701918</identifikator><gjelderPeriode>2025</gjelderPeriode><hendelsetype>NY</hendelsetype></hendelse>' +
        '<hendelse><sekvensnummer>12</sekvensnummer><identifikator>29114501318</identifikator><gjelderPeriode>2024</gjelderPeriode></hendelse>' +
        '</hendelser>',
    );
  });

  it('writes an empty page as an empty <hendelser> element and the start answer as <start>', () => {
    expect(skatteoppgjoerHendelserTilXml({ hendelser: [] })).toContain(
      '<hendelser xmlns="urn:no:skatteetaten:datasamarbeid:hendelser:v1"></hendelser>',
    );
    expect(hendelseStartTilXml({ sekvensnummer: 21 })).toContain(
      '<start xmlns="urn:no:skatteetaten:datasamarbeid:hendelser:v1"><sekvensnummer>21</sekvensnummer></start>',
    );
  });
});

describe('skatteoppgjoerHendelserApi', () => {
  it('agrees with the catalogue, the naming rules and the contract', () => {
    // The FA codes are written once for every list, in felles/hendelser.yaml.
    expect(checkApiDescriptor(skatteoppgjoerHendelserApi, `${contract}\n${shared}`)).toEqual([]);
  });

  it('follows the access of Summert skattegrunnlag and accepts every scope the documentation names', () => {
    expect(skatteoppgjoerHendelserApi.tilgangVia).toBe('summertskattegrunnlag');
    expect(skatteoppgjoerHendelserApi.scopes).toEqual([
      'skatteetaten:summertskattegrunnlag',
      'skatteetaten:spesifisertsummertskattegrunnlag',
      'skatteetaten:beregnetskatt',
      'skatteetaten:avregning',
      'skatteetaten:skatteplikt',
      'skatteetaten:pensjonsgivendeinntekt',
    ]);
  });
});
