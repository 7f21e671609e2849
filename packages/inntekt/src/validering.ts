// Runtime validation of Inntekt API bodies against the contract, and their XML form.
import { createValidator, type ValidationResult, XmlSerializer } from '@skattedeling/felles';
import { schema } from './generated/v1/schema.js';
import type { Feil, Inntekter, InntektFeil } from './generated/v1/types.gen.js';

/** The contract's schemas as one JSON Schema 2020-12 document (`$defs`). */
export const inntektSchema = schema;

/**
 * A validator over every schema of the contract (`Inntekter`, `OppgaveInntektsmottaker`,
 * `Inntekt`, `InntektFeil`, …). Unknown properties are accepted everywhere and `beskrivelse`
 * codes are open, as the API adds both without a new version; `fordel` and error `kode` are closed.
 */
export const inntektValidator = createValidator(schema);

/** Checks a response body; failures name the path, e.g. `oppgaveInntektsmottaker[0].inntekt[1].beloep`. */
export function validateInntekter(body: unknown): ValidationResult<Inntekter> {
  return inntektValidator.validate<Inntekter>('Inntekter', body);
}

/** Checks an error body, with `kode` limited to this API's codes (IM-001…IM-010, DAS-001…DAS-008). */
export function validateInntektFeil(body: unknown): ValidationResult<InntektFeil> {
  return inntektValidator.validate<InntektFeil>('InntektFeil', body);
}

/** Checks an error body of any Skatteetaten API (any `kode` of the form `ABC-123`). */
export function validateFeil(body: unknown): ValidationResult<Feil> {
  return inntektValidator.validate<Feil>('Feil', body);
}

const xml = new XmlSerializer(schema);

/**
 * The XML form of a body: root `inntekter` in namespace
 * `urn:no:skatteetaten:datasamarbeid:inntekt:v1` (our choice; none is published), arrays as
 * repeated elements without a wrapper.
 */
export function inntekterTilXml(inntekter: Inntekter): string {
  return xml.serialize('Inntekter', inntekter);
}
