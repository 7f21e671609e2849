import { describe, expect, it } from 'vitest';
import type { SummertSkattegrunnlag } from './generated/v2/types.gen.js';
import { summertSkattegrunnlagTilXml } from './xml.js';

const body: SummertSkattegrunnlag = {
  personidentifikator: '01818710190',
  inntektsaar: '2023',
  grunnlag: [
    {
      tekniskNavn: 'innskudd',
      beloep: 154020,
      kategori: 'formue',
      spesifisering: [{ type: 'Konto', kontonummer: '12345678903', innskudd: 154020 }],
    },
    { tekniskNavn: 'samletGjeld', beloep: 0, kategori: '-' },
  ],
  svalbardGrunnlag: [
    { tekniskNavn: 'grunnlagForSkattPaaAlminneligInntektSvalbard', beloep: 10, kategori: '-' },
  ],
  skjermet: false,
  stadie: 'oppgjoer',
};

describe('summertSkattegrunnlagTilXml', () => {
  const xml = summertSkattegrunnlagTilXml(body);

  it('uses the root summertSkattegrunnlag in our V2 namespace', () => {
    expect(xml).toContain(
      '<summertSkattegrunnlag xmlns="urn:no:skatteetaten:datasamarbeid:summertskattegrunnlag:v2">',
    );
  });

  it('writes one unwrapped <grunnlag> element per item, named after the property', () => {
    expect(xml.match(/<grunnlag>/g)).toHaveLength(2);
    expect(xml).not.toContain('<grunnlag><grunnlag>');
    expect(xml).toContain(
      '<svalbardGrunnlag><tekniskNavn>grunnlagForSkattPaaAlminneligInntektSvalbard</tekniskNavn>',
    );
  });

  it('writes a spesifisering with its type and unknown fields as child elements', () => {
    expect(xml).toContain(
      '<spesifisering><type>Konto</type><kontonummer>12345678903</kontonummer><innskudd>154020</innskudd></spesifisering>',
    );
  });

  it('writes kategori "-" as text and booleans as true/false', () => {
    expect(xml).toContain('<kategori>-</kategori>');
    expect(xml).toContain('<skjermet>false</skjermet>');
  });
});
