// Locates the shared reference material (facts gathered from Skatteetaten's public docs) that the
// tests compare the contracts and code lists against.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `SKATTEDELING_REFERENCE_DIR`, or `../../../shared/reference` relative to the package. */
export const referanseDir = resolve(
  packageDir,
  process.env.SKATTEDELING_REFERENCE_DIR ?? '../../../shared/reference',
);

/**
 * Whether the reference is there. When the variable is set, a missing directory is a failure
 * (the tests must not pass vacuously); without it, tests that need the reference are skipped.
 */
export const harReferanse = existsSync(referanseDir);
if (!harReferanse && process.env.SKATTEDELING_REFERENCE_DIR !== undefined) {
  throw new Error(`SKATTEDELING_REFERENCE_DIR points at ${referanseDir}, which does not exist`);
}
if (!harReferanse) {
  console.warn(
    `reference material not found at ${referanseDir}; tests that compare against it are skipped`,
  );
}

export function lesReferanse<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(join(referanseDir, path), 'utf8')) as T;
}

export function lesPakkefil<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(join(packageDir, path), 'utf8')) as T;
}
