// CPU time a server spends per request (simulator.ts): on a shared two-core machine the
// throughput of a run moves with whatever else runs, but the CPU seconds a server needs for the
// requests it answered move much less, so the benchmark prints both.
import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports utime and stime in USER_HZ ticks, 100 a second on every architecture's ABI. */
const TICKS_PER_SECOND = 100;

/**
 * utime + stime of one /proc/<pid>/stat line in seconds, when the process belongs to group
 * `group`. The command name (field 2) is in parentheses and may hold spaces, so the fields are
 * counted from the last `)`.
 */
export function groupCpuOf(stat: string, group: number): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state(3) ppid(4) pgrp(5) … utime(14) stime(15), so index = field − 3.
  if (Number(fields[2]) !== group) return undefined;
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** CPU seconds used so far by the live processes of process group `group` (a helper's pid). */
export function groupCpuSeconds(group: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    total += groupCpuOf(stat, group) ?? 0;
  }
  return total;
}
