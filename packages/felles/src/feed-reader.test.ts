import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type FeedEvent,
  type FeedPageRequest,
  feedDelayMs,
  MAKS_ANTALL,
  readFeed,
} from './feed-reader.js';

interface Hendelse extends FeedEvent {
  readonly identifikator: string;
}

/** A list held in memory; `asked` records every page request, `append` adds events later. */
function list(numbers: readonly number[]) {
  const events: Hendelse[] = numbers.map((n) => ({ sekvensnummer: n, identifikator: `p${n}` }));
  const asked: FeedPageRequest[] = [];
  return {
    asked,
    append: (...more: number[]) => {
      for (const n of more) events.push({ sekvensnummer: n, identifikator: `p${n}` });
    },
    page: async (request: FeedPageRequest) => {
      asked.push(request);
      return events
        .filter((e) => e.sekvensnummer >= request.fraSekvensnummer)
        .slice(0, request.antall);
    },
  };
}

async function collect<E>(iterable: AsyncIterable<E>, limit = Number.POSITIVE_INFINITY) {
  const out: E[] = [];
  for await (const item of iterable) {
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('readFeed', () => {
  it('reads across pages, asking each page from one past the last event of the one before', async () => {
    const feed = list([1, 12, 23, 34, 45, 56, 67]);
    const read = await collect(
      readFeed(feed.page, { fraSekvensnummer: 1, antall: 3, follow: false }),
    );
    expect(read.map((e) => e.sekvensnummer)).toEqual([1, 12, 23, 34, 45, 56, 67]);
    expect(feed.asked.map((r) => [r.fraSekvensnummer, r.antall])).toEqual([
      [1, 3],
      [24, 3],
      [57, 3],
      [68, 3],
    ]);
  });

  it('resumes from a saved position without delivering the events before it again', async () => {
    const feed = list([1, 2, 3, 4, 5, 6]);
    const first = readFeed(feed.page, { fraSekvensnummer: 1, antall: 2, follow: false });
    const handled: number[] = [];
    for await (const event of first) {
      handled.push(event.sekvensnummer);
      if (event.sekvensnummer === 3) break;
    }
    // The loop broke inside the handling of 3: only 1 and 2 are finished.
    expect(first.position).toBe(3);
    const second = readFeed(feed.page, { fraSekvensnummer: first.position, follow: false });
    expect((await collect(second)).map((e) => e.sekvensnummer)).toEqual([3, 4, 5, 6]);
    expect(second.position).toBe(7);
  });

  it('moves position past an event only when the loop asks for the next one', async () => {
    const feed = list([10, 20]);
    const reader = readFeed(feed.page, { fraSekvensnummer: 5, follow: false });
    const seen: Array<[number, number]> = [];
    for await (const event of reader) seen.push([event.sekvensnummer, reader.position]);
    expect(seen).toEqual([
      [10, 5],
      [20, 11],
    ]);
    expect(reader.position).toBe(21);
  });

  it('calls onPosition once per page, after its last event was handled, and awaits it', async () => {
    const feed = list([1, 2, 3, 4, 5]);
    const saved: number[] = [];
    const order: string[] = [];
    const reader = readFeed(feed.page, {
      fraSekvensnummer: 1,
      antall: 2,
      follow: false,
      onPosition: async (position) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        saved.push(position);
        order.push(`saved ${position}`);
      },
    });
    for await (const event of reader) order.push(`handled ${event.sekvensnummer}`);
    expect(saved).toEqual([3, 5, 6]);
    expect(order.slice(0, 4)).toEqual(['handled 1', 'handled 2', 'saved 3', 'handled 3']);
  });

  it('ends at the first empty page when follow is false', async () => {
    const feed = list([]);
    const reader = readFeed(feed.page, { fraSekvensnummer: 1, follow: false });
    expect(await collect(reader)).toEqual([]);
    expect(feed.asked).toHaveLength(1);
    expect(reader.position).toBe(1);
  });

  it('waits with a growing delay while the list is empty, then delivers what arrives', async () => {
    vi.useFakeTimers();
    const feed = list([1]);
    const waits: number[] = [];
    const reader = readFeed(feed.page, {
      fraSekvensnummer: 1,
      backoff: { initialDelayMs: 1_000, maxDelayMs: 5_000, multiplier: 2 },
      onWait: (event) => waits.push(event.delayMs),
    });
    expect((await reader.next()).value?.sekvensnummer).toBe(1);
    const next = reader.next();
    await vi.advanceTimersByTimeAsync(1_000 + 2_000 + 4_000);
    expect(waits).toEqual([1_000, 2_000, 4_000, 5_000]);
    expect(feed.asked.map((r) => r.fraSekvensnummer)).toEqual([1, 2, 2, 2, 2]);
    feed.append(9);
    await vi.advanceTimersByTimeAsync(5_000);
    expect((await next).value?.sekvensnummer).toBe(9);
    expect(waits).toEqual([1_000, 2_000, 4_000, 5_000]);
  });

  it('starts the delay over after a page with events', async () => {
    vi.useFakeTimers();
    const feed = list([]);
    const waits: number[] = [];
    const controller = new AbortController();
    const reader = readFeed(feed.page, {
      fraSekvensnummer: 1,
      signal: controller.signal,
      backoff: { initialDelayMs: 100, multiplier: 10 },
      onWait: (event) => waits.push(event.delayMs),
    });
    const first = reader.next();
    await vi.advanceTimersByTimeAsync(100);
    feed.append(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await first).value?.sekvensnummer).toBe(1);
    const second = reader.next();
    await vi.advanceTimersByTimeAsync(0);
    expect(waits).toEqual([100, 1_000, 100]);
    controller.abort();
    expect((await second).done).toBe(true);
  });

  it('stops without an error when the signal aborts during a wait', async () => {
    vi.useFakeTimers();
    const feed = list([]);
    const controller = new AbortController();
    const reader = readFeed(feed.page, {
      fraSekvensnummer: 7,
      signal: controller.signal,
      backoff: { initialDelayMs: 60_000 },
    });
    const next = reader.next();
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    expect(await next).toEqual({ done: true, value: undefined });
    expect(feed.asked).toHaveLength(1);
    expect(reader.position).toBe(7);
  });

  it('stops without an error when the signal aborts while a page is fetched', async () => {
    const controller = new AbortController();
    const page = (request: FeedPageRequest) =>
      new Promise<Hendelse[]>((_, reject) => {
        request.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      });
    const reader = readFeed(page, { fraSekvensnummer: 1, signal: controller.signal });
    const next = reader.next();
    controller.abort();
    expect((await next).done).toBe(true);
  });

  it('stops between the events of a page once the signal aborted', async () => {
    const controller = new AbortController();
    const feed = list([1, 2, 3]);
    const reader = readFeed(feed.page, { fraSekvensnummer: 1, signal: controller.signal });
    const read: number[] = [];
    for await (const event of reader) {
      read.push(event.sekvensnummer);
      controller.abort();
    }
    expect(read).toEqual([1]);
    expect(reader.position).toBe(2);
  });

  it('ends the loop with the error of a failed page and keeps the position to resume from', async () => {
    let calls = 0;
    const page = async (request: FeedPageRequest) => {
      calls++;
      if (calls === 2) throw new Error('503 from the list');
      return [{ sekvensnummer: request.fraSekvensnummer, identifikator: 'x' }];
    };
    const reader = readFeed(page, { fraSekvensnummer: 4 });
    await expect(collect(reader)).rejects.toThrow('503 from the list');
    expect(reader.position).toBe(5);
  });

  it('skips events below the position, so a repeated event never moves the position back', async () => {
    const pages = [
      [{ sekvensnummer: 5, identifikator: 'a' }],
      [
        { sekvensnummer: 5, identifikator: 'a' },
        { sekvensnummer: 8, identifikator: 'b' },
      ],
      [],
    ];
    const reader = readFeed(async () => pages.shift() ?? [], {
      fraSekvensnummer: 1,
      follow: false,
    });
    expect((await collect(reader)).map((e) => e.identifikator)).toEqual(['a', 'b']);
    expect(reader.position).toBe(9);
  });

  it('refuses options the lists would refuse, before any page is fetched', () => {
    const feed = list([]);
    expect(() => readFeed(feed.page, { fraSekvensnummer: -1 })).toThrow(
      'fraSekvensnummer -1 is not valid: must be a whole number >= 0',
    );
    expect(() => readFeed(feed.page, { fraSekvensnummer: 1, antall: MAKS_ANTALL + 1 })).toThrow(
      'antall 1001 is not valid: must be a whole number from 1 to 1000',
    );
    expect(() =>
      readFeed(feed.page, { fraSekvensnummer: 1, backoff: { multiplier: 0.5 } }),
    ).toThrow('backoff.multiplier 0.5 is not valid');
    expect(feed.asked).toHaveLength(0);
  });
});

describe('feedDelayMs', () => {
  it('grows from 5 s by doubling up to 5 minutes by default', () => {
    expect([1, 2, 3, 7, 8, 20].map((n) => feedDelayMs(n))).toEqual([
      5_000, 10_000, 20_000, 300_000, 300_000, 300_000,
    ]);
  });
});
