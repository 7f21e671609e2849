// The README's state table is the documentation vendors read: it must list every state, exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { providerStates } from './states/vocabulary.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('documents every provider state with its builder', () => {
    for (const state of providerStates) {
      expect(readme, state.name).toContain(`| \`${state.key}\` | \`${state.name}\` |`);
    }
  });
});
