// Runtime validation of Inntekt API bodies against the contract (JSON Schema generated from
// openapi.yaml).
import { createValidator, type ValidationIssue, type ValidationResult } from '@skattedeling/felles';
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

const inntektstyper = [
  'loennsinntekt',
  'ytelseFraOffentlige',
  'pensjonEllerTrygd',
  'naeringsinntekt',
] as const;
const inntektstypePath = new RegExp(`^(.*)\\.(${inntektstyper.join('|')})$`);

/** The value at a path such as `oppgaveInntektsmottaker[0].inntekt[1]`. */
function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const [, property, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[property ?? index ?? ''];
  }
  return current;
}

/**
 * The "exactly one income type" rule is a `oneOf` in the contract, and what a JSON Schema
 * validator reports for a failed `oneOf` depends on the order of its branches (with two types
 * present it may say a third one "is required"). This replaces those reports with one issue at
 * the income line saying which types it has.
 */
function explainIncomeTypeRule(
  body: unknown,
  errors: readonly ValidationIssue[],
): ValidationIssue[] {
  const lines = new Set<string>();
  const rest: ValidationIssue[] = [];
  for (const issue of errors) {
    const required = inntektstypePath.exec(issue.path);
    if (required?.[1] !== undefined && issue.message === 'is required') lines.add(required[1]);
    else if (/must match exactly one (schema in oneOf|of the alternatives)/.test(issue.message))
      lines.add(issue.path);
    else rest.push(issue);
  }
  const explained = [...lines].map((path) => {
    const line = valueAt(body, path);
    const present = inntektstyper.filter(
      (t) => line !== null && typeof line === 'object' && t in line,
    );
    return {
      path,
      message: `must have exactly one of ${inntektstyper.join(', ')} (has ${present.length === 0 ? 'none' : present.join(', ')})`,
    };
  });
  return [...rest, ...explained];
}

/** Checks a response body; failures name the path, e.g. `oppgaveInntektsmottaker[0].inntekt[1].beloep`. */
export function validateInntekter(body: unknown): ValidationResult<Inntekter> {
  const result = inntektValidator.validate<Inntekter>('Inntekter', body);
  if (result.ok) return result;
  const errors = explainIncomeTypeRule(body, result.errors);
  const message = `Inntekter: ${errors.map((e) => `${e.path === '' ? '(root)' : e.path}: ${e.message}`).join('; ')}`;
  return { ok: false, errors, message };
}

/** Checks an error body, with `kode` limited to this API's codes (IM-001…IM-010, DAS-001…DAS-008). */
export function validateInntektFeil(body: unknown): ValidationResult<InntektFeil> {
  return inntektValidator.validate<InntektFeil>('InntektFeil', body);
}

/** Checks an error body of any Skatteetaten API (any `kode` of the form `ABC-123`). */
export function validateFeil(body: unknown): ValidationResult<Feil> {
  return inntektValidator.validate<Feil>('Feil', body);
}
