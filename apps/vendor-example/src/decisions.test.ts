import { describe, expect, it } from 'vitest';
import { fakeFetch, json, serviceOnFake, ssgBody } from '../test/fake-skatteetaten.js';
import { type Decision, inMemoryDecisions, osloCalendarDay } from './decisions.js';
import type { ForeldrebetalingResultat } from './results.js';

const kommune = '240655551';
const mor = '10898322748';
const far = '07889538362';
const resultat = (melding: string) => ({ kommune, melding }) as unknown as ForeldrebetalingResultat;

describe('osloCalendarDay', () => {
  it('a Date is the day it is in Norway; a YYYY-MM-DD date is that day', () => {
    expect(osloCalendarDay(new Date('2025-06-15T21:59:00Z'))).toBe('2025-06-15');
    expect(osloCalendarDay(new Date('2025-06-15T22:00:00Z'))).toBe('2025-06-16');
    expect(osloCalendarDay(new Date('2025-01-15T23:00:00Z'))).toBe('2025-01-16');
    expect(osloCalendarDay('2025-06-15')).toBe('2025-06-15');
  });
});

describe('inMemoryDecisions', () => {
  it('replaces the decision of the same household and Norwegian day, whatever the time of day', async () => {
    const decisions = inMemoryDecisions();
    const save = (dato: Date | string, melding: string) =>
      decisions.save({ kommune, husholdning: [mor, far], dato, resultat: resultat(melding) });
    await save(new Date('2025-06-15T06:00:00.123Z'), 'morning');
    await save(new Date('2025-06-15T20:30:00.456Z'), 'evening');
    await decisions.save({
      kommune,
      husholdning: [far, mor],
      dato: '2025-06-15',
      resultat: resultat('as a day'),
    } satisfies Decision);
    expect(decisions.all()).toHaveLength(1);
    expect(decisions.all()[0]?.resultat).toMatchObject({ melding: 'as a day' });
    await save(new Date('2025-06-15T22:00:00Z'), 'next day in Norway');
    expect(decisions.all()).toHaveLength(2);
  });
});

describe('the service without a dato', () => {
  it('keeps one decision per household and day: a second request the same day replaces the first', async () => {
    const ssg = `/v2/oppgjoer/kommuneforeldrebetaling/2024/${mor}`;
    const fake = fakeFetch({
      [ssg]: [json(200, ssgBody(mor, '2024', 450_000)), json(200, ssgBody(mor, '2024', 480_000))],
    });
    const clock = [new Date('2025-06-15T06:00:00.001Z'), new Date('2025-06-15T18:30:00.002Z')];
    const decisions = inMemoryDecisions();
    const service = serviceOnFake(fake.fetch, {
      decisions,
      today: () => clock.shift() ?? new Date(Number.NaN),
    });
    await service.redusertForeldrebetaling({ kommune, husholdning: [mor] });
    await service.redusertForeldrebetaling({ kommune, husholdning: [mor] });
    expect(decisions.all()).toHaveLength(1);
    expect(decisions.all()[0]?.resultat).toMatchObject({ samletInntekt: 480_000 });
  });
});
