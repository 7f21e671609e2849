import { describe, expect, it } from 'vitest';
import { feilkoder, feilSchema, feilTilXml, finnFeilkode, lagFeil } from './index.js';
import { createValidator } from './validator.js';

describe('error catalogue', () => {
  it('has the documented codes with their statuses', () => {
    expect(feilkoder.DAS.map((f) => f.kode)).toEqual(
      Array.from({ length: 8 }, (_, i) => `DAS-00${i + 1}`),
    );
    expect(feilkoder.SSG).toHaveLength(11);
    expect(feilkoder.IM).toHaveLength(10);
    expect(finnFeilkode('SSG-008')?.status).toBe(404);
    expect(finnFeilkode('SSG-009')?.status).toBe(406);
    expect(finnFeilkode('SSG-011')?.status).toBe(410);
    expect(finnFeilkode('IM-010')?.status).toBe(403);
    expect(finnFeilkode('DAS-008')?.status).toBe(403);
    expect(finnFeilkode('XYZ-001')).toBeUndefined();
  });

  it("has the event lists' FA codes and Siste tilgjengelige's TD codes with their statuses", () => {
    expect(feilkoder.FA.map((f) => [f.kode, f.status])).toEqual([
      ['FA-001', 500],
      ['FA-002', 404],
      ['FA-003', 401],
      ['FA-004', 400],
      ['FA-005', 404],
      ['FA-006', 406],
    ]);
    expect(feilkoder.TD.map((f) => [f.kode, f.status])).toEqual([
      ['TD-001', 500],
      ['TD-002', 401],
      ['TD-003', 400],
      ['TD-004', 404],
      ['TD-005', 406],
      ['TD-006', 404],
    ]);
    expect(lagFeil('FA-005').melding).toBe('Ingen hendelser funnet for oppgitt input.');
  });

  it('builds bodies that conform to the common error schema', () => {
    const feil = lagFeil('SSG-007');
    expect(feil.melding).toBe(finnFeilkode('SSG-007')?.melding);
    expect(feil.korrelasjonsid).toMatch(/^[0-9a-f-]{36}$/);
    expect(createValidator(feilSchema).validate('Feil', feil).ok).toBe(true);
  });
});

describe('feilTilXml', () => {
  it('writes the feil element in its namespace, escaped', () => {
    const xml = feilTilXml({
      kode: 'DAS-002',
      melding: 'Ugyldig <URL> & mer',
      korrelasjonsid: 'c0ffee',
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<feil xmlns="urn:no:skatteetaten:datasamarbeid:feil:v1"><kode>DAS-002</kode><melding>Ugyldig &lt;URL&gt; &amp; mer</melding><korrelasjonsid>c0ffee</korrelasjonsid></feil>',
    );
  });
});
