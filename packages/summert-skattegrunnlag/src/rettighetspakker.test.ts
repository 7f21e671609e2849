import { describe, expect, it } from 'vitest';
import {
  kanLeseStadie,
  kreverSamtykke,
  stadierFor,
  stadierPerRettighetspakke,
} from './rettighetspakker.js';

describe('stadierPerRettighetspakke', () => {
  it('lists the 26 packages of the September 2025 table', () => {
    expect(Object.keys(stadierPerRettighetspakke)).toHaveLength(26);
  });

  it('lets kommuneforeldrebetaling read oppgjoer and utkast, kommuneboligsosialeformaal only oppgjoer', () => {
    expect(stadierFor('kommuneforeldrebetaling')).toEqual(['oppgjoer', 'utkast']);
    expect(stadierFor('kommuneboligsosialeformaal')).toEqual(['oppgjoer']);
    expect(kanLeseStadie('kommuneboligsosialeformaal', 'utkast')).toBe(false);
  });

  it('gives sivilrett all three stages', () => {
    expect(stadierFor('sivilrett')).toEqual(['oppgjoer', 'utkast', 'fastsatt']);
  });

  it('matches the camelCase spellings of older documentation', () => {
    expect(stadierFor('kommuneForeldrebetaling')).toEqual(['oppgjoer', 'utkast']);
    expect(kanLeseStadie('navSupplerendeStoenad', 'utkast')).toBe(true);
  });

  it('does not know packages outside the table', () => {
    expect(stadierFor('kommunePraktiskBistand')).toBeUndefined();
    expect(kanLeseStadie('husbanken', 'oppgjoer')).toBe(false);
  });

  it('marks sbl, and only sbl, as needing consent', () => {
    expect(Object.keys(stadierPerRettighetspakke).filter(kreverSamtykke)).toEqual(['sbl']);
    expect(kreverSamtykke('SBL')).toBe(true);
  });
});
