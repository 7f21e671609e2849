import { describe, expect, it } from 'vitest';
import { followsRule, isCalendarDay, paramRules } from './params.js';

describe('isCalendarDay', () => {
  it('accepts days that exist, leap days in leap years included', () => {
    expect(isCalendarDay('2025-01-31')).toBe(true);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2000-02-29')).toBe(true);
  });

  it('refuses days the month does not have', () => {
    expect(isCalendarDay('2025-02-31')).toBe(false);
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('1900-02-29')).toBe(false);
    expect(isCalendarDay('2025-04-31')).toBe(false);
  });
});

describe('followsRule', () => {
  it('checks the pattern and then whether the date exists', () => {
    expect(followsRule(paramRules.dato, '2024-02-29')).toBe(true);
    expect(followsRule(paramRules.dato, '2025-02-31')).toBe(false);
    expect(followsRule(paramRules.dato, '2025-13-01')).toBe(false);
    expect(followsRule(paramRules.inntektsaar, '2024')).toBe(true);
  });
});
