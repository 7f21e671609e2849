import { maanedAv } from '@skattedeling/inntekt';
import { erBeskrivelseGyldig, inntektstyper, kodelister } from '@skattedeling/inntekt/kodelister';
import { describe, expect, it } from 'vitest';
import { monthIndex } from './calendar.js';
import { isValidIn } from './codes.js';

describe('code validity by month index', () => {
  it('answers as erBeskrivelseGyldig for every code of every list and every month 2013–2027', () => {
    for (const type of inntektstyper)
      for (const { beskrivelse } of kodelister[type].koder)
        for (let year = 2013; year <= 2027; year++)
          for (let m = 1; m <= 12; m++)
            expect(
              isValidIn(type, beskrivelse, monthIndex(year, m)),
              `${type} ${beskrivelse} ${year}-${m}`,
            ).toBe(erBeskrivelseGyldig(type, beskrivelse, maanedAv(year, m)));
    expect(isValidIn('loennsinntekt', 'noSuchCode', monthIndex(2024, 1))).toBe(false);
  });
});
