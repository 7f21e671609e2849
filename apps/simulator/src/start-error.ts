/** Start-up failed for a reason the user can fix; the CLI prints the message alone. */
export class StartError extends Error {
  override readonly name = 'StartError';
}
