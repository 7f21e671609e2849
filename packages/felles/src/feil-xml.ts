// The XML form of the error body, both ways: `<feil xmlns="urn:no:skatteetaten:datasamarbeid:feil:v1">`
// with `kode`, `melding` and `korrelasjonsid`. Writing follows the contract (XmlSerializer);
// reading is the one reader every client uses.
import { schema } from './generated/feil/schema.js';
import type { Feil } from './generated/feil/types.gen.js';
import { XmlSerializer } from './xml.js';

const serializer = new XmlSerializer(schema);

/** The XML form of an error body: `<feil xmlns="urn:no:skatteetaten:datasamarbeid:feil:v1">`. */
export function feilTilXml(feil: Feil): string {
  return serializer.serialize('Feil', feil);
}

/** Error bodies are a few hundred bytes; anything much larger is some other page. */
const MAX_LENGTH = 64 * 1024;

const qname = (local: string) => `<((?:[A-Za-z_][\\w.-]*:)?)${local}(?:\\s[^>]*)?`;
/** The XML declaration, comments, processing instructions and a doctype before the root. */
const prolog =
  /^\uFEFF?\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)\s*)*/;
const root = new RegExp(`^${qname('feil')}>([\\s\\S]*)</\\1feil\\s*>\\s*$`);
const fields = ['kode', 'melding', 'korrelasjonsid'] as const;
const fieldPatterns = Object.fromEntries(
  fields.map((name) => [name, new RegExp(`${qname(name)}(?:/>|>([\\s\\S]*?)</\\1${name}\\s*>)`)]),
) as Record<(typeof fields)[number], RegExp>;

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function entity(whole: string, name: string): string {
  const code =
    name[0] !== '#'
      ? undefined
      : name[1] === 'x' || name[1] === 'X'
        ? Number.parseInt(name.slice(2), 16)
        : Number.parseInt(name.slice(1), 10);
  if (code === undefined) return named[name] ?? whole;
  // A reference to a character XML cannot carry stays as written rather than failing the body.
  const valid =
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  return valid ? String.fromCodePoint(code) : whole;
}

/** The text of an element's content: entities decoded, CDATA kept; undefined for child elements. */
function text(content: string): string | undefined {
  let result = '';
  for (const part of content.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)) {
    if (part.startsWith('<![CDATA[')) result += part.slice(9, -3);
    else if (part.includes('<')) return undefined;
    else result += part.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);/g, entity);
  }
  return result.trim();
}

/**
 * Reads an XML error body: root `feil` (any prefix or namespace) with the children `kode`,
 * `melding` and `korrelasjonsid`, each text or CDATA, surrounding whitespace trimmed. Returns
 * undefined for anything else, such as a gateway's plain-text 404 or an HTML page.
 */
export function feilFraXml(xml: string): Feil | undefined {
  if (typeof xml !== 'string' || xml.length > MAX_LENGTH) return undefined;
  const document = xml.replace(prolog, '').replace(/<!--[\s\S]*?-->/g, '');
  const content = root.exec(document)?.[2];
  if (content === undefined) return undefined;
  const values: Partial<Record<(typeof fields)[number], string>> = {};
  for (const name of fields) {
    const match = fieldPatterns[name].exec(content);
    if (match === null) return undefined;
    const value = text(match[2] ?? '');
    if (value === undefined) return undefined;
    values[name] = value;
  }
  const { kode, melding, korrelasjonsid } = values;
  if (kode === undefined || melding === undefined || korrelasjonsid === undefined) return undefined;
  return { kode, melding, korrelasjonsid };
}
