// The README's example, type-checked in CI.
import {
  createValidator,
  feilFraXml,
  feilSchema,
  feilTilXml,
  finnFeilkode,
  lagFeil,
} from '@skattedeling/felles';

const feil = lagFeil('SSG-008');
const xml = feilTilXml(feil);
console.log(finnFeilkode('SSG-008')?.status, xml, feilFraXml(xml)?.kode);

const result = createValidator(feilSchema).validate('Feil', JSON.parse('{"kode":"SSG-008"}'));
if (!result.ok) console.log(result.message);
