// The XML form of a body, derived from the contract's `xml` object: the published root
// `tilgjengeligdata` in `urn:no:skatteetaten:datasamarbeid:tilgjengeligdata:v1`.
import { XmlSerializer } from '@skattedeling/felles';
import { schema } from '../generated/siste-tilgjengelige/schema.js';
import type { SisteTilgjengeligeSkatteoppgjoer } from '../generated/siste-tilgjengelige/types.gen.js';
import { lazy } from '../lazy.js';

const serializer = lazy(() => new XmlSerializer(schema));

export function sisteTilgjengeligeSkatteoppgjoerTilXml(
  body: SisteTilgjengeligeSkatteoppgjoer,
): string {
  return serializer().serialize('SisteTilgjengeligeSkatteoppgjoer', body);
}
