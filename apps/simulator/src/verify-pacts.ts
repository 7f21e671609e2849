// `skattedeling-simulator verify-pacts` lives in the optional package @skattedeling/simulator-pact:
// Pact's native core alone is larger than the whole simulator, and `start` never needs it. The
// command loads it on demand, from wherever Node finds it beside this package (npm, pnpm and npx
// installs all place it there), and names the package to install when it is missing.
export const PACT_PACKAGE = '@skattedeling/simulator-pact';

export const missingPactPackage = `verify-pacts needs the optional package ${PACT_PACKAGE} (Pact and its native core, kept out of the simulator's install): npm install --save-dev ${PACT_PACKAGE}`;

interface PactModule {
  runVerifyPactsCommand(argv: readonly string[]): Promise<number>;
}

const importPackage = (specifier: string): Promise<unknown> => import(specifier);

/** The verify-pacts runner, or the one-line message when the optional package is not installed. */
export async function loadVerifyPacts(
  load: (specifier: string) => Promise<unknown> = importPackage,
): Promise<PactModule | string> {
  try {
    return (await load(PACT_PACKAGE)) as PactModule;
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown };
    // Only the package itself missing; a broken install of it (a dependency of its own missing)
    // is reported as it is.
    if (e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes(`'${PACT_PACKAGE}'`))
      return missingPactPackage;
    throw error;
  }
}
