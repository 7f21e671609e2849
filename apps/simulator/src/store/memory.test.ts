import { describe, expect, it } from 'vitest';
import { MemoryStore } from './memory.js';
import { ReplayCacheFull } from './replay-cache.js';
import type { Delegation } from './types.js';

const delegation = (status: Delegation['status']): Delegation => ({
  id: `d-${status}`,
  offeredBy: '319000003',
  coveredBy: '311000004',
  scope: 'skatteetaten:inntekt',
  rettighet: 'Inntekt API - På vegne av',
  status,
  created: '2026-01-01T00:00:00Z',
});

describe('the replay cache', () => {
  it('refuses a remembered grant id until it expires', () => {
    const store = new MemoryStore(1000);
    expect(store.rememberJti('c|1', 2000, 1000)).toBe(true);
    expect(store.rememberJti('c|1', 2000, 1500)).toBe(false);
    expect(store.rememberJti('c|1', 4000, 2001)).toBe(true);
  });

  it('never grows past its cap, and expired ids leave first', () => {
    const store = new MemoryStore(100);
    for (let i = 0; i < 100; i++) store.rememberJti(`c|${i}`, 1_000_000 + i, 0);
    expect(store.jtiCount()).toBe(100);
    for (let i = 0; i < 50; i++) store.rememberJti(`late|${i}`, 3_000_000, 2_000_000);
    expect(store.jtiCount()).toBe(50);
  });

  it('refuses new ids when full of live ones rather than forget one (no replay under a flood)', () => {
    const store = new MemoryStore(100);
    for (let i = 0; i < 100; i++) store.rememberJti(`c|${i}`, 1_000_000, 0);
    expect(() => store.rememberJti('c|flood', 1_000_000, 1)).toThrow(ReplayCacheFull);
    expect(store.jtiCount()).toBe(100);
    expect(store.rememberJti('c|0', 1_000_000, 2)).toBe(false);
  });
});

describe('scopes', () => {
  it('a test run shadows the global delegation; other runs and the global scope keep it', () => {
    const store = new MemoryStore(100);
    store.putDelegation(undefined, delegation('active'));
    store.putDelegation('run-a', { ...delegation('revoked'), testRun: 'run-a' });
    expect(
      store.findDelegation('run-a', '319000003', '311000004', 'skatteetaten:inntekt')?.status,
    ).toBe('revoked');
    expect(
      store.findDelegation('run-b', '319000003', '311000004', 'skatteetaten:inntekt')?.status,
    ).toBe('active');
    expect(
      store.findDelegation(undefined, '319000003', '311000004', 'skatteetaten:inntekt')?.status,
    ).toBe('active');
    store.reset('run-a');
    expect(
      store.findDelegation('run-a', '319000003', '311000004', 'skatteetaten:inntekt')?.status,
    ).toBe('active');
  });

  it('faults with a count disappear after their last hit', () => {
    const store = new MemoryStore(100);
    store.addFault(undefined, { id: 'f', api: 'inntekt', status: 500, remaining: 2, created: '' });
    const q = { api: 'inntekt' as const, path: '/inntekt/v1/x' };
    expect(store.takeFault(undefined, q)?.id).toBe('f');
    expect(store.takeFault(undefined, q)?.id).toBe('f');
    expect(store.takeFault(undefined, q)).toBeUndefined();
    expect(store.hasFaults()).toBe(false);
  });
});
