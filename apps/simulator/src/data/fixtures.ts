// Fixture files pin what Skatteetaten holds for named persons, overriding the generator: a whole
// Summert skattegrunnlag body per (year, stadie), Inntekt reports per month, a status (ukjent,
// skjermet, slettet, ingenData) for a person, a year or a month, or an income change that the
// generator then follows in both APIs. Files are JSON or YAML and are checked completely at load:
// every problem is reported with the file, the key path and the value.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isScalar, parseDocument, visit } from 'yaml';
import { fixtureSetFrom } from './fixture-check.js';
import { FixtureError, type FixtureSet, type PersonFixture } from './fixture-set.js';

export { fixtureSetFrom } from './fixture-check.js';
export * from './fixture-set.js';

/**
 * Parses fixture text. YAML map keys are taken as written, so an unquoted `05818710190` or `2021`
 * stays a string key instead of becoming a number that loses its leading zero. YAML merge keys
 * (`<<: *anchor`) are allowed, so twelve monthly reports can share one template.
 */
export function parseFixtureText(text: string, file: string): FixtureSet {
  if (/\.json$/i.test(file)) {
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      throw new FixtureError(file, [`(root): not valid JSON: ${(error as Error).message}`]);
    }
    return fixtureSetFrom(document, file);
  }
  const doc = parseDocument(text, { prettyErrors: true, merge: true });
  if (doc.errors.length > 0)
    throw new FixtureError(
      file,
      doc.errors.map((e) => `(root): not valid YAML: ${e.message}`),
    );
  visit(doc, {
    Pair(_, pair) {
      if (
        isScalar(pair.key) &&
        typeof pair.key.value === 'number' &&
        typeof pair.key.source === 'string'
      ) {
        pair.key.value = pair.key.source;
      }
    },
  });
  return fixtureSetFrom(doc.toJS(), file);
}

/** Reads a fixture file (`.json`, `.yaml` or `.yml`) and checks it completely. */
export async function loadFixtureFile(path: string): Promise<FixtureSet> {
  if (!/\.(json|ya?ml)$/i.test(path))
    throw new FixtureError(path, ['(root): the file name must end in .json, .yaml or .yml']);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new FixtureError(path, [`(root): cannot read the file: ${(error as Error).message}`]);
  }
  return parseFixtureText(text, path);
}

/** Several sets as one; a person in a later set replaces the same person of an earlier one. */
export function mergeFixtureSets(...sets: readonly FixtureSet[]): FixtureSet {
  const persons = new Map<string, PersonFixture>();
  for (const set of sets) for (const [pid, person] of set.persons) persons.set(pid, person);
  return { persons, files: sets.flatMap((s) => s.files) };
}

/**
 * The fixture file shipped with the simulator. It sits next to this module in `src/`; the compiled
 * module in `dist/` finds it in the published `src/` folder (tsc does not copy YAML).
 */
export function defaultFixtureFile(): string {
  const beside = fileURLToPath(new URL('./fixtures/default.yaml', import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL('../../src/data/fixtures/default.yaml', import.meta.url));
}
