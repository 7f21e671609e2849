// What Pact's Verifier calls to set up and tear down provider states. Pact JS looks a state's
// handler up by name; a Proxy answers every name, so states are matched here against the
// vocabulary (an unknown one is recorded, not silently skipped as Pact would) and run by
// states.ts's handlers in the interaction's test run. What a handler returns goes back to the
// Pact core as provider-state values, for the request's `fromProviderState` expressions.
import { checkProviderState, describeProviderState, type StateName } from '@skattedeling/pact';
import type { InteractionContext, InteractionTracker } from './interactions.js';
import { type StateDeps, stateHandlers } from './states.js';

interface StateFunctions {
  setup(params?: Record<string, unknown>): Promise<unknown>;
  teardown(): Promise<void>;
}

async function setUp(
  name: string,
  params: Record<string, unknown>,
  context: InteractionContext,
  deps: StateDeps,
): Promise<unknown> {
  const state = { name, params };
  context.states.push(state);
  const problems = checkProviderState(state);
  if (problems.length > 0) {
    context.errors.push(
      ...problems.map(
        (p) =>
          `state "${describeProviderState(state)}": ${p.problem.replace(/; known states are: .*$/, '')}`,
      ),
    );
    return undefined;
  }
  try {
    return await stateHandlers[name as StateName](params as Record<string, string>, context, deps);
  } catch (error) {
    context.errors.push(`state "${describeProviderState(state)}": ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * The Verifier's `stateHandlers`: every state name gets a setup (a new interaction begins at the
 * first setup after a request or teardown, and `finish` closes the previous one) and a teardown.
 */
export function stateSetupHandlers(
  tracker: InteractionTracker,
  finish: (context: InteractionContext) => Promise<void>,
  deps: StateDeps,
): Record<string, StateFunctions> {
  return new Proxy({} as Record<string, StateFunctions>, {
    get(_target, name) {
      if (typeof name !== 'string') return undefined;
      return {
        setup: async (params?: Record<string, unknown>) => {
          const { context, previous } = tracker.forSetup();
          if (previous !== undefined) await finish(previous);
          // An interaction without states gets one setup call with the empty name.
          if (name === '') return undefined;
          return setUp(name, params ?? {}, context, deps);
        },
        teardown: async () => {
          const context = tracker.forTeardown();
          if (context !== undefined) await finish(context);
        },
      };
    },
    has: () => true,
  });
}
