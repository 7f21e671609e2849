import { describe, expect, it } from 'vitest';
import { createDataSource, demoYear, PROFILES } from '../data/index.js';
import { personLines } from './banner.js';

const today = () => new Date('2026-06-15T12:00:00Z');

describe('the persons part of the start banner', () => {
  const persons = createDataSource({ seed: 'banner', today }).demoPersons();
  const lines = personLines(persons, 'http://127.0.0.1:5280/_simulator', demoYear(today()));

  it('shows one generated person of every household group, three to a line', () => {
    const grouped = persons.filter((p) => p.profile !== undefined);
    expect(grouped.map((p) => p.profile)).toEqual([...PROFILES]);
    const text = lines.join('\n');
    for (const p of grouped)
      expect(text).toMatch(new RegExp(`\\b${p.profile} +${p.personidentifikator}\\b`));
    const groupLines = lines.slice(
      lines.findIndex((l) => l.startsWith('  By household group')) + 1,
    );
    expect(groupLines).toHaveLength(Math.ceil(grouped.length / 3));
    for (const line of groupLines) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('names the admin query that finds more persons of a group', () => {
    expect(lines).toContain(
      '  By household group, 2025 (more: http://127.0.0.1:5280/_simulator/persons?profile=<group>&year=2025&limit=5):',
    );
  });

  it('keeps the persons without a group one a line with their description', () => {
    const named = persons.filter((p) => p.profile === undefined);
    expect(lines.slice(0, named.length)).toEqual(
      named.map((p) => `  Person   ${p.personidentifikator}  ${p.beskrivelse}`),
    );
  });
});
