import { describe, expect, it } from 'vitest';
import { addDuration, DataClock, parseDuration } from './clock.js';

const at = (iso: string) => Date.parse(iso);

/** A clock over a real time the test moves by hand. */
function clockAt(startMs: number | undefined, real = { ms: at('2026-06-15T09:00:00Z') }) {
  return { clock: new DataClock(startMs, () => real.ms), real };
}

describe('a fork of the data clock', () => {
  it('starts at the clock’s reading and moves without moving it', () => {
    const { clock } = clockAt(at('2026-06-15T12:00:00Z'));
    const fork = clock.fork();
    expect(fork.nowMs()).toBe(clock.nowMs());
    expect([fork.moved, fork.frozen]).toEqual([false, true]);
    fork.advance(parseDuration('P30D'));
    expect(fork.now().toISOString()).toBe('2026-07-15T12:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-06-15T12:00:00.000Z');
    expect([fork.moved, clock.moved]).toEqual([true, false]);
    // Its start clock is the simulator's.
    expect(fork.state().startsAt).toBe('2026-06-15T12:00:00.000Z');
  });

  it('runs with the real time when the clock it forks runs', () => {
    const { clock, real } = clockAt(undefined);
    clock.set(at('2030-01-01T00:00:00Z'));
    const fork = clock.fork();
    fork.advance(parseDuration('PT1H'));
    real.ms += 60_000;
    expect(fork.now().toISOString()).toBe('2030-01-01T01:01:00.000Z');
    expect(clock.now().toISOString()).toBe('2030-01-01T00:01:00.000Z');
  });

  it('does not call the clock’s listeners when it moves', () => {
    const { clock } = clockAt(at('2026-06-15T12:00:00Z'));
    let moves = 0;
    clock.onMove(() => moves++);
    clock.fork().set(at('2027-01-01T00:00:00Z'));
    expect(moves).toBe(0);
    clock.set(at('2027-01-01T00:00:00Z'));
    expect(moves).toBe(1);
  });
});

describe('the cache epoch of a data clock', () => {
  it('differs between two clocks at the same instant, and after every move', () => {
    const { clock } = clockAt(at('2026-06-15T12:00:00Z'));
    const fork = clock.fork();
    expect(fork.nowMs()).toBe(clock.nowMs());
    expect(fork.cacheEpoch()).not.toBe(clock.cacheEpoch());
    const before = fork.cacheEpoch();
    fork.set(fork.nowMs());
    expect(fork.cacheEpoch()).not.toBe(before);
  });

  it('names the hour of the instant it is given, the same for every instant in it', () => {
    const { clock } = clockAt(at('2026-06-15T12:00:00Z'));
    expect(clock.cacheEpoch(at('2026-06-15T12:59:59.999Z'))).toBe(clock.cacheEpoch());
    expect(clock.cacheEpoch(at('2026-06-15T13:00:00Z'))).not.toBe(clock.cacheEpoch());
  });
});

describe('a duration added to an instant', () => {
  it('moves years and months on the calendar, clamping the day, and the rest exactly', () => {
    expect(addDuration(at('2026-01-31T12:00:00Z'), parseDuration('P1M'))).toBe(
      at('2026-02-28T12:00:00Z'),
    );
    expect(addDuration(at('2026-03-01T00:00:00Z'), parseDuration('-P1DT12H'))).toBe(
      at('2026-02-27T12:00:00Z'),
    );
  });
});
