// Reading states back: find a state's definition by name, check its params, and render it for
// people. The verifier uses these to refuse unknown states and bad params with a clear message.
import { followsRule, type ParamName, paramRules } from './params.js';
import { type ProviderStateDefinition, providerStates } from './vocabulary.js';

export interface StateProblem {
  readonly state: string;
  readonly problem: string;
}

const byName = new Map<string, ProviderStateDefinition>(providerStates.map((s) => [s.name, s]));

/** The definition of a state name, or undefined when it is not in the vocabulary. */
export function findProviderState(name: string): ProviderStateDefinition | undefined {
  return byName.get(name);
}

/**
 * What is wrong with a state as found in a pact file: an unknown name, a missing param, a value
 * that breaks its rule. Empty when the state is fine. Extra params are allowed (ignored).
 */
export function checkProviderState(state: {
  readonly name: string;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}): StateProblem[] {
  const definition = byName.get(state.name);
  if (definition === undefined) {
    return [
      {
        state: state.name,
        problem: `unknown provider state; known states are: ${providerStates.map((s) => `"${s.name}"`).join(', ')}`,
      },
    ];
  }
  const problems: StateProblem[] = [];
  for (const param of definition.params) {
    const value = state.params?.[param];
    if (value === undefined) {
      problems.push({ state: state.name, problem: `param ${param} is missing` });
      continue;
    }
    const rule = paramRules[param];
    if (typeof value !== 'string' || !followsRule(rule, value)) {
      problems.push({
        state: state.name,
        problem: `param ${param} ${JSON.stringify(value)} must be ${rule.allowed}`,
      });
    }
  }
  return problems;
}

/** The state with its params filled in: "person 01818710190 has 2024 oppgjoer". */
export function describeProviderState(state: {
  readonly name: string;
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}): string {
  return state.name.replace(/\{([A-Za-z]+)\}/g, (whole, param: string) => {
    const value = state.params?.[param];
    return value === undefined ? whole : String(value);
  });
}

/** The params a definition needs, with their rules, for documentation. */
export function describeParams(
  definition: ProviderStateDefinition,
): { name: ParamName; allowed: string }[] {
  return definition.params.map((name) => ({ name, allowed: paramRules[name].allowed }));
}
