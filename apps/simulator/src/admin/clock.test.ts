import { describe, expect, it } from 'vitest';
import { isInstant } from './clock.js';

describe('isInstant', () => {
  it('accepts RFC 3339 instants with a zone, fractions and offsets included', () => {
    for (const text of [
      '2026-06-30T08:00:00Z',
      '2024-02-29T23:59:59.999Z',
      '2026-12-31T23:59:59+01:00',
      '2026-01-01t00:00:00z',
    ])
      expect(isInstant(text), text).toBe(true);
  });

  it('refuses an instant whose day, time or offset does not exist', () => {
    for (const text of [
      '2026-02-30T08:00:00Z',
      '2025-02-29T08:00:00Z',
      '2026-13-01T08:00:00Z',
      '2026-06-30T24:00:00Z',
      '2026-06-30T08:60:00Z',
      '2026-06-30T08:00:60Z',
      '2026-06-30T08:00:00+24:00',
      '2026-06-30T08:00:00',
      '2026-06-30',
    ])
      expect(isInstant(text), text).toBe(false);
  });
});
