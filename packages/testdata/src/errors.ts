/** Thrown by the checking constructors (`foedselsnummer()`, `organisasjonsnummer()`, …). */
export class InvalidIdentifierError extends TypeError {
  override readonly name = 'InvalidIdentifierError';
  constructor(
    /** What was expected, e.g. `fødselsnummer`. */
    readonly type: string,
    readonly input: string,
    /** Which rule failed, with the value and what was expected. */
    readonly reason: string,
  ) {
    super(`not a valid ${type}: ${reason}`);
  }
}
