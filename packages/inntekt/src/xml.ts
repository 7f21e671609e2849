// The XML form of a body. Serialising follows the contract's OpenAPI `xml` objects (through
// @skattedeling/felles), so the XML and JSON forms come from the same schema. The XML error body
// is read by `feilFraXml` of @skattedeling/felles, the one reader both API clients use.
import { XmlSerializer } from '@skattedeling/felles';
import { schema } from './generated/v1/schema.js';
import type { Inntekter } from './generated/v1/types.gen.js';

const serializer = new XmlSerializer(schema);

/**
 * The XML form of a body: root `inntekter` in namespace
 * `urn:no:skatteetaten:datasamarbeid:inntekt:v1` (our choice; none is published), arrays as
 * repeated elements without a wrapper.
 */
export function inntekterTilXml(inntekter: Inntekter): string {
  return serializer.serialize('Inntekter', inntekter);
}
