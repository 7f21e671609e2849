import { readFileSync } from 'node:fs';
import {
  checkApiDescriptor,
  feilFraXml,
  feilkoder,
  feilTilXml,
  lagFeil,
} from '@skattedeling/felles';
import { describe, expect, it } from 'vitest';
import { dataDir, readData } from '../fixtures/reference.js';
import type { TdFeilkode } from '../generated/siste-tilgjengelige/types.gen.js';
import {
  sisteTilgjengeligeSkatteoppgjoerApi,
  sisteTilgjengeligeSkatteoppgjoerSchema,
  sisteTilgjengeligeSkatteoppgjoerTilXml,
  validateSisteTilgjengeligeSkatteoppgjoer,
  validateTdFeil,
} from './index.js';

const contract = readFileSync(
  new URL(
    '../../contracts/skatteetaten/siste-tilgjengelige-skatteoppgjoer/openapi.yaml',
    import.meta.url,
  ),
  'utf8',
);
const catalogue = [...feilkoder.TD, ...feilkoder.DAS];
const documented = () =>
  structuredClone(readData('examples/siste-tilgjengelige-skatteoppgjoer.json')) as Record<
    string,
    unknown
  >;

function paths(body: unknown): string[] {
  const result = validateSisteTilgjengeligeSkatteoppgjoer(body);
  return result.ok ? [] : result.errors.map((e) => e.path);
}

describe('Siste tilgjengelige skatteoppgjør body (contract)', () => {
  it("accepts the documentation's example", () => {
    expect(paths(documented())).toEqual([]);
  });

  it('requires all three fields and a four-digit year', () => {
    const body = documented();
    delete body.ressursId;
    body.sisteTilgjengeligePeriode = '2021-12';
    expect(paths(body).sort()).toEqual(['ressursId', 'sisteTilgjengeligePeriode']);
  });

  it('accepts another ressursId and unknown fields, as the API may add them', () => {
    expect(paths({ ...documented(), ressursId: 'skattemelding', ny: true })).toEqual([]);
  });

  it("writes the XML form exactly as the documentation's example, whitespace aside", () => {
    const xml = sisteTilgjengeligeSkatteoppgjoerTilXml(
      readData('examples/siste-tilgjengelige-skatteoppgjoer.json') as never,
    );
    const example = readFileSync(
      `${dataDir}/examples/siste-tilgjengelige-skatteoppgjoer.xml`,
      'utf8',
    );
    expect(xml.replace(/^<\?xml[^>]*\?>\n/, '')).toBe(example.replace(/>\s+</g, '><').trim());
  });
});

describe('Siste tilgjengelige skatteoppgjør errors (contract)', () => {
  it('limit kode to TD-001…TD-006 and DAS-001…DAS-008, the codes of the catalogue', () => {
    expect([...sisteTilgjengeligeSkatteoppgjoerSchema.$defs.TdFeilkode.enum].sort()).toEqual(
      catalogue.map((c) => c.kode).sort(),
    );
  });

  for (const { kode, status } of catalogue) {
    it(`accepts ${kode} (${status}) in JSON and in XML`, () => {
      const feil = lagFeil(kode as TdFeilkode);
      expect(validateTdFeil(feil).ok).toBe(true);
      expect(validateTdFeil(feilFraXml(feilTilXml(feil))).ok).toBe(true);
    });
  }

  it("refuses the event lists' codes", () => {
    expect(validateTdFeil(lagFeil('FA-005')).ok).toBe(false);
  });

  const described = new Map<number, string>();
  for (const [, status, name] of contract.matchAll(
    /'(\d{3})':\n\s+\$ref: '#\/components\/responses\/(\w+)'/g,
  )) {
    const block = new RegExp(`\\n {4}${name}:\\n {6}description: ([\\s\\S]*?)\\n {6}content:`);
    const text = block.exec(contract)?.[1];
    if (text !== undefined) described.set(Number(status), text);
  }

  for (const [status, text] of described) {
    it(`name the codes sent with ${status}, and no others`, () => {
      const named = new Set<string>();
      for (const [, prefix, from, to] of text.matchAll(/`(DAS|TD)-(\d{3})`…`(?:DAS|TD)-(\d{3})`/g))
        for (let n = Number(from); n <= Number(to); n++)
          named.add(`${prefix}-${String(n).padStart(3, '0')}`);
      for (const [code] of text.matchAll(/(?:DAS|TD)-\d{3}/g)) named.add(code);
      const expected = catalogue.filter((c) => c.status === status).map((c) => c.kode);
      expect([...named].sort()).toEqual(expected.sort());
    });
  }
});

describe('sisteTilgjengeligeSkatteoppgjoerApi', () => {
  it('agrees with the catalogue, the naming rules and the contract', () => {
    expect(checkApiDescriptor(sisteTilgjengeligeSkatteoppgjoerApi, contract)).toEqual([]);
  });

  it('has the published XML root and namespace and the scopes of Summert skattegrunnlag', () => {
    expect(sisteTilgjengeligeSkatteoppgjoerApi.xml).toEqual({
      rot: 'tilgjengeligdata',
      namespace: 'urn:no:skatteetaten:datasamarbeid:tilgjengeligdata:v1',
      publisert: true,
    });
    expect(sisteTilgjengeligeSkatteoppgjoerApi.scopes).toEqual([
      'skatteetaten:summertskattegrunnlag',
      'skatteetaten:spesifisertsummertskattegrunnlag',
    ]);
  });
});
