// XML forms of bodies. Serialising follows the contract's OpenAPI `xml` objects (through
// @skattedeling/felles), so the XML and JSON forms come from the same schema.
import { type Feil, XmlSerializer } from '@skattedeling/felles';
import { schema } from './generated/v2/schema.js';
import type { SummertSkattegrunnlag } from './generated/v2/types.gen.js';
import { lazy } from './lazy.js';

const serializer = lazy(() => new XmlSerializer(schema));

/**
 * A V2 body as XML: root `summertSkattegrunnlag` in namespace
 * `urn:no:skatteetaten:datasamarbeid:summertskattegrunnlag:v2` (our choice; the real V2
 * namespace is not published), one `<grunnlag>` element per item, no wrappers.
 */
export function summertSkattegrunnlagTilXml(body: SummertSkattegrunnlag): string {
  return serializer().serialize('SummertSkattegrunnlag', body);
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g, (match, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return entities[name] ?? match;
  });
}

/**
 * Reads an XML error body (`<feil xmlns="urn:no:skatteetaten:datasamarbeid:feil:v1">` with
 * `kode`, `melding`, `korrelasjonsid`). Returns undefined for anything else, such as a gateway's
 * plain-text 404. The body is flat, so a full XML parser is not needed.
 */
export function feilFraXml(xml: string): Feil | undefined {
  if (!/<(?:[\w.-]+:)?feil[\s>]/.test(xml)) return undefined;
  const field = (name: string): string | undefined => {
    const match = new RegExp(`<(?:[\\w.-]+:)?${name}>([^<]*)</(?:[\\w.-]+:)?${name}>`).exec(xml);
    return match?.[1] === undefined ? undefined : unescapeXml(match[1].trim());
  };
  const kode = field('kode');
  const melding = field('melding');
  const korrelasjonsid = field('korrelasjonsid');
  if (kode === undefined || melding === undefined || korrelasjonsid === undefined) return undefined;
  return { kode, melding, korrelasjonsid };
}
