// The facts the tests compare the contracts and code lists against: the files under the
// repository's contracts/data (see contracts/data/PROVENANCE.md for where each comes from).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `contracts/data` of this repository. */
export const dataDir = resolve(packageDir, '../../contracts/data');

/** A JSON file under `contracts/data`, e.g. `reference/inntekt-beskrivelse.json`. */
export function readData<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as T;
}

export function readPackageFile<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(join(packageDir, path), 'utf8')) as T;
}
