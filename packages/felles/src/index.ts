export {
  erFeil,
  type Feil,
  type Feilkode,
  type FeilkodeBeskrivelse,
  type Feilkodeprefiks,
  feilkoder,
  feilTilXml,
  finnFeilkode,
  isFeilkode,
  lagFeil,
} from './feil.js';
export { schema as feilSchema } from './generated/feil/schema.js';
export {
  ContractValidationError,
  createValidator,
  pointerToPath,
  type SchemaDocument,
  type ValidationIssue,
  type ValidationResult,
  type Validator,
} from './validator.js';
export { escapeXml, XmlSerializer } from './xml.js';
