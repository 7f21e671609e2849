// The XML forms of the list's bodies, derived from the contract's `xml` objects.
import { XmlSerializer } from '@skattedeling/felles';
import { schema } from '../generated/hendelser/schema.js';
import type { HendelseStart, InntektHendelser } from '../generated/hendelser/types.gen.js';

const serializer = new XmlSerializer(schema);

/**
 * A page as XML: root `hendelser` in namespace `urn:no:skatteetaten:datasamarbeid:hendelser:v1`
 * (our choice; the XSD is not reachable), one `<hendelse>` per event.
 */
export function inntektHendelserTilXml(side: InntektHendelser): string {
  return serializer.serialize('InntektHendelser', side);
}

/** The start answer as XML: `<start xmlns="…:hendelser:v1"><sekvensnummer>…`. */
export function hendelseStartTilXml(start: HendelseStart): string {
  return serializer.serialize('HendelseStart', start);
}
