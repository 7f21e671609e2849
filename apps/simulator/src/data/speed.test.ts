// The simulator's benchmark needs an authenticated GET at 40 % of a bare node:http server, so one
// person-year must cost far less than a millisecond. The bound here is loose (slow CI machines);
// it catches a tenfold regression, not a few percent.
import { syntheticFoedselsnummer } from '@skattedeling/testdata';
import { expect, it } from 'vitest';
import { createDataSource } from './index.js';

it('generates a person-year and a year of Inntekt well under a millisecond each', () => {
  const ds = createDataSource({ seed: 'speed', today: () => new Date('2025-06-15T12:00:00Z') });
  const pids = Array.from({ length: 600 }, (_, i) =>
    syntheticFoedselsnummer(`speed${i}`, { bornFrom: '1950-01-01', bornTo: '1995-12-31' }),
  );
  for (const pid of pids.slice(0, 100)) ds.summertSkattegrunnlag(pid, 2022, 'oppgjoer');
  let start = performance.now();
  for (const pid of pids) ds.summertSkattegrunnlag(pid, 2023, 'oppgjoer');
  const ssg = (performance.now() - start) / pids.length;
  start = performance.now();
  for (const pid of pids) ds.inntekter(pid, '2024-01', '2024-12');
  const inntekt = (performance.now() - start) / pids.length;
  expect(ssg).toBeLessThan(2);
  expect(inntekt).toBeLessThan(2);
});
