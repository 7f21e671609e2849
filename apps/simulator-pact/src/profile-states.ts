// The states that name a household group: the simulator's person search finds a generated person
// of the group whose oppgjoer of the year is out (and carries the items named), the oppgjoer is
// pinned as published in the interaction's run, and the person's number goes back to the Pact
// core as the provider-state value `personidentifikator` for `fromProviderState` expressions.
import type { InteractionContext } from './interactions.js';
import { oppgjoerPublished, pin } from './state-fixtures.js';
import type { StateDeps } from './states.js';

export interface ProfileQuery {
  readonly profile: string;
  readonly inntektsaar: string;
  /** Items the oppgjoer must carry (none: any oppgjoer of the year). */
  readonly tekniskNavn: readonly string[];
}

export async function findProfilePerson(
  query: ProfileQuery,
  context: InteractionContext,
  deps: StateDeps,
): Promise<{ personidentifikator: string }> {
  const [found] = await deps.admin.findPersons(context.run, {
    profile: query.profile,
    year: query.inntektsaar,
    has: query.tekniskNavn,
    limit: 1,
  });
  if (found === undefined) {
    const items = query.tekniskNavn.length === 0 ? '' : ` carrying ${query.tekniskNavn.join(', ')}`;
    throw new Error(
      `the simulator found no person in household group ${query.profile} with a ${query.inntektsaar} oppgjoer${items} (it tries its first 20 000 candidates; is the year settled by the simulator's today?)`,
    );
  }
  const { personidentifikator } = found;
  await pin(context, deps, personidentifikator, (doc) => oppgjoerPublished(doc, query.inntektsaar));
  return { personidentifikator };
}
