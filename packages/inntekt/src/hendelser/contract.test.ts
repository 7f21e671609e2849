import { readFileSync } from 'node:fs';
import {
  checkApiDescriptor,
  feilFraXml,
  feilkoder,
  feilTilXml,
  lagFeil,
} from '@skattedeling/felles';
import { describe, expect, it } from 'vitest';
import { readData } from '../../test/reference.js';
import type { FaFeilkode } from '../generated/hendelser/types.gen.js';
import {
  hendelseStartTilXml,
  inntektHendelserApi,
  inntektHendelserSchema,
  inntektHendelserTilXml,
  periodeForHendelse,
  validateFaFeil,
  validateHendelseStart,
  validateInntektHendelser,
} from './index.js';

const contractFile = (path: string) =>
  readFileSync(new URL(`../../contracts/skatteetaten/${path}`, import.meta.url), 'utf8');
const contract = contractFile('inntekt-hendelser/openapi.yaml');
const shared = contractFile('felles/hendelser.yaml');

function paths(body: unknown): string[] {
  const result = validateInntektHendelser(body);
  return result.ok ? [] : result.errors.map((e) => e.path);
}

describe('Inntekt hendelser bodies (contract)', () => {
  it("accepts the documentation's newer example, where gjelderPeriode is a month", () => {
    expect(paths(readData('examples/inntekt-hendelser.json'))).toEqual([]);
  });

  it("refuses the documentation's older example, where gjelderPeriode is a year", () => {
    expect(paths(readData('examples/inntekt-hendelser-2018.json'))).toEqual([
      'hendelser[0].gjelderPeriode',
      'hendelser[1].gjelderPeriode',
      'hendelser[2].gjelderPeriode',
      'hendelser[3].gjelderPeriode',
      'hendelser[4].gjelderPeriode',
    ]);
  });

  it('refuses month 13 and a missing identifikator, and accepts unknown fields', () => {
    const side = {
      hendelser: [
        { sekvensnummer: 1, identifikator: '09048000875', gjelderPeriode: '2023-13' },
        { sekvensnummer: 2, gjelderPeriode: '2023-12' },
        { sekvensnummer: 3, identifikator: '09048000875', gjelderPeriode: '2023-12', type: 'x' },
      ],
    };
    expect(paths(side).sort()).toEqual([
      'hendelser[0].gjelderPeriode',
      'hendelser[1].identifikator',
    ]);
  });

  it("accepts the documentation's start answer", () => {
    expect(validateHendelseStart(readData('examples/hendelser-start.json')).ok).toBe(true);
  });

  it('turns an event into the one-month period to ask the Inntekt API for', () => {
    expect(periodeForHendelse({ gjelderPeriode: '2023-10' })).toEqual({
      fraOgMed: '2023-10',
      tilOgMed: '2023-10',
    });
    expect(() => periodeForHendelse({ gjelderPeriode: '2023' })).toThrow(RangeError);
  });
});

describe('Inntekt hendelser errors (contract)', () => {
  const catalogue = [...feilkoder.FA, ...feilkoder.DAS];

  it('limit kode to FA-001…FA-006 and DAS-001…DAS-008', () => {
    expect([...inntektHendelserSchema.$defs.FaFeilkode.enum].sort()).toEqual(
      catalogue.map((c) => c.kode).sort(),
    );
  });

  for (const { kode, status } of catalogue) {
    it(`accepts ${kode} (${status}) in JSON and in XML`, () => {
      const feil = lagFeil(kode as FaFeilkode);
      expect(validateFaFeil(feil).ok).toBe(true);
      expect(validateFaFeil(feilFraXml(feilTilXml(feil))).ok).toBe(true);
    });
  }

  it("refuses the Inntekt API's own codes", () => {
    expect(validateFaFeil(lagFeil('IM-008')).ok).toBe(false);
  });
});

describe('Inntekt hendelser XML', () => {
  it('writes a page as <hendelser> with one <hendelse> per event, the month as text', () => {
    expect(
      inntektHendelserTilXml({
        hendelser: [{ sekvensnummer: 12, identifikator: '20125001158', gjelderPeriode: '2023-02' }],
      }),
    ).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<hendelser xmlns="urn:no:skatteetaten:datasamarbeid:hendelser:v1"><hendelse><sekvensnummer>12</sekvensnummer><identifikator>20125001158</identifikator><gjelderPeriode>2023-02</gjelderPeriode></hendelse></hendelser>',
    );
    expect(hendelseStartTilXml({ sekvensnummer: 21 })).toContain(
      '<start xmlns="urn:no:skatteetaten:datasamarbeid:hendelser:v1"><sekvensnummer>21</sekvensnummer></start>',
    );
  });
});

describe('inntektHendelserApi', () => {
  it('agrees with the catalogue, the naming rules and the contract', () => {
    expect(checkApiDescriptor(inntektHendelserApi, `${contract}\n${shared}`)).toEqual([]);
  });

  it('follows the access of the Inntekt API: its scope and its Altinn right', () => {
    expect(inntektHendelserApi).toMatchObject({
      scopes: ['skatteetaten:inntekt'],
      altinnRettighet: 'Inntekt API - På vegne av',
      tilgangVia: 'inntekt',
    });
  });
});
