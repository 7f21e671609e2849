import { describe, expect, it } from 'vitest';
import { allowedAdminHosts, isLoopbackAddress } from './guard.js';

describe('allowedAdminHosts', () => {
  it('is the loopback names with the port, and the public URL host', () => {
    expect([...allowedAdminHosts(5280, 'https://Simulator.Team.example')]).toEqual([
      '127.0.0.1:5280',
      'localhost:5280',
      '[::1]:5280',
      'simulator.team.example',
    ]);
  });

  it('adds the bare loopback names on port 80, where clients leave the port out', () => {
    expect(allowedAdminHosts(80, 'http://127.0.0.1:80').has('localhost')).toBe(true);
    expect(allowedAdminHosts(5280, 'http://127.0.0.1:5280').has('localhost')).toBe(false);
  });
});

describe('isLoopbackAddress', () => {
  it('knows 127.0.0.0/8 and ::1, and nothing else, as loopback', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'].map(isLoopbackAddress)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['0.0.0.0', '::', '10.0.0.5', '192.168.1.2'].map(isLoopbackAddress)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
