// What an event says happened. Only `NY` is spelled in Skatteetaten's documentation, which names
// "ny, endret og slettet" as the common kinds; the contract keeps the field open (see there).

/** The kinds this toolkit knows: published, corrected, deleted. */
export const hendelsetyper = ['NY', 'ENDRET', 'SLETTET'] as const;
export type KjentHendelsetype = (typeof hendelsetyper)[number];

/**
 * True when the event says the assessment was deleted (the lookup then answers 410 `SSG-011`).
 * Compared ignoring case; a missing or unknown type is not a deletion: look the person up again.
 */
export function erSlettet(hendelse: { readonly hendelsetype?: string | undefined }): boolean {
  return hendelse.hendelsetype?.toUpperCase() === 'SLETTET';
}
