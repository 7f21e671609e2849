// The event lists' data for one simulator: Skatteoppgjør hendelser and Inntekt hendelser over the
// bounded population (data/events/population.ts), built on first use and kept with the context.
import type { Context } from '../context.js';
import type { EventIndex } from '../data/events/index-core.js';
import { inntektEvents } from '../data/events/inntekt.js';
import { oppgjoerEvents } from '../data/events/oppgjoer.js';
import { eventPopulation } from '../data/events/population.js';

export interface Feeds {
  readonly skatteoppgjoer: EventIndex;
  readonly inntekt: EventIndex;
}

const feedsOf = new WeakMap<Context, Feeds>();

export function feeds(ctx: Context): Feeds {
  let found = feedsOf.get(ctx);
  if (found === undefined) {
    const population = eventPopulation(ctx.config.seed, ctx.baseFixtures);
    found = {
      skatteoppgjoer: oppgjoerEvents(ctx.config.seed, ctx.data, population),
      inntekt: inntektEvents(ctx.config.seed, ctx.data, population),
    };
    feedsOf.set(ctx, found);
  }
  return found;
}
