import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feilFraXml, feilTilXml } from './feil-xml.js';

const korrelasjonsid = '4f90b132-5d6e-4f70-8b8c-9d0e1f2a3b4c';
const expected = { kode: 'SSG-007', melding: 'Fant ingen treff & mer', korrelasjonsid };

describe('feilFraXml', () => {
  it.each([
    [
      'the form the services send',
      `<?xml version="1.0" encoding="UTF-8"?><feil xmlns="urn:no:skatteetaten:datasamarbeid:feil:v1"><kode>SSG-007</kode><melding>Fant ingen treff &amp; mer</melding><korrelasjonsid>${korrelasjonsid}</korrelasjonsid></feil>`,
    ],
    [
      'a prefix on every element',
      `<ns:feil xmlns:ns="urn:no:skatteetaten:datasamarbeid:feil:v1"><ns:kode>SSG-007</ns:kode><ns:melding>Fant ingen treff &amp; mer</ns:melding><ns:korrelasjonsid>${korrelasjonsid}</ns:korrelasjonsid></ns:feil>`,
    ],
    [
      'pretty-printed, with a BOM, a comment and attributes',
      `\uFEFF<?xml version="1.0"?>\n<!-- gateway -->\n<feil xmlns="urn:x">\n  <kode xml:lang="no">\n    SSG-007\n  </kode>\n  <melding>Fant ingen treff &#38; mer</melding>\n  <korrelasjonsid>${korrelasjonsid}</korrelasjonsid>\n</feil>\n`,
    ],
    [
      'CDATA and numeric references',
      `<feil><kode>SSG-&#x30;07</kode><melding><![CDATA[Fant ingen treff & mer]]></melding><korrelasjonsid>${korrelasjonsid}</korrelasjonsid></feil>`,
    ],
  ])('reads %s', (_, xml) => {
    expect(feilFraXml(xml)).toEqual(expected);
  });

  it('reads an empty melding written as <melding/>', () => {
    expect(
      feilFraXml(`<feil><kode>DAS-001</kode><melding/><korrelasjonsid>c</korrelasjonsid></feil>`),
    ).toEqual({ kode: 'DAS-001', melding: '', korrelasjonsid: 'c' });
  });

  it('keeps a reference to a character XML cannot carry as written instead of throwing', () => {
    expect(
      feilFraXml(
        '<feil><kode>X-1</kode><melding>&#x110000; &#0; &nbsp;</melding><korrelasjonsid>c</korrelasjonsid></feil>',
      )?.melding,
    ).toBe('&#x110000; &#0; &nbsp;');
  });

  it.each([
    ['plain text', 'Unknown instance'],
    ['an HTML page', '<html><body><feil><kode>X</kode></feil></body></html>'],
    ['a body missing korrelasjonsid', '<feil><kode>SSG-001</kode><melding>m</melding></feil>'],
    ['a truncated body', '<feil><kode>SSG-001</kode><melding>m</melding><korrelasjonsid>c'],
    [
      'a field with child elements',
      '<feil><kode><b>X</b></kode><melding>m</melding><korrelasjonsid>c</korrelasjonsid></feil>',
    ],
    [
      'a closing tag with another prefix',
      '<a:feil><kode>X</kode><melding>m</melding><korrelasjonsid>c</korrelasjonsid></b:feil>',
    ],
    ['a body far larger than an error body', `<feil>${' '.repeat(70_000)}</feil>`],
  ])('gives undefined for %s', (_, text) => {
    expect(feilFraXml(text)).toBeUndefined();
  });

  it('reads back whatever feilTilXml writes (text trimmed, characters XML cannot carry replaced)', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 cannot carry.
    const invalid = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
    const norm = (s: string) => s.replace(invalid, '\uFFFD').trim();
    const text = fc.string({ unit: 'binary', maxLength: 60 });
    fc.assert(
      fc.property(text, text, text, (kode, melding, id) => {
        const feil = { kode, melding, korrelasjonsid: id };
        expect(feilFraXml(feilTilXml(feil))).toEqual({
          kode: norm(kode),
          melding: norm(melding),
          korrelasjonsid: norm(id),
        });
      }),
    );
  });
});
