// The benchmark scripts' command lines: --help prints the usage and exits 0; an unknown option, a
// missing value or a count that is not a positive integer exits 2 with one line saying what is wrong.

/** `parse()` (node:util's parseArgs), its refusal of the command line as one line and exit 2. */
export function parsed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (
      !(
        error instanceof TypeError &&
        String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
      )
    )
      throw error;
    console.error(`${error.message.split('\n')[0]} (--help for the options)`);
    process.exit(2);
  }
}

/** Prints `usage` and ends the process when --help was given. */
export function helpIfAsked(asked: boolean | undefined, usage: string): void {
  if (!asked) return;
  console.log(usage);
  process.exit(0);
}

/** `value` of option `--name` as a positive integer, or exit 2 with one line saying what is wrong. */
export function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`--${name} must be a positive integer, got "${value}"`);
    process.exit(2);
  }
  return n;
}
