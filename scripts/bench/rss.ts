// Resident memory of a process over time, for the soak benchmark (soak.ts): samples of VmRSS from
// /proc/<pid>/status, printed as MiB and as a ratio to the same process's idle baseline.

const MiB = 1024 * 1024;

/** The process's resident set in bytes (Linux). */
export function rssBytes(pid: number, read: (path: string) => string): number {
  const kib = /VmRSS:\s+(\d+)/.exec(read(`/proc/${pid}/status`))?.[1];
  if (kib === undefined) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(kib) * 1024;
}

export interface Sample {
  /** Seconds since the phase began. */
  readonly t: number;
  /** Work done so far in the phase (requests sent). */
  readonly done: number;
  readonly rss: number;
  /** Extra columns, e.g. the replay cache's size. */
  readonly extra?: string;
}

/** Samples `rss()` every `everyMs` while a phase runs; `progress()` says how far it got. */
export class Sampler {
  readonly samples: Sample[] = [];
  private readonly started = performance.now();
  private readonly timer: NodeJS.Timeout;
  private readonly rss: () => number;
  private readonly progress: () => number;
  private readonly extra: () => string | undefined;

  constructor(
    rss: () => number,
    progress: () => number,
    extra: () => string | undefined = () => undefined,
    everyMs = 1000,
  ) {
    this.rss = rss;
    this.progress = progress;
    this.extra = extra;
    this.take();
    this.timer = setInterval(() => this.take(), everyMs);
  }

  private take(): void {
    const extra = this.extra();
    this.samples.push({
      t: (performance.now() - this.started) / 1000,
      done: this.progress(),
      rss: this.rss(),
      ...(extra === undefined ? {} : { extra }),
    });
  }

  /** Takes a last sample and stops. */
  stop(): Sample[] {
    clearInterval(this.timer);
    this.take();
    return this.samples;
  }
}

export const mib = (bytes: number) => `${(bytes / MiB).toFixed(0)} MiB`;

/** At most `rows` samples, evenly spread, first and last included. */
export function spread(samples: readonly Sample[], rows: number): Sample[] {
  if (samples.length <= rows) return [...samples];
  const step = (samples.length - 1) / (rows - 1);
  return Array.from({ length: rows }, (_, i) => samples[Math.round(i * step)] as Sample);
}

export function table(samples: readonly Sample[], baseline: number, extraTitle = ''): string {
  const lines = [
    `  ${'t'.padStart(6)}  ${'done'.padStart(8)}  ${'RSS'.padStart(8)}  ${'× idle'.padStart(6)}  ${extraTitle}`,
  ];
  for (const s of spread(samples, 14))
    lines.push(
      `  ${`${s.t.toFixed(0)} s`.padStart(6)}  ${String(s.done).padStart(8)}  ${mib(s.rss).padStart(8)}  ${(s.rss / baseline).toFixed(2).padStart(6)}  ${s.extra ?? ''}`,
    );
  return lines.join('\n');
}

export interface Flatness {
  readonly peak: number;
  /** Highest RSS in the first and in the second half of the phase. */
  readonly firstHalf: number;
  readonly secondHalf: number;
  /** (secondHalf − firstHalf) / firstHalf. */
  readonly growth: number;
  readonly flat: boolean;
}

/**
 * Flat: the highest RSS of the phase's second half is at most `tolerance` above the highest of its
 * first half. A cache without a byte bound grows through the whole phase (the sweep of issue 8 by
 * ~240 MiB per 1 000 periods); a bounded one fills, V8 sizes its heap for it, and RSS holds.
 */
export function flatness(samples: readonly Sample[], tolerance = 0.1): Flatness {
  const half = Math.max(1, Math.floor(samples.length / 2));
  const max = (list: readonly Sample[]) => Math.max(...list.map((s) => s.rss));
  const firstHalf = max(samples.slice(0, half));
  const secondHalf = max(samples.slice(half));
  const growth = (secondHalf - firstHalf) / firstHalf;
  return { peak: max(samples), firstHalf, secondHalf, growth, flat: growth <= tolerance };
}
