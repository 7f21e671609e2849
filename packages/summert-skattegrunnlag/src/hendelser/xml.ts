// The XML forms of the list's bodies, derived from the contract's `xml` objects like every other
// body of the toolkit.
import { XmlSerializer } from '@skattedeling/felles';
import { schema } from '../generated/hendelser/schema.js';
import type { HendelseStart, SkatteoppgjoerHendelser } from '../generated/hendelser/types.gen.js';
import { lazy } from '../lazy.js';

const serializer = lazy(() => new XmlSerializer(schema));

/**
 * A page as XML: root `hendelser` in namespace `urn:no:skatteetaten:datasamarbeid:hendelser:v1`
 * (our choice; the XSD is not reachable), one `<hendelse>` per event.
 */
export function skatteoppgjoerHendelserTilXml(side: SkatteoppgjoerHendelser): string {
  return serializer().serialize('SkatteoppgjoerHendelser', side);
}

/** The start answer as XML: `<start xmlns="…:hendelser:v1"><sekvensnummer>…`. */
export function hendelseStartTilXml(start: HendelseStart): string {
  return serializer().serialize('HendelseStart', start);
}
