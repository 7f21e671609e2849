// The XML form of a V2 body. Serialising follows the contract's OpenAPI `xml` objects (through
// @skattedeling/felles), so the XML and JSON forms come from the same schema. The XML error body
// is read by `feilFraXml` of @skattedeling/felles, the one reader both API clients use.
import { XmlSerializer } from '@skattedeling/felles';
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
