// Who the event lists are about: a bounded synthetic population, the same for a seed and fixture
// files whatever is looked up. The real lists cover all of Norway; the simulator covers the
// fixture files' persons and the first POPULATION_SIZE candidate numbers of the seed (the same
// numbers the person search tries first), so a feed stays small, fast and memory-bounded.
import { parsePersonidentifikator } from '@skattedeling/testdata';
import { candidate } from '../finder.js';
import type { FixtureSet } from '../fixtures.js';

/** Generated persons the event lists follow, beside the fixture files' persons. */
export const POPULATION_SIZE = 500;

export function eventPopulation(
  seed: string,
  fixtures: FixtureSet,
  size = POPULATION_SIZE,
): readonly string[] {
  const persons: string[] = [];
  for (const [pid, person] of fixtures.persons) if (person.status !== 'ukjent') persons.push(pid);
  const seen = new Set(persons);
  for (let i = 0; i < size; i++) {
    const pid = candidate(seed, undefined, i);
    const info = parsePersonidentifikator(pid);
    if (!info.ok || !info.synthetic || seen.has(pid)) continue;
    seen.add(pid);
    persons.push(pid);
  }
  return persons;
}
