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
