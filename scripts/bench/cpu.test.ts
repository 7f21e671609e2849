import { describe, expect, it } from 'vitest';
import { groupCpuOf, groupCpuSeconds } from './cpu.ts';

// A /proc/<pid>/stat line: pid 4242, group 4200, utime 1234 and stime 56 ticks.
const stat = (name: string, group: number) =>
  `4242 (${name}) S 4200 ${group} 4200 0 -1 4194560 9 0 0 0 1234 56 0 0 20 0 11 0 1150744 3133440 402`;

describe('groupCpuOf', () => {
  it('reads utime + stime in seconds for a process of the group', () => {
    expect(groupCpuOf(stat('node', 4200), 4200)).toBeCloseTo(12.9, 9);
  });

  it('counts fields from the last parenthesis, whatever the name holds', () => {
    expect(groupCpuOf(stat('a) b (c) d', 4200), 4200)).toBeCloseTo(12.9, 9);
  });

  it('leaves out a process of another group', () => {
    expect(groupCpuOf(stat('node', 4201), 4200)).toBeUndefined();
  });
});

describe('groupCpuSeconds', () => {
  it('is 0 for a group no process belongs to', () => {
    expect(groupCpuSeconds(2 ** 31 - 1)).toBe(0);
  });
});
