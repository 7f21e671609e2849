import { describe, expect, it } from 'vitest';
import { osloYear } from './support-states.js';

describe('osloYear', () => {
  it("is Oslo's calendar year, which begins an hour (winter time) before UTC's", () => {
    expect(osloYear('2025-12-31T22:59:59Z')).toBe(2025);
    expect(osloYear('2025-12-31T23:00:00Z')).toBe(2026);
    expect(osloYear('2026-06-30T12:00:00Z')).toBe(2026);
  });
});
