import { describe, expect, it } from 'vitest';
import { XmlSerializer } from './xml.js';

const document = {
  $id: 'https://example.test/x.schema.json',
  $defs: {
    Svar: {
      type: 'object',
      xml: { name: 'summertSkattegrunnlag', namespace: 'urn:test:v1' },
      properties: {
        personidentifikator: { type: 'string' },
        grunnlag: { type: 'array', items: { $ref: '#/$defs/Grunnlag' } },
        liste: {
          type: 'array',
          xml: { wrapped: true },
          items: { type: 'string', xml: { name: 'verdi' } },
        },
      },
    },
    Grunnlag: {
      allOf: [{ type: 'object', properties: { tekniskNavn: { type: 'string' } } }],
      properties: {
        kategori: { type: 'array', items: { type: 'string' } },
        id: { type: 'string', xml: { attribute: true } },
      },
    },
  },
};

describe('XmlSerializer', () => {
  const xml = new XmlSerializer(document);
  it('follows the contract: root name and namespace, unwrapped and wrapped arrays, attributes', () => {
    expect(
      xml.serialize('Svar', {
        personidentifikator: '01017012345',
        grunnlag: [{ tekniskNavn: 'a', kategori: ['inntekt'], id: '1' }, { tekniskNavn: 'b' }],
        liste: ['x', 'y'],
        ekstra: true,
        tom: null,
      }),
    ).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<summertSkattegrunnlag xmlns="urn:test:v1"><personidentifikator>01017012345</personidentifikator>' +
        '<grunnlag id="1"><tekniskNavn>a</tekniskNavn><kategori>inntekt</kategori></grunnlag><grunnlag><tekniskNavn>b</tekniskNavn></grunnlag>' +
        '<liste><verdi>x</verdi><verdi>y</verdi></liste><ekstra>true</ekstra></summertSkattegrunnlag>',
    );
  });
});
