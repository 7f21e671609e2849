import { describe, expect, it } from 'vitest';
import { ClockError, DataClock } from './clock.js';
import { RunClocks, RunClocksFull } from './run-clocks.js';

const START = Date.parse('2026-06-15T12:00:00Z');
const LATER = Date.parse('2026-09-01T00:00:00Z');
const clocks = (limit?: number) => new RunClocks(new DataClock(START, () => START), limit);

describe('the data clock a test run reads', () => {
  it('is the global clock for no run and for a run without a clock of its own', () => {
    const c = clocks();
    expect(c.of(undefined)).toBe(c.global);
    expect(c.of('a')).toBe(c.global);
    c.move('b', (clock) => clock.set(LATER));
    expect(c.of('a')).toBe(c.global);
    expect(c.of(undefined)).toBe(c.global);
  });

  it('is the run’s own from its first move, started where the global clock stood', () => {
    const c = clocks();
    c.global.set(START + 1000);
    const own = c.move('a', (clock) => clock.set(clock.nowMs() + 60_000));
    expect(c.of('a')).toBe(own);
    expect(own.nowMs()).toBe(START + 61_000);
    expect(c.global.nowMs()).toBe(START + 1000);
    expect(c.owns('a')).toBe(true);
  });

  it('moves the global clock when the move names no run', () => {
    const c = clocks();
    expect(c.move(undefined, (clock) => clock.set(LATER))).toBe(c.global);
    expect(c.global.nowMs()).toBe(LATER);
    expect(c.size).toBe(0);
  });

  it('keeps no clock for a run whose first move is refused', () => {
    const c = clocks();
    expect(() => c.move('a', (clock) => clock.set(Date.parse('1999-01-01T00:00:00Z')))).toThrow(
      ClockError,
    );
    expect(c.owns('a')).toBe(false);
  });

  it('is the global one again once dropped, and for every run after clear', () => {
    const c = clocks();
    c.move('a', (clock) => clock.set(LATER));
    c.move('b', (clock) => clock.set(LATER));
    expect(c.drop('a')).toBe(true);
    expect(c.drop('a')).toBe(false);
    expect(c.of('a')).toBe(c.global);
    c.clear();
    expect(c.of('b')).toBe(c.global);
    expect(c.size).toBe(0);
  });
});

describe('the bound on run clocks', () => {
  it('refuses a new run clock when every one is taken, and still moves the ones held', () => {
    const c = clocks(2);
    c.move('a', (clock) => clock.set(LATER));
    c.move('b', (clock) => clock.set(LATER));
    expect(() => c.move('c', (clock) => clock.set(LATER))).toThrow(RunClocksFull);
    expect(c.size).toBe(2);
    expect(c.move('a', (clock) => clock.set(LATER + 1)).nowMs()).toBe(LATER + 1);
    c.drop('b');
    expect(c.move('c', (clock) => clock.set(LATER)).nowMs()).toBe(LATER);
  });
});
