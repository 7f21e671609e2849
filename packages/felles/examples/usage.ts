// The README's example, type-checked in CI.
import {
  createValidator,
  feilSchema,
  feilTilXml,
  finnFeilkode,
  lagFeil,
} from '@skattedeling/felles';

const feil = lagFeil('SSG-008');
console.log(finnFeilkode('SSG-008')?.status, feilTilXml(feil));

const result = createValidator(feilSchema).validate('Feil', JSON.parse('{"kode":"SSG-008"}'));
if (!result.ok) console.log(result.message);
