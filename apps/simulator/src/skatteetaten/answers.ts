// The answer cache's entries: a data answer is kept as the bytes it is sent as: its JSON, made
// at once, and its XML, made from the JSON the first time XML is asked for. Never as the object it
// came from, so an entry's size is known exactly; and a cached answer goes out as it is, without
// a string copied into a new buffer on every request (which left the heap full of garbage).
import type { CachedAnswer, Context } from '../context.js';
import type { Exchange } from '../http/exchange.js';
import { Lru } from '../http/lru.js';
import type { Format } from './negotiate.js';
import { sendData } from './respond.js';

/** Bookkeeping of one entry beyond its bytes: the key, the Map entry, the slot, two buffers. */
const ENTRY_OVERHEAD = 400;

export function answerBytes(key: string, answer: CachedAnswer): number {
  return ENTRY_OVERHEAD + 2 * key.length + (answer.json?.length ?? 0) + (answer.xml?.length ?? 0);
}

/** The answer cache: at most `maxEntries` entries and `maxBytes` bytes of answers. */
export function answerCache(maxEntries: number, maxBytes: number): Lru<string, CachedAnswer> {
  return new Lru({ maxEntries, maxBytes, sizeOf: answerBytes });
}

/** An answer with a body (data, or what a shielded person's call may see), serialised. */
export function bodyAnswer(
  kind: 'data' | 'skjermet',
  body: unknown,
  reports?: number,
): CachedAnswer {
  const json = Buffer.from(JSON.stringify(body));
  return reports === undefined ? { kind, json } : { kind, json, reports };
}

/**
 * Sends a body answer in the negotiated format. The XML form is made once; a cached answer
 * (`key` given) is then set again so the cache counts it at its new size.
 */
export function sendAnswer(
  ctx: Context,
  x: Exchange,
  f: Format,
  answer: CachedAnswer,
  key: string | undefined,
  toXml: (body: unknown) => string,
) {
  const json = answer.json ?? Buffer.from('{}');
  if (f === 'json') return sendData(x, f, json);
  if (answer.xml === undefined) {
    answer.xml = Buffer.from(toXml(JSON.parse(json.toString())));
    if (key !== undefined) ctx.answers.set(key, answer);
  }
  return sendData(x, f, answer.xml);
}
