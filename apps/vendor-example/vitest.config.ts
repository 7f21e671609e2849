import { defineConfig } from 'vitest/config';

// Two projects: the unit tests (default for `vitest run` and turbo's test task), and the Pact
// consumer tests, which write pact files and run one file at a time (pact files merge, and one
// mock server per test keeps failures readable). Run the Pact tests through `pnpm test:pact`,
// which wipes the pact folder first.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/*.test.ts'],
        },
      },
      {
        test: {
          name: 'pact',
          include: ['test/pact/**/*.pact.test.ts'],
          fileParallelism: false,
          env: { PACT_DO_NOT_TRACK: '1' },
        },
      },
    ],
  },
});
